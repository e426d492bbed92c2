import type { MailTransport, OutgoingMail } from './types.ts';

/**
 * Development without a mail server: the e-mail is written to the log and
 * counts as sent. The configuration refuses it in production.
 */
export function createLogMailTransport(
  log: (msg: string, data: Record<string, unknown>) => void,
): MailTransport {
  return {
    name: 'log',
    async send(mail: OutgoingMail) {
      log('e-mail (SMTP_URL is not set, so it was only logged)', {
        messageId: mail.messageId,
        subject: mail.subject,
        text: mail.text,
      });
      return { providerId: mail.messageId };
    },
    close() {},
  };
}
