import type { Channel } from './events.ts';
import { type MessageTemplate, oneLine, renderText, type TemplateVars, textToHtml } from './template-text.ts';

export interface RenderedNotification {
  subject: string;
  text: string;
  /** E-mail only. */
  html: string | null;
}

/** A template filled in: subject and text, and for e-mail the HTML part too. */
export function renderNotification(
  template: MessageTemplate,
  vars: TemplateVars,
  channel: Channel,
  lang: string,
): RenderedNotification {
  const text = renderText(template.body, vars).trim();
  if (channel === 'sms') return { subject: '', text, html: null };
  const subject = oneLine(renderText(template.subject, vars));
  return { subject, text, html: textToHtml(text, { lang, title: subject, link: vars.link }) };
}
