import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../support/app.ts';
import {
  PERSIAN_DEFINITION,
  publishWith,
  SOMALI_DEFINITION,
  SOMALI_ESERVICE,
} from '../support/content-language-fixture.ts';
import { h1, TestClient } from '../support/http.ts';

/**
 * The content language (src/web/citizen/content-language.ts): an e-service
 * offered in Somali is read in Somali, the site's own texts stay Swedish.
 */

let t: TestApp;
let municipalityId: string;

before(async () => {
  t = await startTestApp();
  const m = await t.services.municipalities.bySlug('demo');
  assert.ok(m);
  municipalityId = m.id;
  await publishWith(t.services, m.id, SOMALI_ESERVICE, SOMALI_DEFINITION);
  await publishWith(
    t.services,
    m.id,
    { ...SOMALI_ESERVICE, slug: 'persiska', offeredLanguages: ['sv', 'fa'] },
    PERSIAN_DEFINITION,
  );
});
after(() => t.close());

/** Starts the Somali e-service in Somali; returns the client and the draft's address. */
async function startInSomali(client = new TestClient(t.app)) {
  await client.get('/demo/e-tjanster/somali?lang=sv');
  const start = await client.get('/demo/e-tjanster/somali?innehall=so');
  assert.equal(start.statusCode, 200);
  const posted = await client.post('/demo/e-tjanster/somali/starta', {});
  assert.equal(posted.statusCode, 303);
  const draftUrl = String(posted.headers.location);
  return { client, draftUrl };
}

describe('content language', () => {
  it('the start page links every offered language; Somali shows the e-service in Somali, the site in Swedish', async () => {
    const c = new TestClient(t.app);
    await c.get('/demo/e-tjanster/somali?lang=sv');
    const sv = await c.get('/demo/e-tjanster/somali');
    assert.match(
      sv.body,
      /<a class="govuk-link" href="\/demo\/e-tjanster\/somali\?innehall=so" hreflang="so">/,
    );
    assert.match(sv.body, /href="\/demo\/e-tjanster\/somali\?lang=en&amp;innehall=en"/);
    assert.equal(h1(sv.body), 'Ansökan om stöd');

    const so = await c.get('/demo/e-tjanster/somali?innehall=so');
    assert.equal(so.statusCode, 200);
    assert.equal(c.cookies.get('ingang_innehall'), 'so');
    assert.match(so.body, /<html lang="sv"/);
    assert.match(
      so.body,
      /<h1 class="govuk-heading-xl"><span lang="so" dir="ltr">Codsiga taageerada<\/span><\/h1>/,
    );
    assert.match(so.body, /<span lang="so" dir="ltr">Halkan ka codso taageero.<\/span>/);
    assert.match(so.body, /<span lang="so" dir="ltr">Danta guud<\/span>/);
    // A personal-data text without Somali is Swedish, the page's language: unmarked.
    assert.match(so.body, /<dd class="govuk-summary-list__value">Kommunen<\/dd>/);
    // The site's own texts stay Swedish; Somali is now the chosen one.
    assert.match(so.body, /Rättslig grund/);
    assert.match(so.body, /Starta nu|Starta/);
    assert.match(so.body, /<span lang="so" dir="ltr">Soomaali<\/span> \(valt\)/);
    // Not every text is in Somali: the start page says so.
    assert.match(so.body, /govuk-inset-text/);
  });

  it('steps show Somali texts marked lang="so", Swedish interface, and a missing text in Swedish', async () => {
    const { client, draftUrl } = await startInSomali();
    const first = await client.get(draftUrl);
    const step = await client.get(String(first.headers.location));
    assert.equal(step.statusCode, 200);
    const b = step.body;
    assert.match(b, /<html lang="sv"/);
    assert.match(b, /<h1 class="govuk-heading-l"><span lang="so" dir="ltr">Adiga ku saabsan<\/span><\/h1>/);
    assert.match(b, /<span lang="so" dir="ltr">Ka jawaab su’aalaha.<\/span>/);
    assert.match(b, /<span lang="so" dir="ltr">Magaca<\/span>/);
    assert.match(b, /<span lang="so" dir="ltr">Sida baasaboorka<\/span>/);
    assert.match(b, /<span lang="so" dir="ltr">Waxaan u baahanahay magacaaga.<\/span>/);
    assert.match(b, /<span lang="so" dir="ltr">Casaan<\/span>/);
    // The step indicator's titles too.
    assert.match(b, /ingang-steps__title"><span lang="so" dir="ltr">Adiga ku saabsan<\/span>/);
    // The missing Somali label: Swedish, the page's language, so unmarked.
    assert.match(b, /Övrigt att säga/);
    assert.doesNotMatch(b, /lang="so" dir="ltr">Övrigt/);
    // The interface: Swedish.
    assert.match(b, /Fortsätt/);
    assert.match(b, /\(valfritt\)/);
    assert.match(b, /<title>Adiga ku saabsan – Codsiga taageerada/);
  });

  it('with English as interface language, the Swedish fallback is marked lang="sv"', async () => {
    const c = new TestClient(t.app);
    await c.get('/demo/e-tjanster/somali?lang=en');
    await c.get('/demo/e-tjanster/somali?innehall=so');
    const posted = await c.post('/demo/e-tjanster/somali/starta', {});
    const draftUrl = String(posted.headers.location);
    const step = await c.get(`${draftUrl}/steg/adeeg`);
    assert.match(step.body, /<html lang="en"/);
    assert.match(step.body, /<span lang="sv" dir="ltr">Övrigt att säga<\/span>/);
    assert.match(step.body, /<span lang="so" dir="ltr">Magaca<\/span>/);
    assert.match(step.body, /Continue/);
  });

  it('keeps Somali through errors, steps, the check page and submit', async () => {
    const { client, draftUrl } = await startInSomali();
    // The developer's own error message is in Somali.
    const bad = await client.post(`${draftUrl}/steg/adeeg`, { 'q.name': 'x1', 'q.colour': 'red' });
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /Xarfo keliya/);
    assert.match(bad.body, /Det finns ett problem|Det gick inte/);
    const ok = await client.post(`${draftUrl}/steg/adeeg`, { 'q.name': 'Asha', 'q.colour': 'blue' });
    assert.equal(ok.statusCode, 303);
    const second = await client.get(String(ok.headers.location));
    assert.match(second.body, /<span lang="so" dir="ltr">Tirada carruurta<\/span>/);
    assert.match(second.body, /<span lang="so">qof<\/span>|<span lang="so" dir="ltr">qof<\/span>/);
    assert.match(second.body, /<p class="govuk-body ingang-preserve-lines" lang="so" dir="ltr">Waan kula/);
    const done = await client.post(`${draftUrl}/steg/tirada`, { 'q.children': '2' });
    assert.equal(done.statusCode, 303);
    assert.match(String(done.headers.location), /kontrollera$/);

    const check = await client.get(`${draftUrl}/kontrollera`);
    const b = check.body;
    assert.match(b, /<h1 class="govuk-heading-l">Kontrollera dina svar<\/h1>/);
    assert.match(b, /<h2 class="govuk-summary-card__title" lang="so" dir="ltr">Adiga ku saabsan<\/h2>/);
    assert.match(b, /<dt class="govuk-summary-list__key"><span lang="so" dir="ltr">Magaca<\/span><\/dt>/);
    // The chosen option's label is Somali, and marked.
    assert.match(b, /<div lang="so" dir="ltr"><bdi[^>]*>Buluug<\/bdi><\/div>/);
    // "Ändra" is Swedish; what it changes, Somali.
    assert.match(
      b,
      /Ändra<span class="govuk-visually-hidden"> <span lang="so" dir="ltr">Magaca<\/span><\/span>/,
    );

    const sent = await client.post(`${draftUrl}/skicka`, {});
    assert.equal(sent.statusCode, 303);
    const receiptUrl = String(sent.headers.location);
    const receipt = await client.get(receiptUrl);
    assert.equal(receipt.statusCode, 200);
    assert.match(receipt.body, /<title>Ansökan skickad – Codsiga taageerada|<title>[^<]*Codsiga taageerada/);
  });

  it('every page of the application says which language, with a way back to Swedish', async () => {
    const { client, draftUrl } = await startInSomali();
    const step = await client.get(`${draftUrl}/steg/adeeg`);
    assert.match(step.body, /visas på <span lang="so" dir="ltr">Soomaali<\/span>/);
    const back = `${draftUrl}/steg/adeeg?innehall=sv`;
    assert.ok(step.body.includes(`href="${back}" hreflang="sv">Visa e-tjänsten på svenska</a>`));
    const check = await client.get(`${draftUrl}/kontrollera`);
    assert.ok(check.body.includes(`href="${draftUrl}/kontrollera?innehall=sv"`));
    const sv = await client.get(back);
    assert.equal(client.cookies.get('ingang_innehall'), undefined);
    assert.match(sv.body, /<h1 class="govuk-heading-l">Om dig<\/h1>/);
    assert.doesNotMatch(sv.body, /Visa e-tjänsten på svenska/);
    assert.match((await client.get(`${draftUrl}/kontrollera`)).body, /Om dig/);
  });

  it('a language the e-service is not offered in, or a malformed one, is ignored', async () => {
    const c = new TestClient(t.app);
    await c.get('/demo/e-tjanster/somali?lang=sv');
    for (const asked of ['fa', 'de', 'xx-evil', '"><script>']) {
      const res = await c.get(`/demo/e-tjanster/somali?innehall=${encodeURIComponent(asked)}`);
      assert.equal(res.statusCode, 200);
      assert.equal(h1(res.body), 'Ansökan om stöd');
      assert.equal(c.cookies.get('ingang_innehall'), undefined);
    }
    // A cookie set by hand for a language this e-service lacks is ignored too.
    c.cookies.set('ingang_innehall', 'fa');
    assert.equal(h1((await c.get('/demo/e-tjanster/somali')).body), 'Ansökan om stöd');
  });

  it('picking an interface language ends the content language', async () => {
    const c = new TestClient(t.app);
    await c.get('/demo/e-tjanster/somali?lang=sv');
    await c.get('/demo/e-tjanster/somali?innehall=so');
    assert.equal(c.cookies.get('ingang_innehall'), 'so');
    const switched = await c.get('/demo/e-tjanster/somali?lang=en&innehall=en');
    assert.equal(switched.statusCode, 303);
    const en = await c.get(String(switched.headers.location));
    assert.equal(c.cookies.get('ingang_innehall'), undefined);
    assert.match(en.body, /<html lang="en"/);
    // No English name: the Swedish one, marked.
    assert.match(en.body, /<span lang="sv" dir="ltr">Ansökan om stöd<\/span>/);
  });

  it('Persian content is marked dir="rtl" on a Swedish page', async () => {
    const c = new TestClient(t.app);
    await c.get('/demo/e-tjanster/persiska?lang=sv');
    const start = await c.get('/demo/e-tjanster/persiska?innehall=fa');
    assert.match(start.body, /<span lang="fa" dir="rtl">درخواست کمک<\/span>/);
    const posted = await c.post('/demo/e-tjanster/persiska/starta', {});
    const draftUrl = String(posted.headers.location);
    const step = await c.get(`${draftUrl}/steg/yek`);
    assert.match(step.body, /<html lang="sv"/);
    assert.match(step.body, /<span lang="fa" dir="rtl">مرحله یک<\/span>/);
    assert.match(step.body, /<span lang="fa" dir="rtl">نام<\/span>/);
    // An engine error names the Persian label isolated inside the Swedish sentence.
    const bad = await c.post(`${draftUrl}/steg/yek`, {});
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, /\u2068نام\u2069/);
    assert.ok(municipalityId);
  });
});
