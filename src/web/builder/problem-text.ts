/** Publish problems and import problems in plain words, in the page's language. */
import type { PackageProblem } from '../../domain/builder/eservice-package.ts';
import type { PublishProblem } from '../../domain/builder/publish-checks.ts';
import type { Translator } from '../ui/i18n/translator.ts';

export function publishProblemText(t: Translator, p: PublishProblem): string {
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
