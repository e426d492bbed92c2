import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CaughtSms {
  from: string;
  to: string;
  message: string;
  dontlog: string | null;
}

/**
 * A local HTTP server speaking 46elks' SMS API as documented: POST /a1/sms,
 * HTTP basic auth, form fields from, to, message; the answer is the SMS as
 * JSON with its id. `failNext` answers the next requests with an error status.
 */
export async function startSmsCatcher(credentials = { username: 'u-test', password: 'p-test' }) {
  const messages: CaughtSms[] = [];
  const failures: number[] = [];
  const expected = `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/a1/sms') {
        res.writeHead(404).end('Not found');
        return;
      }
      if (req.headers.authorization !== expected) {
        res.writeHead(401).end('Unauthorized');
        return;
      }
      const failure = failures.shift();
      if (failure) {
        res.writeHead(failure).end(failure >= 500 ? 'Internal error' : 'Invalid to number');
        return;
      }
      const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
      const sms = {
        from: form.get('from') ?? '',
        to: form.get('to') ?? '',
        message: form.get('message') ?? '',
        dontlog: form.get('dontlog'),
      };
      if (!sms.from || !/^\+\d{7,15}$/.test(sms.to) || !sms.message) {
        res.writeHead(403).end('Missing or invalid from, to or message');
        return;
      }
      messages.push(sms);
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: `s${randomBytes(16).toString('hex')}`,
          status: 'created',
          direction: 'outgoing',
          from: sms.from,
          to: sms.to,
          created: new Date().toISOString(),
          parts: 1,
          estimated_cost: 5200,
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    messages,
    url: `http://127.0.0.1:${port}/a1`,
    credentials,
    failNext: (...statuses: number[]) => failures.push(...statuses),
    to: (number: string) => messages.filter((m) => m.to === number),
    clear: () => messages.splice(0),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmsCatcher = Awaited<ReturnType<typeof startSmsCatcher>>;
