import { type OutgoingSms, SmsError, type SmsProvider } from './types.ts';

export interface ElksOptions {
  /** API root, https://api.46elks.com/a1 (tests point it at a local server). */
  url: string;
  username: string;
  password: string;
  /** Sender: a text sender id (max 11 characters) or an E.164 number. */
  from: string;
  timeoutMs?: number;
}

/** 401 and 429 are ours to fix or wait out; other 4xx refuse this message for good. */
const retryable = (status: number) => status === 401 || status === 408 || status === 429 || status >= 500;

/**
 * 46elks: `POST {url}/sms`, HTTP basic auth, form fields from, to, message.
 * `dontlog=message` asks 46elks not to keep the text in its logs: it holds
 * a case number, and the provider does not need it afterwards. 46elks has no
 * idempotency key, so a worker that dies after 46elks accepted the message
 * but before the outbox recorded it sends it again after the lease
 * (docs/decisions/0004-outbox.md).
 */
export function createElksProvider(opts: ElksOptions): SmsProvider {
  const auth = `Basic ${Buffer.from(`${opts.username}:${opts.password}`).toString('base64')}`;
  return {
    name: '46elks',
    async send(sms: OutgoingSms) {
      const body = new URLSearchParams({
        from: opts.from,
        to: sms.to,
        message: sms.message,
        dontlog: 'message',
      });
      let res: Response;
      try {
        res = await fetch(`${opts.url}/sms`, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
          body,
          signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
        });
      } catch (err) {
        throw new SmsError(`46elks: ${err instanceof Error ? err.message : String(err)}`, false, {
          cause: err,
        });
      }
      const text = await res.text();
      if (!res.ok) {
        throw new SmsError(`46elks: HTTP ${res.status} ${text.slice(0, 200)}`, !retryable(res.status));
      }
      let id: unknown;
      try {
        id = (JSON.parse(text) as { id?: unknown }).id;
      } catch {
        id = undefined;
      }
      if (typeof id !== 'string') throw new SmsError('46elks: the answer had no message id', false);
      return { providerId: id };
    },
  };
}
