/** The question types a repeating group's columns may have (kept apart from registry.ts to avoid an import cycle). */
import type { GroupCellQuestion, GroupCellType, QuestionOfType } from '../definition.ts';
import { checkboxHandler } from './checkbox.ts';
import { radioHandler, selectHandler } from './choice.ts';
import { dateHandler } from './date.ts';
import type { QuestionHandler } from './handler.ts';
import { numberHandler } from './number.ts';
import { orgnrHandler } from './orgnr.ts';
import { personnummerHandler } from './personnummer.ts';
import { textHandler } from './text.ts';
import { textareaHandler } from './textarea.ts';
import { yesnoHandler } from './yesno.ts';

export const CELL_HANDLERS: { readonly [T in GroupCellType]: QuestionHandler<QuestionOfType<T>> } = {
  text: textHandler,
  textarea: textareaHandler,
  number: numberHandler,
  date: dateHandler,
  radio: radioHandler,
  checkbox: checkboxHandler,
  select: selectHandler,
  yesno: yesnoHandler,
  personnummer: personnummerHandler,
  orgnr: orgnrHandler,
};

export function isCellType(type: string): type is GroupCellType {
  return Object.hasOwn(CELL_HANDLERS, type);
}

/**
 * The handler for a column. TypeScript cannot correlate a union's `type` with
 * the mapped handler type, so the lookup is widened once here.
 */
export function cellHandlerFor(q: GroupCellQuestion): QuestionHandler<GroupCellQuestion> {
  return CELL_HANDLERS[q.type] as unknown as QuestionHandler<GroupCellQuestion>;
}
