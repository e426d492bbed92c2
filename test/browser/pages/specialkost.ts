/**
 * "Ansökan om specialkost" (src/services/demo/specialkost.ts) as the tests
 * see it: its address, its questions' labels and options in any language
 * (read from the definition, so a reworded question does not break a test
 * that is not about wording), the answers the tests give, and a small real
 * PDF to upload as the doctor's certificate.
 */
import type { ChoiceOption, Question } from '../../../src/domain/forms/definition.ts';
import { specialkost } from '../../../src/services/demo/specialkost.ts';
import type { UiLang } from '../../../src/web/ui/i18n/languages.ts';

export const SLUG = specialkost.info.slug;
export const START_PATH = `/demo/e-tjanster/${SLUG}`;

export function serviceName(lang: UiLang = 'sv'): string {
  return specialkost.info.name[lang] ?? specialkost.info.name.sv;
}

function question(key: string): Question {
  for (const step of specialkost.definition.steps) {
    const q = step.questions.find((x) => x.key === key);
    if (q) return q;
  }
  throw new Error(`specialkost has no question ${key}`);
}

/** A question's label (the legend of a group of choices), as shown. */
export function label(key: string, lang: UiLang = 'sv'): string {
  const q = question(key);
  return q.label[lang] ?? q.label.sv ?? key;
}

/** An option's label of a choice question. */
export function option(key: string, value: string, lang: UiLang = 'sv'): string {
  const q = question(key);
  const options = 'options' in q ? (q.options as readonly ChoiceOption[]) : [];
  const o = options.find((x) => x.value === value);
  if (!o) throw new Error(`${key} has no option ${value}`);
  return o.label[lang] ?? o.label.sv ?? value;
}

export function stepTitle(stepId: string, lang: UiLang = 'sv'): string {
  const s = specialkost.definition.steps.find((x) => x.id === stepId);
  if (!s) throw new Error(`specialkost has no step ${stepId}`);
  return s.title[lang] ?? s.title.sv ?? stepId;
}

/** A child to apply for: a valid personal identity number (Luhn) for a school-age child. */
export const CHILD = { name: 'Alva Andersson', pnr: '20150315-1233', school: 'Björkskolan (F–9)' };
export const GUARDIAN = {
  name: 'Anna Andersson',
  email: 'anna.andersson@example.se',
  phone: '070-123 45 67',
};

/** A day inside the start date's allowed range (today to a year ahead), as day, month and year. */
export function startDate(): { day: string; month: string; year: string; iso: string } {
  const d = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  const iso = d.toISOString().slice(0, 10);
  return {
    day: String(d.getUTCDate()),
    month: String(d.getUTCMonth() + 1),
    year: String(d.getUTCFullYear()),
    iso,
  };
}

/** The smallest real PDF (one page, "Läkarintyg"), checked by content when uploaded. */
export function certificatePdf(): { name: string; mimeType: string; buffer: Buffer } {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null, // the content stream, below
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const content = 'BT /F1 24 Tf 72 760 Td (Lakarintyg) Tj ET';
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf));
    const value = body ?? `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
    pdf += `${i + 1} 0 obj\n${value}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return { name: 'lakarintyg.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf, 'latin1') };
}
