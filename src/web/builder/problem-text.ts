/** Publish problems and import problems in plain words, in the page's language. */
import type { PackageProblem } from '../../domain/builder/eservice-package.ts';
import type { PublishProblem } from '../../domain/builder/publish-checks.ts';
import type { MessageKey, Translator } from '../ui/i18n/translator.ts';
import { languageName } from './translations/languages.ts';

export function publishProblemText(t: Translator, p: PublishProblem): string {
  if (p.code === 'missingEServiceText') {
    const langs = Array.isArray(p.params?.languages) ? (p.params.languages as readonly string[]) : [];
    const names = langs.map((l) => languageName(l, t.lang));
    const last = names.pop();
    const languages =
      names.length > 0 ? `${names.join(', ')} ${t.t('builder.problem.and')} ${last}` : (last ?? '');
    return t.t(`builder.problem.eServiceText.${String(p.params?.field)}` as MessageKey, { languages });
  }
  const params: Record<string, string> = { path: p.path ?? '/' };
  for (const [k, v] of Object.entries(p.params ?? {})) {
    params[k] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return t.t(`builder.problem.${p.code}`, params);
}

export function packageProblemText(t: Translator, p: PackageProblem): string {
  const params = Object.entries(p.params ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  return t.t('builder.import.problem', {
    path: p.path || '/',
    code: params ? `${p.code} (${params})` : p.code,
  });
}
