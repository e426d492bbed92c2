/**
 * Logging in as a staff member, the one way every test does it: by the
 * login page in Chromium (loginStaffPage) or by posting the login form with a
 * TestClient (loginStaff). Demo accounts: utvecklare / demo-utvecklare-2026,
 * admin / demo-admin-2026, anna and erik / demo-handlaggare-2026.
 */
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { TestClient } from './http.ts';

/** Logs in on the Swedish login page and waits for the staff start page. */
export async function loginStaffPage(
  page: Page,
  baseUrl: string,
  username: string,
  password: string,
  kommun = 'demo',
): Promise<void> {
  await page.goto(`${baseUrl}/${kommun}/handlaggare/logga-in?lang=sv`);
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).last().click();
  await page.waitForURL(new RegExp(`/${kommun}/handlaggare$`));
}

/**
 * Logs in with a TestClient (a new one unless given) and returns it; fails
 * unless the login answers 303.
 */
export async function loginStaff(
  app: FastifyInstance,
  username: string,
  password: string,
  kommun = 'demo',
  client: TestClient = new TestClient(app),
): Promise<TestClient> {
  await client.get(`/${kommun}/handlaggare/logga-in`);
  const res = await client.post(`/${kommun}/handlaggare/logga-in`, { username, password });
  assert.equal(res.statusCode, 303);
  return client;
}
