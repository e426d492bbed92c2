import { createHash } from 'node:crypto';
import type { Channel } from '../../domain/notifications/events.ts';
import type { RenderedNotification } from '../../domain/notifications/render.ts';
import type { MailTransport } from '../../integrations/mail/types.ts';
import type { SmsProvider } from '../../integrations/sms/types.ts';

export interface ChannelDeps {
  mail: MailTransport | undefined;
  sms: SmsProvider | undefined;
  publicUrl: string;
}

/** An error the outbox does not retry. */
export class Undeliverable extends Error {
  readonly permanent = true;
}

/** A Message-ID made from the job's idempotency key: every attempt of one job carries the same one. */
export function messageIdFor(idempotencyKey: string, publicUrl: string): string {
  const hash = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32);
  return `<${hash}@${new URL(publicUrl).hostname}>`;
}

/** Sends a rendered message on its channel; not configured is an error the outbox retries. */
export function sendOnChannel(
  deps: ChannelDeps,
  m: { channel: Channel; to: string; lang: string; idempotencyKey: string; message: RenderedNotification },
): Promise<{ providerId: string }> {
  if (m.channel === 'email') {
    if (!deps.mail) throw new Error('e-mail is not configured (SMTP_URL)');
    return deps.mail.send({
      to: m.to,
      subject: m.message.subject,
      text: m.message.text,
      html: m.message.html ?? '',
      messageId: messageIdFor(m.idempotencyKey, deps.publicUrl),
      lang: m.lang,
    });
  }
  if (!deps.sms) throw new Error('SMS is not configured (SMS_PROVIDER)');
  return deps.sms.send({ to: m.to, message: m.message.text, idempotencyKey: m.idempotencyKey });
}
