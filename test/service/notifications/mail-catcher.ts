import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Map<string, unknown>;
}

/**
 * A real SMTP server on loopback (smtp-server) that keeps what it accepts,
 * parsed with mailparser. `beforeAccept` may hold a message before the final
 * 250 reply; a message whose connection closed meanwhile is not accepted,
 * as RFC 5321 has it: the server takes responsibility only with that reply.
 */
export async function startMailCatcher(opts: { beforeAccept?: (m: CaughtMail) => Promise<void> } = {}) {
  const mails: CaughtMail[] = [];
  const closed = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onClose(session) {
      closed.add(session.id);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        try {
          const p = await simpleParser(Buffer.concat(chunks));
          const mail: CaughtMail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: p.subject ?? '',
            text: p.text ?? '',
            html: typeof p.html === 'string' ? p.html : '',
            messageId: p.messageId ?? '',
            headers: p.headers,
          };
          await opts.beforeAccept?.(mail);
          if (closed.has(session.id)) return;
          mails.push(mail);
          callback();
        } catch (err) {
          callback(err as Error);
        }
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    mails,
    /** Connections that have closed (a killed client's too). */
    closedSessions: closed,
    url: `smtp://127.0.0.1:${port}`,
    /** Mails to one address. */
    to: (address: string) => mails.filter((m) => m.to.includes(address)),
    clear: () => mails.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type MailCatcher = Awaited<ReturnType<typeof startMailCatcher>>;
