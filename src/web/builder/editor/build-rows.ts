/** The rows of the settings form as a question's parts: a choice's options, a group's columns and a choice column's options. */
import { defaultQuestion, keyFromLabel } from '../../../domain/builder/definition-edits.ts';
import {
  type ChoiceOption,
  GROUP_CELL_TYPES,
  type GroupCellQuestion,
  type GroupCellType,
} from '../../../domain/forms/definition.ts';
import {
  columnField,
  type FormProblem,
  KEY,
  lang,
  MAX_LABEL,
  MAX_TEXT,
  OPTION_VALUE,
  optionField,
  type QuestionForm,
} from './question-form.ts';

export function optionsOf(
  form: QuestionForm,
  old: ChoiceOption[],
  checkbox: boolean,
  problems: FormProblem[],
) {
  const seen = new Set<string>();
  return form.options.map((row, i): ChoiceOption => {
    const value = row.value.trim();
    const label = row.label.trim();
    const hint = row.hint.trim();
    if (value === '') problems.push({ field: optionField(i, 'value'), code: 'required' });
    else if (!OPTION_VALUE.test(value))
      problems.push({ field: optionField(i, 'value'), code: 'invalidOptionValue' });
    else if (seen.has(value)) problems.push({ field: optionField(i, 'value'), code: 'duplicateOptionValue' });
    seen.add(value);
    if (label === '') problems.push({ field: optionField(i, 'label'), code: 'required' });
    else if (label.length > MAX_LABEL)
      problems.push({ field: optionField(i, 'label'), code: 'tooLong', params: { max: String(MAX_LABEL) } });
    if (hint.length > MAX_TEXT)
      problems.push({ field: optionField(i, 'hint'), code: 'tooLong', params: { max: String(MAX_TEXT) } });
    const before = old.find((o) => o.value === value);
    const h = lang(hint, before?.hint);
    return {
      value,
      label: { ...(before?.label ?? {}), sv: label },
      ...(h ? { hint: h } : {}),
      ...(checkbox && row.exclusive ? { exclusive: true } : {}),
    };
  });
}

const isCellType = (s: string): s is GroupCellType => (GROUP_CELL_TYPES as readonly string[]).includes(s);

export function columnsOf(
  form: QuestionForm,
  old: GroupCellQuestion[],
  newColumnId: () => string,
  problems: FormProblem[],
): GroupCellQuestion[] {
  if (form.columns.length === 0) problems.push({ field: 'addColumn', code: 'noColumns' });
  const seen = new Set<string>();
  return form.columns.map((row, i): GroupCellQuestion => {
    const label = row.label.trim();
    const key = row.key.trim();
    if (label === '') problems.push({ field: columnField(i, 'label'), code: 'required' });
    else if (label.length > MAX_LABEL)
      problems.push({ field: columnField(i, 'label'), code: 'tooLong', params: { max: String(MAX_LABEL) } });
    if (key === '') problems.push({ field: columnField(i, 'key'), code: 'required' });
    else if (!KEY.test(key)) problems.push({ field: columnField(i, 'key'), code: 'invalidKey' });
    else if (seen.has(key)) problems.push({ field: columnField(i, 'key'), code: 'duplicateKey' });
    seen.add(key);
    const type: GroupCellType = isCellType(row.type) ? row.type : 'text';
    if (!isCellType(row.type)) problems.push({ field: columnField(i, 'type'), code: 'unknownType' });
    const before = old.find((c) => c.id === row.id && row.id !== '');
    const id = before?.id ?? newColumnId();
    // The column keeps its own settings while its type stays; a new type starts from its defaults.
    const base = (
      before && before.type === type ? before : defaultQuestion(type, id, key, label)
    ) as GroupCellQuestion;
    const column = {
      ...base,
      id,
      key,
      label: { ...(before?.label ?? {}), sv: label },
      required: row.required,
    } as GroupCellQuestion;
    if ('options' in column && row.options.trim() !== '') {
      const old = before && 'options' in before ? before.options : [];
      column.options = columnOptions(
        row.options,
        old,
        columnField(i, 'options'),
        column.type === 'checkbox',
        problems,
      );
    }
    return column;
  });
}

/** A choice column's options from its lines (`value | text`, or just the text). */
function columnOptions(
  text: string,
  old: ChoiceOption[],
  field: string,
  checkbox: boolean,
  problems: FormProblem[],
): ChoiceOption[] {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const seen = new Set<string>();
  const options: ChoiceOption[] = [];
  let bad: FormProblem | undefined;
  for (const line of lines) {
    const bar = line.indexOf('|');
    const label = (bar >= 0 ? line.slice(bar + 1) : line).trim();
    const value = bar >= 0 ? line.slice(0, bar).trim() : keyFromLabel(label);
    if (label === '' || label.length > MAX_LABEL || !OPTION_VALUE.test(value))
      bad ??= { field, code: 'invalidColumnOption', params: { line } };
    else if (seen.has(value)) bad ??= { field, code: 'duplicateOptionValue' };
    seen.add(value);
    const before = old.find((o) => o.value === value);
    options.push({ ...(before ?? {}), value, label: { ...(before?.label ?? {}), sv: label } });
  }
  const least = checkbox ? 1 : 2;
  if (!bad && options.length < least) bad = { field, code: 'tooFewOptions', params: { min: String(least) } };
  if (bad) problems.push(bad);
  return options;
}
