import type { Channel, NotificationEvent } from './events.ts';
import type { MessageTemplate } from './template-text.ts';

type ByLang = { sv: MessageTemplate; en: MessageTemplate; ar?: MessageTemplate };

const NO_REPLY = {
  sv: 'Det här meddelandet går inte att svara på.',
  en: 'Please do not reply to this message.',
  ar: 'يرجى عدم الرد على هذه الرسالة.',
};

const applicantMail = (sv: [string, string], en: [string, string], ar: [string, string]): ByLang => ({
  sv: {
    subject: sv[0],
    body: `Hej!\n\n${sv[1]}\n\nLogga in för att se ärendet:\n{link}\n\nMed vänlig hälsning\n{municipality}\n\n${NO_REPLY.sv}`,
  },
  en: {
    subject: en[0],
    body: `Hello,\n\n${en[1]}\n\nLog in to see the case:\n{link}\n\nKind regards\n{municipality}\n\n${NO_REPLY.en}`,
  },
  ar: {
    subject: ar[0],
    body: `مرحبًا،\n\n${ar[1]}\n\nسجّل الدخول للاطلاع على الطلب:\n{link}\n\nمع أطيب التحيات\n{municipality}\n\n${NO_REPLY.ar}`,
  },
});

const sms = (sv: string, en: string, ar: string): ByLang => ({
  sv: { subject: '', body: `{municipality}: ${sv} Logga in: {link}` },
  en: { subject: '', body: `{municipality}: ${en} Log in: {link}` },
  ar: { subject: '', body: `{municipality}: ${ar} سجّل الدخول: {link}` },
});

/** An e-mail to officers: what happened, and the case in the officer view. Swedish and English. */
const officerMail = (sv: [string, string], en: [string, string]): ByLang => ({
  sv: {
    subject: sv[0],
    body: `Hej!\n\n${sv[1]}\n\nÖppna ärendet i handläggarvyn:\n{link}\n\n{municipality}`,
  },
  en: {
    subject: en[0],
    body: `Hello,\n\n${en[1]}\n\nOpen the case in the case officer view:\n{link}\n\n{municipality}`,
  },
});

/**
 * The wording every e-service starts with, per event, channel and language.
 * An e-service may replace any of them (notification_template); Arabic
 * falls back to Swedish for officers, who work in Swedish or English.
 */
export const DEFAULT_TEMPLATES: Readonly<Record<NotificationEvent, Partial<Record<Channel, ByLang>>>> = {
  caseSubmitted: {
    email: applicantMail(
      [
        'Vi har tagit emot ditt ärende {caseNumber}',
        'Vi har tagit emot ditt ärende {caseNumber} ({eService}).',
      ],
      ['We have received your case {caseNumber}', 'We have received your case {caseNumber} ({eService}).'],
      ['استلمنا طلبك {caseNumber}', 'استلمنا طلبك {caseNumber} ({eService}).'],
    ),
    sms: sms(
      'Vi har tagit emot ditt ärende {caseNumber} ({eService}).',
      'We have received your case {caseNumber} ({eService}).',
      'استلمنا طلبك {caseNumber} ({eService}).',
    ),
  },
  statusChanged: {
    email: applicantMail(
      [
        'Ditt ärende {caseNumber} har ny status',
        'Ditt ärende {caseNumber} ({eService}) har fått status: {status}.',
      ],
      [
        'Your case {caseNumber} has a new status',
        'Your case {caseNumber} ({eService}) now has the status: {status}.',
      ],
      ['تغيّرت حالة طلبك {caseNumber}', 'أصبحت حالة طلبك {caseNumber} ({eService}): {status}.'],
    ),
    sms: sms(
      'Ditt ärende {caseNumber} ({eService}) har fått status: {status}.',
      'Your case {caseNumber} ({eService}) now has the status: {status}.',
      'أصبحت حالة طلبك {caseNumber} ({eService}): {status}.',
    ),
  },
  caseCompleted: {
    email: applicantMail(
      [
        'Ditt ärende {caseNumber} är klart',
        'Ditt ärende {caseNumber} ({eService}) är klart med status: {status}.',
      ],
      [
        'Your case {caseNumber} is completed',
        'Your case {caseNumber} ({eService}) is completed with the status: {status}.',
      ],
      ['اكتمل طلبك {caseNumber}', 'اكتمل طلبك {caseNumber} ({eService}) بالحالة: {status}.'],
    ),
    sms: sms(
      'Ditt ärende {caseNumber} ({eService}) är klart: {status}.',
      'Your case {caseNumber} ({eService}) is completed: {status}.',
      'اكتمل طلبك {caseNumber} ({eService}): {status}.',
    ),
  },
  messageToApplicant: {
    email: applicantMail(
      [
        'Nytt meddelande i ditt ärende {caseNumber}',
        'Du har fått ett nytt meddelande i ditt ärende {caseNumber} ({eService}).',
      ],
      [
        'New message about your case {caseNumber}',
        'You have a new message about your case {caseNumber} ({eService}).',
      ],
      ['رسالة جديدة بخصوص طلبك {caseNumber}', 'لديك رسالة جديدة بخصوص طلبك {caseNumber} ({eService}).'],
    ),
    sms: sms(
      'Du har fått ett nytt meddelande i ärende {caseNumber} ({eService}).',
      'You have a new message about case {caseNumber} ({eService}).',
      'لديك رسالة جديدة بخصوص الطلب {caseNumber} ({eService}).',
    ),
  },
  messageFromApplicant: {
    email: {
      sv: {
        subject: 'Nytt meddelande från sökande i ärende {caseNumber}',
        body: 'Hej!\n\nDen sökande har skickat ett nytt meddelande i ärende {caseNumber} ({eService}).\n\nLäs det i handläggarvyn:\n{link}\n\n{municipality}',
      },
      en: {
        subject: 'New message from the applicant in case {caseNumber}',
        body: 'Hello,\n\nThe applicant has sent a new message in case {caseNumber} ({eService}).\n\nRead it in the case officer view:\n{link}\n\n{municipality}',
      },
    },
  },
  internalNote: {
    email: officerMail(
      [
        'Ny intern notering i ärende {caseNumber}',
        'En handläggare har skrivit en ny intern notering i ärende {caseNumber} ({eService}).',
      ],
      [
        'New internal note in case {caseNumber}',
        'A case officer has written a new internal note in case {caseNumber} ({eService}).',
      ],
    ),
  },
  caseAssigned: {
    email: officerMail(
      ['Ärende {caseNumber} har tilldelats dig', 'Ärende {caseNumber} ({eService}) har tilldelats dig.'],
      [
        'Case {caseNumber} has been assigned to you',
        'Case {caseNumber} ({eService}) has been assigned to you.',
      ],
    ),
  },
  supplementSubmitted: {
    email: officerMail(
      [
        'Komplettering inskickad i ärende {caseNumber}',
        'Den sökande har skickat in en komplettering i ärende {caseNumber} ({eService}).',
      ],
      [
        'Supplement submitted in case {caseNumber}',
        'The applicant has submitted a supplement in case {caseNumber} ({eService}).',
      ],
    ),
  },
  officerStatusChanged: {
    email: officerMail(
      ['Ärende {caseNumber} har ny status', 'Ärende {caseNumber} ({eService}) har fått status: {status}.'],
      ['Case {caseNumber} has a new status', 'Case {caseNumber} ({eService}) now has the status: {status}.'],
    ),
  },
  caseOverdue: {
    email: officerMail(
      [
        'Ärende {caseNumber} har förfallit',
        'Ärende {caseNumber} ({eService}) skulle ha varit handlagt nu och är inte avslutat.',
      ],
      [
        'Case {caseNumber} is overdue',
        'Case {caseNumber} ({eService}) should have been handled by now and is not closed.',
      ],
    ),
  },
  messageRead: {
    email: officerMail(
      [
        'Ditt meddelande i ärende {caseNumber} är läst',
        'Den sökande har läst ditt meddelande i ärende {caseNumber} ({eService}).',
      ],
      [
        'Your message in case {caseNumber} has been read',
        'The applicant has read your message in case {caseNumber} ({eService}).',
      ],
    ),
  },
  fileDownloaded: {
    email: officerMail(
      [
        'Handling hämtad i ärende {caseNumber}',
        'Den sökande har laddat ned en handling som lagts till i ärende {caseNumber} ({eService}).',
      ],
      [
        'Document downloaded in case {caseNumber}',
        'The applicant has downloaded a document added to case {caseNumber} ({eService}).',
      ],
    ),
  },
  newCase: {
    email: officerMail(
      ['Nytt ärende {caseNumber}', 'Ett nytt ärende, {caseNumber}, har kommit in i {eService}.'],
      ['New case {caseNumber}', 'A new case, {caseNumber}, has arrived in {eService}.'],
    ),
  },
};

/** The default for a language, falling back to Swedish. */
export function defaultTemplate(
  event: NotificationEvent,
  channel: Channel,
  lang: string,
): MessageTemplate | undefined {
  const byLang = DEFAULT_TEMPLATES[event][channel];
  if (!byLang) return undefined;
  return (lang === 'en' || lang === 'ar' ? byLang[lang] : undefined) ?? byLang.sv;
}

/** Languages notifications are written in; anything else gets Swedish. */
export const NOTIFICATION_LANGS = ['sv', 'en', 'ar'] as const;
export const notificationLang = (lang: string | null | undefined): string =>
  lang && (NOTIFICATION_LANGS as readonly string[]).includes(lang) ? lang : 'sv';
