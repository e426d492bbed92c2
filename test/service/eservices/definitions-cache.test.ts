/**
 * Translations added to a published version by another process (another web
 * node, the worker) reach this process's cached definition within
 * OVERLAY_FRESH_MS, and an unchanged overlay keeps the same definition object.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it, mock } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import { translationTable } from '../../../src/domain/builder/translations.ts';
import {
  cachedDefinition,
  OVERLAY_FRESH_MS,
  readableDefinition,
} from '../../../src/services/eservices/definitions-cache.ts';
import { createServices, type Services } from '../../../src/services/index.ts';
import { createTestDatabase } from '../../support/db.ts';
import { publishTiny } from '../../support/eservice-fixture.ts';

let services: Services;
let close: () => Promise<void>;
let m: string;
let versionId: string;

before(async () => {
  const db = await createTestDatabase();
  close = db.close;
  services = createServices(db, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }));
  m = (await services.municipalities.create({ slug: 'cacheby', name: 'Cacheby kommun' })).id;
  versionId = (await publishTiny(services, m)).versionId;
});
after(() => close());

describe('the readable definition of a published version', () => {
  it('sees a translation written elsewhere once its copy is old, and keeps the object when nothing changed', async () => {
    mock.timers.enable({ apis: ['Date'], now: Date.now() });
    try {
      const row = await services.db
        .selectFrom('e_service_version')
        .select(['status', 'definition'])
        .where('id', '=', versionId)
        .executeTakeFirstOrThrow();
      const read = () => readableDefinition(services.db, versionId, row.status, row.definition);
      const first = await read();
      const path = translationTable(first, 'so')[0]?.path;
      assert.ok(path);
      // Another process saves a Somali text: this one does not hear of it.
      await services.db
        .insertInto('version_translation')
        .values({
          version_id: versionId,
          municipality_id: m,
          lang: 'so',
          texts: JSON.stringify({ [path]: 'Magaca' }),
        })
        .execute();
      assert.equal(await read(), first, 'a fresh copy is used as it is');
      mock.timers.tick(OVERLAY_FRESH_MS + 1);
      assert.equal(cachedDefinition(versionId), undefined, 'an old copy is not handed out');
      const second = await read();
      assert.notEqual(second, first);
      assert.ok(JSON.stringify(second).includes('Magaca'));
      mock.timers.tick(OVERLAY_FRESH_MS + 1);
      assert.equal(await read(), second, 'read again, unchanged: the same object');
    } finally {
      mock.timers.reset();
    }
  });
});
