import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import { freePort } from '../support/app.ts';

const run = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', 'migrate'], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: 'memory://', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('start-up', () => {
  it('a bad environment variable stops start-up with a message naming it', () => {
    const r = run({ PORT: 'eighty' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Ingång cannot start/);
    assert.match(r.stderr, /PORT must be a whole number/);
  });

  it('production refuses the development identity provider and default secret', () => {
    const r = run({ NODE_ENV: 'production', DEV_IDP: 'true' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /SESSION_SECRET must be set/);
    assert.match(r.stderr, /DEV_IDP must be off/);
  });

  it('migrates the embedded database', () => {
    const r = run({});
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /migrated to the latest version/);
  });

  it('serves /healthz on the embedded database and shuts down gracefully on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', 'serve'], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: 'memory://', PORT: String(port), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let health: { database?: string } | undefined;
      for (let i = 0; i < 120 && !health; i++) {
        await new Promise((r) => setTimeout(r, 250));
        health = await fetch(`http://127.0.0.1:${port}/healthz`)
          .then((r) => r.json() as Promise<{ database?: string }>)
          .catch(() => undefined);
      }
      assert.equal(health?.database, 'pglite');
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      assert.equal(code, 0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
