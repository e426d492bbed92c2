/**
 * What an application PDF shows, independent of the form engine: the caller
 * (a receipt job, the officer's "download as PDF") flattens a case into this
 * plain structure and translates every label, so the renderer needs no i18n,
 * no database and no knowledge of question types.
 */

export type TextDirection = 'ltr' | 'rtl';

export interface ApplicationDocument {
  /** BCP 47 tag of the document's language, e.g. `sv`, `en`, `ar`; becomes the PDF's /Lang. */
  lang: string;
  /** Direction of the document's own language; mirrors the layout when `rtl`. */
  dir: TextDirection;
  /** Main heading (H1) and the PDF's Title, e.g. "Ansökan om skolskjuts". */
  title: string;
  municipality: { name: string };
  eServiceName: string;
  caseNumber: string | null;
  /** Null for a draft that has not been submitted yet. */
  submittedAt: Date | null;
  applicant?: { name: string; personalNumber?: string | null };
  /** Interface texts, already translated into `lang` by the caller. */
  labels: ApplicationPdfLabels;
  sections: ApplicationSection[];
  attachments?: ApplicationAttachment[];
  /** Time zone for `submittedAt`; Swedish municipalities mean Swedish time. */
  timeZone?: string;
}

export interface ApplicationPdfLabels {
  caseNumber: string;
  submitted: string;
  /** Shown instead of a date when `submittedAt` is null, e.g. "Ej inskickad". */
  notSubmitted: string;
  applicant: string;
  personalNumber: string;
  eService: string;
  attachments: string;
  /** Shown for an empty answer, e.g. "Inte besvarad". */
  notAnswered: string;
  /** Page footer with `{page}` and `{pages}`, e.g. "Sida {page} av {pages}". */
  pageOf: string;
}

export interface ApplicationSection {
  heading: string;
  rows: ApplicationRow[];
}

export interface ApplicationRow {
  /** The question as the applicant saw it. */
  label: string;
  /** One answer, or several (checkboxes, repeated values) shown as a list. */
  value: string | string[];
  /** Language of the answer when it differs from the document's (free text in another language). */
  lang?: string;
}

export interface ApplicationAttachment {
  name: string;
  /** Bytes. */
  size: number;
}
