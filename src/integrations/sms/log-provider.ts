import type { OutgoingSms, SmsProvider } from './types.ts';

/** Development: the SMS is written to the log and counts as sent. Refused in production. */
export function createLogSmsProvider(log: (msg: string, data: Record<string, unknown>) => void): SmsProvider {
  return {
    name: 'log',
    async send(sms: OutgoingSms) {
      log('SMS (SMS_PROVIDER=log, so it was only logged)', { key: sms.idempotencyKey, message: sms.message });
      return { providerId: `log:${sms.idempotencyKey}` };
    },
  };
}
