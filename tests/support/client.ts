import type { App } from '../../server/app.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface ApiResponse<T = any> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
  /** The bytes as sent (downloads, spreadsheets). */
  raw: Buffer;
}

/**
 * A browser-like API client over app.inject: keeps cookies, sends the CSRF header on writes
 * and the chosen language. Each instance is one visitor.
 */
export class ApiClient {
  private cookies = new Map<string, string>();
  constructor(
    private readonly app: App,
    public locale: 'fa' | 'ar' | 'en' = 'en',
    private readonly ip = '127.0.0.1',
  ) {}

  get csrf() {
    return this.cookies.get('majma_csrf');
  }

  cookie(name: string) {
    return this.cookies.get(name);
  }

  async request<T = any>(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    if (method !== 'GET' && !this.csrf) await this.request('GET', '/api/session');
    const res = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      headers: {
        'accept-language': this.locale,
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...(method !== 'GET' && this.csrf ? { 'x-csrf-token': this.csrf } : {}),
        ...(body !== undefined && typeof body !== 'string' && !Buffer.isBuffer(body) ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      payload: body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
    });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() <= Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const type = String(res.headers['content-type'] ?? '');
    return { status: res.statusCode, headers: res.headers, body: (type.includes('json') ? res.json() : res.body) as T, raw: res.rawPayload };
  }

  get = <T = any>(url: string) => this.request<T>('GET', url);
  post = <T = any>(url: string, body?: unknown) => this.request<T>('POST', url, body ?? {});
  patch = <T = any>(url: string, body?: unknown) => this.request<T>('PATCH', url, body ?? {});
}
