import type { Config } from '../../config.ts';
import { createElksProvider } from './elks46.ts';
import { createLogSmsProvider } from './log-provider.ts';
import type { SmsProvider } from './types.ts';

type Log = (msg: string, data: Record<string, unknown>) => void;

/**
 * The SMS provider the configuration names, or undefined for none (SMS jobs
 * then fail and wait on the admins' list). A new provider is a file like
 * elks46.ts and one case here.
 */
export function smsProviderFor(sms: Config['sms'], log: Log): SmsProvider | undefined {
  switch (sms.provider) {
    case '46elks':
      return sms.elks ? createElksProvider({ ...sms.elks, from: sms.from }) : undefined;
    case 'log':
      return createLogSmsProvider(log);
    case 'none':
      return undefined;
  }
}
