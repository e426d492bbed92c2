/** A staff member's browser on a resident's page: a clear page, not a server error, and the staff session stays. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import { TestClient } from '../support/http.ts';

let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

describe('a staff session on the resident side', () => {
  it('explains that an application needs logging out, and keeps the officer logged in', async () => {
    const c = new TestClient(t.app);
    await c.get('/demo/handlaggare/logga-in');
    const login = await c.post('/demo/handlaggare/logga-in', {
      username: 'anna',
      password: 'demo-handlaggare-2026',
    });
    assert.equal(login.statusCode, 303);
    const start = await c.post('/demo/e-tjanster/ansokan-om-specialkost/starta', {});
    assert.equal(start.statusCode, 409);
    assert.match(start.body, /Du är inloggad som handläggare/);
    assert.equal((await c.get('/demo/handlaggare/arenden')).statusCode, 200, 'still logged in as staff');
  });
});
