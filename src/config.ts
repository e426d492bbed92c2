/**
 * Environment -> typed configuration, validated once at start.
 * Every variable is documented in `.env.example`; a bad value stops start-up
 * with a message that names the variable.
 */

export const DEFAULT_SECRET = 'development-only-secret-change-me-0000000000';

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  databaseUrl: string | undefined;
  /** Folder of the embedded PGlite database, or `memory://` for a throw-away one. */
  dataDir: string;
  filesDir: string;
  sessionSecret: string;
  sessionIdleMinutes: number;
  devIdp: boolean;
  residentOidc: { issuer: string; clientId: string; clientSecret: string; name: string } | undefined;
  loginMaxAttempts: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seedDemo: boolean;
  trustProxy: boolean;
  /** Outgoing e-mail (issue 6). No SMTP_URL: written to the log outside production, refused in it. */
  mail: { smtpUrl: string | undefined; from: string };
  /** Outgoing SMS through one provider; 'log' writes them to the log (development). */
  sms: {
    provider: 'none' | 'log' | '46elks';
    from: string;
    elks: { url: string; username: string; password: string } | undefined;
  };
  /** The outbox worker: inside `serve` unless WORKER_IN_PROCESS=false (then run `npm run worker`). */
  worker: {
    inProcess: boolean;
    batchSize: number;
    concurrency: number;
    leaseSeconds: number;
    pollMs: number;
  };
}

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  private readonly env: Env;
  constructor(env: Env) {
    this.env = env;
  }

  raw(name: string): string | undefined {
    const v = this.env[name];
    return v === undefined || v.trim() === '' ? undefined : v.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < min || n > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${v}")`);
      return fallback;
    }
    return n;
  }

  bool(name: string, fallback: boolean): boolean {
    const v = this.raw(name)?.toLowerCase();
    if (v === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(v)) return true;
    if (['0', 'false', 'no', 'off'].includes(v)) return false;
    this.problems.push(`${name} must be true or false (got "${v}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, values: readonly T[], fallback: T): T {
    const v = this.raw(name);
    if (v === undefined) return fallback;
    if ((values as readonly string[]).includes(v)) return v as T;
    this.problems.push(`${name} must be one of ${values.join(', ')} (got "${v}")`);
    return fallback;
  }

  url(name: string, protocols: string[]): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    try {
      const u = new URL(v);
      if (!protocols.includes(u.protocol)) throw new Error('protocol');
      return v;
    } catch {
      this.problems.push(`${name} must be a URL starting with ${protocols.join(' or ')}`);
      return undefined;
    }
  }
}

export function loadConfig(env: Env = process.env): Config {
  const r = new Reader(env);
  const nodeEnv = r.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const production = nodeEnv === 'production';
  const host = r.string('HOST', '127.0.0.1');
  const port = r.int('PORT', 3000, 0, 65535);
  const publicUrl = (r.url('PUBLIC_URL', ['http:', 'https:']) ?? `http://${host}:${port}`).replace(/\/$/, '');
  const databaseUrl = r.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const dataDir = r.string('DATA_DIR', './data');
  const sessionSecret = r.string('SESSION_SECRET', DEFAULT_SECRET);
  if (sessionSecret.length < 32) {
    r.problems.push('SESSION_SECRET must be at least 32 characters long');
  }
  const devIdp = r.bool('DEV_IDP', !production);

  const issuer = r.url('OIDC_ISSUER', ['https:', 'http:']);
  const clientId = r.raw('OIDC_CLIENT_ID');
  const clientSecret = r.raw('OIDC_CLIENT_SECRET');
  let residentOidc: Config['residentOidc'];
  if (issuer || clientId || clientSecret) {
    if (!issuer) r.problems.push('OIDC_ISSUER is required when OIDC_CLIENT_ID is set');
    if (!clientId) r.problems.push('OIDC_CLIENT_ID is required when OIDC_ISSUER is set');
    if (!clientSecret) r.problems.push('OIDC_CLIENT_SECRET is required when OIDC_ISSUER is set');
    if (issuer && clientId && clientSecret) {
      residentOidc = { issuer, clientId, clientSecret, name: r.string('OIDC_NAME', 'E-legitimation') };
    }
  }

  const config: Config = {
    env: nodeEnv,
    host,
    port,
    publicUrl,
    databaseUrl,
    dataDir,
    filesDir: r.string('FILES_DIR', `${dataDir === 'memory://' ? '/tmp/ingang-files' : dataDir}/files`),
    sessionSecret,
    sessionIdleMinutes: r.int('SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    devIdp,
    residentOidc,
    loginMaxAttempts: r.int('LOGIN_MAX_ATTEMPTS', 10, 1, 1000),
    logLevel: r.oneOf(
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
      nodeEnv === 'test' ? 'silent' : 'info',
    ),
    seedDemo: r.bool('SEED_DEMO', !databaseUrl && !production),
    trustProxy: r.bool('TRUST_PROXY', false),
    ...messagingConfig(r, production),
  };

  if (production) {
    if (sessionSecret === DEFAULT_SECRET) {
      r.problems.push('SESSION_SECRET must be set to your own secret when NODE_ENV=production');
    }
    if (devIdp) {
      r.problems.push(
        'DEV_IDP must be off when NODE_ENV=production: the development identity provider is a test service',
      );
    }
    if (config.seedDemo) r.problems.push('SEED_DEMO must be off when NODE_ENV=production');
  }

  if (r.problems.length > 0) throw new ConfigError(r.problems);
  return config;
}

/** E-mail, SMS and the outbox worker (issue 6). */
function messagingConfig(r: Reader, production: boolean): Pick<Config, 'mail' | 'sms' | 'worker'> {
  const smtpUrl = r.url('SMTP_URL', ['smtp:', 'smtps:']);
  const from = r.string('MAIL_FROM', 'Ingång <no-reply@localhost>');
  if (production && smtpUrl && from.includes('@localhost')) {
    r.problems.push('MAIL_FROM must be set to your own sender address when NODE_ENV=production');
  }
  const provider = r.oneOf('SMS_PROVIDER', ['none', 'log', '46elks'] as const, production ? 'none' : 'log');
  if (production && provider === 'log')
    r.problems.push('SMS_PROVIDER=log only writes to the log: not in production');
  const smsFrom = r.string('SMS_FROM', 'Ingang');
  if (!/^(\+[1-9]\d{6,14}|[A-Za-z][A-Za-z0-9]{1,10})$/.test(smsFrom)) {
    r.problems.push(
      'SMS_FROM must be a phone number in E.164 form or 2–11 letters and digits starting with a letter',
    );
  }
  let elks: Config['sms']['elks'];
  if (provider === '46elks') {
    const username = r.raw('ELKS_API_USERNAME');
    const password = r.raw('ELKS_API_PASSWORD');
    if (!username || !password)
      r.problems.push('ELKS_API_USERNAME and ELKS_API_PASSWORD are required when SMS_PROVIDER=46elks');
    const url = (r.url('ELKS_API_URL', ['https:', 'http:']) ?? 'https://api.46elks.com/a1').replace(
      /\/$/,
      '',
    );
    elks = { url, username: username ?? '', password: password ?? '' };
  }
  return {
    mail: { smtpUrl, from },
    sms: { provider, from: smsFrom, elks },
    worker: {
      inProcess: r.bool('WORKER_IN_PROCESS', true),
      batchSize: r.int('OUTBOX_BATCH_SIZE', 20, 1, 1000),
      concurrency: r.int('OUTBOX_CONCURRENCY', 5, 1, 100),
      leaseSeconds: r.int('OUTBOX_LEASE_SECONDS', 300, 1, 86_400),
      pollMs: r.int('OUTBOX_POLL_MS', 1000, 10, 600_000),
    },
  };
}
