import type { EServiceInfo } from '../domain/eservices/eservice.ts';
import type { Answers } from '../domain/forms/answers.ts';
import type { FormDefinition } from '../domain/forms/definition.ts';
import { summarizeAnswers } from '../domain/forms/format.ts';
import { textIn } from '../domain/forms/localize.ts';
import { formatPersonnummer } from '../domain/identity-numbers/index.ts';
import { renderApplicationPdf } from '../services/pdf/application-pdf.ts';
import { answerTexts } from './citizen/runner/answer-texts.ts';
import type { Translator } from './ui/i18n/translator.ts';

export interface CaseForPdf {
  caseNumber: string;
  submittedAt: Date;
  answers: Answers;
  submitterName: string | null;
  submitterPersonalNumber: string | null;
}

/**
 * The application as a tagged, accessible PDF (PDF/UA) in the reader's
 * language: the same answers as the check-answers page, with the case number.
 */
export function caseApplicationPdf(input: {
  t: Translator;
  municipalityName: string;
  eService: EServiceInfo;
  definition: FormDefinition;
  theCase: CaseForPdf;
  files: readonly { name: string; size: number }[];
}): Promise<Buffer> {
  const { t, eService, definition, theCase } = input;
  const lang = t.lang;
  const steps = summarizeAnswers(definition, theCase.answers, { lang, texts: answerTexts(t) });
  const name = textIn(eService.name, lang);
  return renderApplicationPdf({
    lang,
    dir: t.dir,
    title: name,
    municipality: { name: input.municipalityName },
    eServiceName: name,
    caseNumber: theCase.caseNumber,
    submittedAt: theCase.submittedAt,
    applicant: {
      name: theCase.submitterName ?? t.t('pdf.anonymous'),
      personalNumber: theCase.submitterPersonalNumber
        ? formatPersonnummer(theCase.submitterPersonalNumber)
        : null,
    },
    labels: {
      caseNumber: t.t('pdf.caseNumber'),
      submitted: t.t('pdf.submitted'),
      notSubmitted: t.t('pdf.notSubmitted'),
      applicant: t.t('pdf.applicant'),
      personalNumber: t.t('pdf.personalNumber'),
      eService: t.t('pdf.eService'),
      attachments: t.t('pdf.attachments'),
      notAnswered: t.t('pdf.notAnswered'),
      pageOf: t.t('pdf.pageOf'),
    },
    sections: steps.map((s) => ({
      heading: s.title.text,
      rows: s.questions.map((q) => ({
        label: q.label.text,
        value: q.answered ? q.value : t.t('pdf.notAnswered'),
        ...(q.label.fellBack ? { lang: 'sv' } : {}),
      })),
    })),
    attachments: input.files.map((f) => ({ name: f.name, size: f.size })),
  });
}
