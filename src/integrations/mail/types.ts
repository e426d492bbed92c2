/** The e-mail port: one method, so another transport (an API-based one) is a small file. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Derived from the outbox job's idempotency key: a retry carries the same Message-ID. */
  messageId: string;
  lang: string;
}

export interface MailTransport {
  readonly name: string;
  send(mail: OutgoingMail): Promise<{ providerId: string }>;
  close(): void;
}

/**
 * A failed delivery. `permanent` means trying again cannot help (the server
 * refused the address); the outbox then gives up at once instead of backing off.
 */
export class MailError extends Error {
  readonly permanent: boolean;
  constructor(message: string, permanent: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MailError';
    this.permanent = permanent;
  }
}
