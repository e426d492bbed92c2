/** Reading one question: pick the handler by `type`, let it read the rest, report leftovers. */
import { QUESTION_TYPES, type Question, type QuestionType } from '../definition.ts';
import type { QuestionHandler } from '../questions/handler.ts';
import { ObjectReader, type SchemaContext } from './reader.ts';

export function readQuestionWith<Q extends Question>(
  value: unknown,
  path: string,
  ctx: SchemaContext,
  handlerFor: (type: QuestionType) => QuestionHandler<Q> | undefined,
): Q | undefined {
  const r = ObjectReader.of(value, path, ctx);
  if (!r) return undefined;
  const type = r.string('type', true);
  if (type === undefined) return undefined;
  if (!(QUESTION_TYPES as readonly string[]).includes(type)) {
    r.problem('type', 'unknownQuestionType', { type });
    return undefined;
  }
  const handler = handlerFor(type as QuestionType);
  if (!handler) {
    // A known type where it is not allowed (a group or file inside a group).
    r.problem('type', 'notAllowedInGroup', { type });
    return undefined;
  }
  const question = handler.readQuestion(r);
  r.finish();
  return question;
}
