import type { FastifyServerOptions } from 'fastify';

/**
 * Personnummer, samordningsnummer and organisation numbers never reach the
 * logs: any run of digits shaped like one is masked wherever it appears
 * (URLs, messages, error text). Over-masking a phone number is acceptable.
 */
const IDENTITY_NUMBER = /(?<!\d)(?:19|20)?\d{6}[-+]?\d{4}(?!\d)/g;

export function redactIdentityNumbers(text: string): string {
  return text.replace(IDENTITY_NUMBER, '[personnummer]');
}

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactIdentityNumbers(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
  if (value instanceof Error) {
    return {
      type: value.name,
      message: redactIdentityNumbers(value.message),
      stack: value.stack && redactIdentityNumbers(value.stack),
    };
  }
  // Only plain objects are copied: requests, responses and other class
  // instances go to their own serializers untouched.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrub(v, depth + 1);
  return out;
}

export function loggerOptions(level: string): NonNullable<FastifyServerOptions['logger']> {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.personalNumber',
        '*.totp',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method?: string; url?: string; id?: string }) => ({
        id: req.id,
        method: req.method,
        url: redactIdentityNumbers(String(req.url ?? '')),
      }),
    },
    formatters: {
      log: (obj: Record<string, unknown>) => scrub(obj) as Record<string, unknown>,
    },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((a) => (typeof a === 'string' ? redactIdentityNumbers(a) : a)) as Parameters<
            typeof method
          >,
        );
      },
    },
  };
}
