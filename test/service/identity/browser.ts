/**
 * Just enough of a browser to walk an OpenID Connect login with fetch: a
 * cookie jar (one host, so cookie paths are ignored) and redirects followed
 * by hand until they leave for the relying party's callback.
 */
export class TestBrowser {
  readonly #cookies = new Map<string, string>();
  readonly #callbackPrefix: string;

  constructor(callbackUrl: string) {
    this.#callbackPrefix = callbackUrl;
  }

  #store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => {
        const [k = '', v = ''] = a.trim().split('=');
        if (k.toLowerCase() === 'max-age') return Number(v) <= 0;
        if (k.toLowerCase() === 'expires') return Date.parse(v) <= Date.now();
        return false;
      });
      if (expired || value === '') this.#cookies.delete(name);
      else this.#cookies.set(name, value);
    }
  }

  async #request(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.#cookies.size > 0) {
      headers.set('cookie', [...this.#cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.#store(res);
    return res;
  }

  get(url: string): Promise<Response> {
    return this.#request(url);
  }

  post(url: string, fields: Record<string, string>): Promise<Response> {
    return this.#request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /**
   * Follows redirects from `res` (or a GET of a URL). Ends at a page (the
   * response, with its URL) or at our callback (its URL, not fetched).
   */
  async follow(
    start: string | Response,
    from?: string,
  ): Promise<{ page: Response; url: string } | { callback: URL }> {
    let url = typeof start === 'string' ? start : (from ?? '');
    let res = typeof start === 'string' ? await this.get(start) : start;
    for (let hops = 0; hops < 10; hops++) {
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { page: res, url };
      url = new URL(location, url).href;
      if (url.startsWith(this.#callbackPrefix)) return { callback: new URL(url) };
      res = await this.get(url);
    }
    throw new Error('too many redirects');
  }
}

/** The action of the first form with this method whose action matches. */
export function formAction(
  html: string,
  method: 'get' | 'post',
  actionPattern: RegExp,
  base: string,
): string {
  for (const m of html.matchAll(/<form method="(get|post)" action="([^"]+)"/g)) {
    const action = (m[2] ?? '').replaceAll('&amp;', '&');
    if (m[1] === method && actionPattern.test(action)) return new URL(action, base).href;
  }
  throw new Error(`no ${method} form matching ${actionPattern}`);
}
