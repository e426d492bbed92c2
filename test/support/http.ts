import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/**
 * A browser-like client over app.inject(): keeps cookies between requests
 * and reads the CSRF token from the last form it saw.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();
  private readonly app: FastifyInstance;
  lastHtml = '';

  constructor(app: FastifyInstance) {
    this.app = app;
  }

  private store(res: LightMyRequestResponse): void {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.value === '' || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0;
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    if (String(res.headers['content-type'] ?? '').startsWith('text/html')) this.lastHtml = res.body;
  }

  /** Posts a multipart form with files; the CSRF token of the last page is added. */
  async postMultipart(
    url: string,
    fields: Record<string, string | string[]>,
    files: TestFile[],
  ): Promise<LightMyRequestResponse> {
    const token = csrfTokenIn(this.lastHtml);
    const { body, contentType } = multipartBody(token ? { _csrf: token, ...fields } : fields, files);
    const res = await this.app.inject({
      method: 'POST',
      url,
      payload: body,
      headers: { cookie: this.cookieHeader(), 'content-type': contentType },
    });
    this.store(res);
    return res;
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'GET',
      url,
      headers: { cookie: this.cookieHeader(), ...headers },
    });
    this.store(res);
    return res;
  }

  /** Posts a form; the CSRF token of the last page is added unless `csrf: false`. */
  async post(
    url: string,
    form: Record<string, string | string[]>,
    opts: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    const token = csrfTokenIn(this.lastHtml);
    if (opts.csrf !== false && token) body.append('_csrf', token);
    for (const [k, v] of Object.entries(form)) {
      for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    }
    const res = await this.app.inject({
      method: 'POST',
      url,
      payload: body.toString(),
      headers: {
        cookie: this.cookieHeader(),
        'content-type': 'application/x-www-form-urlencoded',
        ...opts.headers,
      },
    });
    this.store(res);
    return res;
  }
}

export interface TestFile {
  field: string;
  name: string;
  type: string;
  data: Buffer;
}

/** Builds a multipart/form-data body, as a browser does for a form with files. */
export function multipartBody(fields: Record<string, string | string[]>, files: TestFile[]) {
  const boundary = `----ingang${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    for (const one of Array.isArray(v) ? v : [v]) {
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${one}\r\n`),
      );
    }
  }
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function csrfTokenIn(html: string): string | undefined {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
}

/** The text of the page's <h1>, tags stripped. */
export function h1(html: string): string | undefined {
  return /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .trim();
}
