import nodemailer from 'nodemailer';
import { MailError, type MailTransport, type OutgoingMail } from './types.ts';

/** SMTP replies that mean "never for this message"; 530/535 (log-in) are our setup, so they are retried. */
function isPermanent(err: unknown): boolean {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code !== 530 && code !== 535;
}

/**
 * E-mail over SMTP with nodemailer, through a small pool of connections.
 * Timeouts keep every send well inside the outbox lease, so a live worker's
 * claim never runs out while it is still sending.
 */
export function createSmtpTransport(opts: { url: string; from: string }): MailTransport {
  const u = new URL(opts.url);
  const secure = u.protocol === 'smtps:';
  const transporter = nodemailer.createTransport({
    pool: true,
    maxConnections: 5,
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    // smtps:// is TLS from the start; smtp:// upgrades with STARTTLS when the server offers it.
    secure,
    ...(u.username
      ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } }
      : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    name: 'smtp',
    async send(mail: OutgoingMail) {
      try {
        const info = await transporter.sendMail({
          from: opts.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          messageId: mail.messageId,
          headers: {
            // RFC 3834: no auto-replies ("out of office") to notifications.
            'Auto-Submitted': 'auto-generated',
            'Content-Language': mail.lang,
          },
        });
        return { providerId: String(info.messageId ?? mail.messageId) };
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new MailError(`SMTP: ${reason}`, isPermanent(err), { cause: err });
      }
    },
    close: () => transporter.close(),
  };
}
