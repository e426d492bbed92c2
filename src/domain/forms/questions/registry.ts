/**
 * Question type name -> what the type knows (see handler.ts). Adding a type
 * means one file in this folder, one line here, and its union member in
 * definition.ts; the compiler then points at everything else that must change.
 */
import type { Question, QuestionOfType, QuestionType } from '../definition.ts';
import { addressHandler } from './address.ts';
import { CELL_HANDLERS } from './cell-registry.ts';
import { computedHandler } from './computed.ts';
import { consentHandler } from './consent.ts';
import { contactHandler } from './contact.ts';
import { fileHandler } from './file.ts';
import { groupHandler } from './group.ts';
import type { QuestionHandler } from './handler.ts';
import { infoHandler } from './info.ts';

export const HANDLERS: { readonly [T in QuestionType]: QuestionHandler<QuestionOfType<T>> } = {
  ...CELL_HANDLERS,
  file: fileHandler,
  contact: contactHandler,
  address: addressHandler,
  group: groupHandler,
  info: infoHandler,
  consent: consentHandler,
  computed: computedHandler,
};

/**
 * The handler for a question. TypeScript cannot correlate a union's `type`
 * with the mapped handler type, so the lookup is widened once here.
 */
export function handlerFor<Q extends Question>(q: Q): QuestionHandler<Q> {
  return HANDLERS[q.type] as unknown as QuestionHandler<Q>;
}

export function handlerForType(type: QuestionType): QuestionHandler<Question> {
  return HANDLERS[type] as unknown as QuestionHandler<Question>;
}
