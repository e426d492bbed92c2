import type { AnswerTexts } from '../../../domain/forms/questions/handler.ts';
import type { Translator } from '../../ui/i18n/translator.ts';

/** The words the engine needs to write answers out (Ja/Nej/Godkänt) in the page's language. */
export function answerTexts(t: Translator): AnswerTexts {
  return { yes: t.t('answer.yes'), no: t.t('answer.no'), consented: t.t('answer.consented') };
}
