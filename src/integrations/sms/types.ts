/** The SMS port: one method per provider; see elks46.ts for the one built in. */
export interface OutgoingSms {
  /** E.164. */
  to: string;
  message: string;
  /** The outbox job's key, for providers whose API takes one (46elks does not). */
  idempotencyKey: string;
}

export interface SmsProvider {
  readonly name: string;
  send(sms: OutgoingSms): Promise<{ providerId: string }>;
}

/** A failed send; `permanent` when trying again cannot help (a bad number). */
export class SmsError extends Error {
  readonly permanent: boolean;
  constructor(message: string, permanent: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SmsError';
    this.permanent = permanent;
  }
}
