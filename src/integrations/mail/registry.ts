import type { Config } from '../../config.ts';
import { createLogMailTransport } from './log-transport.ts';
import { createSmtpTransport } from './smtp.ts';
import type { MailTransport } from './types.ts';

type Log = (msg: string, data: Record<string, unknown>) => void;

/** SMTP when SMTP_URL is set; the log outside production; otherwise none (e-mail jobs wait and fail visibly). */
export function mailTransportFor(config: Pick<Config, 'mail' | 'env'>, log: Log): MailTransport | undefined {
  if (config.mail.smtpUrl) return createSmtpTransport({ url: config.mail.smtpUrl, from: config.mail.from });
  return config.env === 'production' ? undefined : createLogMailTransport(log);
}
