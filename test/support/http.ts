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

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader(), ...headers } });
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

export function csrfTokenIn(html: string): string | undefined {
  return /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
}

/** The text of the page's <h1>, tags stripped. */
export function h1(html: string): string | undefined {
  return /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '').trim();
}
