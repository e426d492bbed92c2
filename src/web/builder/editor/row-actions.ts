import { columnField, MAX_ROWS, optionField, type QuestionForm } from './question-form.ts';

function moveRow<T>(rows: T[], i: number, to: number): T[] {
  const out = [...rows];
  const a = out[i];
  const b = out[to];
  if (a === undefined || b === undefined) return out;
  out[i] = b;
  out[to] = a;
  return out;
}

/**
 * The row buttons (`action` = addOption, removeOption.2, optionUp.2, addColumn,
 * columnDown.0 …): the form changed, nothing saved. Undefined for "save" or an
 * unknown action. `focus` is the field to return to.
 */
export function applyRowAction(
  form: QuestionForm,
  action: string,
): { form: QuestionForm; focus: string } | undefined {
  const m =
    /^(addOption|removeOption|optionUp|optionDown|addColumn|removeColumn|columnUp|columnDown)(?:\.(\d{1,3}))?$/.exec(
      action,
    );
  if (!m) return undefined;
  const [, what = '', n] = m;
  const i = Number(n ?? -1);
  const o = form.options;
  const c = form.columns;
  switch (what) {
    case 'addOption': {
      if (o.length >= MAX_ROWS) return { form, focus: optionField(o.length - 1, 'value') };
      const next = [...o, { value: '', label: '', hint: '', exclusive: false }];
      return { form: { ...form, options: next }, focus: optionField(o.length, 'value') };
    }
    case 'removeOption':
      return { form: { ...form, options: o.filter((_, j) => j !== i) }, focus: 'addOption' };
    case 'optionUp':
      return {
        form: { ...form, options: moveRow(o, i, i - 1) },
        focus: optionField(Math.max(0, i - 1), 'value'),
      };
    case 'optionDown':
      return {
        form: { ...form, options: moveRow(o, i, i + 1) },
        focus: optionField(Math.min(o.length - 1, i + 1), 'value'),
      };
    case 'addColumn': {
      if (c.length >= MAX_ROWS) return { form, focus: columnField(c.length - 1, 'label') };
      const next = [...c, { id: '', label: '', key: '', type: 'text', required: false, options: '' }];
      return { form: { ...form, columns: next }, focus: columnField(c.length, 'label') };
    }
    case 'removeColumn':
      return { form: { ...form, columns: c.filter((_, j) => j !== i) }, focus: 'addColumn' };
    case 'columnUp':
      return {
        form: { ...form, columns: moveRow(c, i, i - 1) },
        focus: columnField(Math.max(0, i - 1), 'label'),
      };
    case 'columnDown':
      return {
        form: { ...form, columns: moveRow(c, i, i + 1) },
        focus: columnField(Math.min(c.length - 1, i + 1), 'label'),
      };
    default:
      return undefined;
  }
}
