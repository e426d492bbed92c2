/** Refusals and schema problems of the editor in words, and which settings field a problem is about. */
import type { EditRefusal, Reader } from '../../../../domain/builder/definition-edits.ts';
import type { FormDefinition } from '../../../../domain/forms/definition.ts';
import type { Problem } from '../../../../domain/forms/schema/problems.ts';
import type { MessageKey, Translator } from '../../../ui/i18n/translator.ts';
import { publishProblemText } from '../../problem-text.ts';
import type { FormProblem } from '../question-form.ts';

/** Words for what reads a question, naming the question whose rule it is. */
export function readerText(t: Translator, def: FormDefinition, r: Reader): string {
  if (r.kind === 'assignment') return t.t('builderEd.reader.assignment', { rule: String(r.rule) });
  const q = def.steps.flatMap((s) => s.questions).find((x) => x.key === r.questionKey);
  return t.t(`builderEd.reader.${r.role}`, { question: q?.label.sv ?? r.questionKey, key: r.questionKey });
}

/** A refusal in words: a heading and, for a question others read, the list of what reads it. */
export function refusalText(
  t: Translator,
  def: FormDefinition,
  e: EditRefusal,
): { heading: string; items: string[] } {
  if (e.code === 'readBy') {
    const q = def.steps.flatMap((s) => s.questions).find((x) => x.key === e.key);
    return {
      heading: t.t('builderEd.refused.readBy', { question: q?.label.sv ?? e.key, key: e.key }),
      items: e.readers.map((r) => readerText(t, def, r)),
    };
  }
  return { heading: t.t(`builderEd.refused.${e.code}`), items: [] };
}

const WORDED = new Set([
  'duplicateKey',
  'duplicateOptionValue',
  'invalidOptionValue',
  'invalidKey',
  'minGreaterThanMax',
  'invalidPattern',
  'invalidDateBound',
  'invalidAutocomplete',
  'outOfRange',
  'missingSwedish',
]);

/** Settings fields named like the question's own property. */
const KNOWN_FIELDS = [
  'label',
  'hint',
  'help',
  'key',
  'minLength',
  'maxLength',
  'pattern',
  'patternMessage',
  'autocomplete',
  'min',
  'max',
  'unit',
  'accept',
  'maxFiles',
  'minRows',
  'maxRows',
  'text',
  'decimals',
  'format',
];

/** The field of the question settings form a schema problem is about (the label when none fits). */
export function problemField(def: FormDefinition, questionId: string, p: Problem): string {
  let prefix = '';
  def.steps.forEach((s, i) => {
    s.questions.forEach((q, j) => {
      if (q.id === questionId) prefix = `/steps/${i}/questions/${j}`;
    });
  });
  return fieldAt(prefix, p);
}

/** The field of a group column's settings form a schema problem is about (the label when none fits). */
export function columnProblemField(
  def: FormDefinition,
  questionId: string,
  columnId: string,
  p: Problem,
): string {
  let prefix = '';
  def.steps.forEach((s, i) => {
    s.questions.forEach((q, j) => {
      if (q.id === questionId && q.type === 'group')
        q.questions.forEach((c, k) => {
          if (c.id === columnId) prefix = `/steps/${i}/questions/${j}/questions/${k}`;
        });
    });
  });
  return fieldAt(prefix, p);
}

function fieldAt(prefix: string, p: Problem): string {
  if (!prefix || (p.path !== prefix && !p.path.startsWith(`${prefix}/`))) return 'label';
  const rest = p.path.slice(prefix.length).split('/').filter(Boolean);
  const [first = 'label', second, third] = rest;
  if (first === 'options')
    return second === undefined
      ? 'addOption'
      : `options.${second}.${third === 'value' ? 'value' : third === 'hint' ? 'hint' : 'label'}`;
  if (first === 'questions')
    return second === undefined ? 'addColumn' : `columns.${second}.${third === 'key' ? 'key' : 'label'}`;
  if (first === 'maxSizeBytes') return 'maxSizeMb';
  if (first === 'fields') return 'contact.name';
  return KNOWN_FIELDS.includes(first) ? first : 'label';
}

export function problemMessage(t: Translator, p: Problem): string {
  if (WORDED.has(p.code)) {
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(p.params ?? {}))
      params[k] = Array.isArray(v) ? v.join(', ') : String(v);
    return t.t(`builderEd.error.${p.code}` as MessageKey, params);
  }
  return publishProblemText(t, { code: 'schema', path: p.path, params: { ...p.params, problem: p.code } });
}

export function formProblemText(t: Translator, p: FormProblem): string {
  return t.t(`builderEd.error.${p.code}` as MessageKey, p.params ?? {});
}
