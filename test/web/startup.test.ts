import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

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
});
