/**
 * Notification templates: plain text with `{variable}` placeholders. The
 * variables are the only case data a notification may carry: the case
 * number, the e-service's name, the status, a link to log in and the
 * municipality's name. Nothing from the answers.
 */
export const TEMPLATE_VARIABLES = ['caseNumber', 'eService', 'status', 'link', 'municipality'] as const;
export type TemplateVariable = (typeof TEMPLATE_VARIABLES)[number];
export type TemplateVars = Record<TemplateVariable, string>;

export interface MessageTemplate {
  /** E-mail subject; empty for SMS. */
  subject: string;
  body: string;
}

export const SUBJECT_MAX = 200;
export const BODY_MAX = 5000;
/** Three SMS parts of 153 GSM characters; longer texts cost more and read worse. */
export const SMS_MAX = 459;

const PLACEHOLDER = /\{([^{}\s]*)\}/g;

export function renderText(text: string, vars: TemplateVars): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    (TEMPLATE_VARIABLES as readonly string[]).includes(name) ? vars[name as TemplateVariable] : whole,
  );
}

export type TemplateProblem =
  | { field: 'subject' | 'body'; code: 'required' | 'tooLong' }
  | { field: 'subject' | 'body'; code: 'unknownVariable'; variable: string };

/** What is wrong with a template as an editor typed it; empty when it can be saved. */
export function checkTemplate(t: MessageTemplate, channel: 'email' | 'sms'): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (channel === 'email') {
    if (!t.subject.trim()) problems.push({ field: 'subject', code: 'required' });
    else if (t.subject.length > SUBJECT_MAX) problems.push({ field: 'subject', code: 'tooLong' });
  }
  if (!t.body.trim()) problems.push({ field: 'body', code: 'required' });
  else if (t.body.length > (channel === 'sms' ? SMS_MAX : BODY_MAX))
    problems.push({ field: 'body', code: 'tooLong' });
  for (const field of ['subject', 'body'] as const) {
    for (const m of t[field].matchAll(PLACEHOLDER)) {
      const name = m[1] ?? '';
      if (!(TEMPLATE_VARIABLES as readonly string[]).includes(name)) {
        problems.push({ field, code: 'unknownVariable', variable: name });
      }
    }
  }
  return problems;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/**
 * The HTML part of an e-mail from its rendered text: paragraphs at blank
 * lines, line breaks kept, the login link clickable. Everything is escaped,
 * so an e-service name cannot inject markup.
 */
export function textToHtml(text: string, opts: { lang: string; title: string; link: string }): string {
  const dir = opts.lang === 'ar' ? 'rtl' : 'ltr';
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const lines = p.split('\n').map((line) => {
        const escaped = escapeHtml(line);
        const link = escapeHtml(opts.link);
        return opts.link && escaped.includes(link)
          ? escaped.replace(link, `<a href="${link}">${link}</a>`)
          : escaped;
      });
      return `<p>${lines.join('<br>\n')}</p>`;
    });
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(opts.lang)}" dir="${dir}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(opts.title)}</title></head>`,
    `<body>\n${paragraphs.join('\n')}\n</body>`,
    '</html>',
  ].join('\n');
}

/** One line, for a Subject header. */
export const oneLine = (s: string) => s.replace(/[\r\n]+/g, ' ').trim();
