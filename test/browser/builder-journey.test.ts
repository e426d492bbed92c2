/**
 * Issue 7's journey in Chromium: an e-service developer builds "Ansökan om
 * modersmålsundervisning" from nothing — three steps, a conditional
 * follow-up, a file upload, Swedish and Arabic texts — by keyboard alone,
 * publishes it and tries it; a resident applies in Arabic; the developer
 * makes version 2 with one more question and publishes it; a second resident
 * applies; the officer sees each case with its own version. axe-core checks
 * every builder page on the way.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app.ts';
import { expectAccessible, launchBrowser, skipUnlessBrowser, type TestBrowser } from '../support/browser.ts';
import {
  activate,
  chooseOption,
  chooseRadio,
  pressAndWaitForPage,
  setCheckbox,
  tabTo,
  typeInto,
} from '../support/keyboard.ts';
import { text } from './pages/journey.ts';
import { certificatePdf } from './pages/specialkost.ts';

const skip = skipUnlessBrowser();
let t: TestApp;
/** The developer's browser; residents and the officer use browsers of their own. */
let browser: TestBrowser;
let residents: TestBrowser;
let officers: TestBrowser;
let demoId: string;

const SLUG = 'modersmalsundervisning';
const NAME = 'Ansökan om modersmålsundervisning';
/** Long pages (the e-service form, the structure page) have many stops. */
const FAR = { max: 250 };

/** The Arabic of every Swedish text the developer writes. */
const ARABIC: Record<string, string> = {
  [NAME]: 'طلب تعليم اللغة الأم',
  'Förskola och skola': 'الروضة والمدرسة',
  'Här ansöker du om modersmålsundervisning för ditt barn.': 'هنا تتقدم بطلب تعليم اللغة الأم لطفلك.',
  Barnet: 'الطفل',
  'Barnets namn': 'اسم الطفل',
  'Barnets personnummer': 'الرقم الشخصي للطفل',
  Språket: 'اللغة',
  'Vilket modersmål har barnet?': 'ما هي اللغة الأم للطفل؟',
  Arabiska: 'العربية',
  Somaliska: 'الصومالية',
  'Annat språk': 'لغة أخرى',
  'Vilket annat språk?': 'ما هي اللغة الأخرى؟',
  Intyg: 'الشهادة',
  'Intyg från skolan (frivilligt)': 'شهادة من المدرسة (اختياري)',
  'Vårdnadshavarens telefonnummer': 'رقم هاتف ولي الأمر',
  'Namn och personnummer på barnet, språk.': 'اسم الطفل ورقمه الشخصي واللغة.',
  'Att ordna modersmålsundervisning.': 'لتنظيم تعليم اللغة الأم.',
  'Skollagen 10 kap. 7 §.': 'قانون التعليم، الفصل 10، المادة 7.',
  'Ett år efter avslutad undervisning.': 'سنة واحدة بعد انتهاء التعليم.',
  'Barn- och utbildningsnämnden': 'لجنة الأطفال والتعليم',
  'Du kan klaga hos IMY.': 'يمكنك تقديم شكوى إلى هيئة حماية الخصوصية.',
};
const arabic = (sv: string) => ARABIC[sv] ?? `ترجمة: ${sv}`;

before(async () => {
  if (skip) return;
  t = await startTestApp({ listen: true });
  browser = await launchBrowser();
  residents = await launchBrowser();
  officers = await launchBrowser();
  const demo = await t.services.municipalities.bySlug('demo');
  assert.ok(demo);
  demoId = demo.id;
});
after(async () => {
  if (skip) return;
  await Promise.all([browser.close(), residents.close(), officers.close()]);
  await t.close();
});

async function eService() {
  const e = await t.services.eServices.bySlug(demoId, SLUG);
  assert.ok(e, 'the e-service exists');
  return e;
}

async function draftVersion() {
  const e = await eService();
  const versions = await t.services.builderVersions.versionsWithCaseCounts(demoId, e.id);
  const d = versions.find((v) => v.status === 'draft');
  assert.ok(d, 'a draft version exists');
  const v = await t.services.builderVersions.getVersion(demoId, e.id, d.id);
  assert.ok(v);
  return v;
}

/** Tabs to a button or link and presses Enter; waits for the page; checks it with axe. */
async function go(page: Page, target: Locator | string | RegExp, what: string, options = FAR) {
  await activate(page, target, options);
  await expectAccessible(page, what);
}

async function type(page: Page, target: Locator | string | RegExp, value: string) {
  await typeInto(page, target, value, FAR);
}

async function loginAsDeveloper(page: Page) {
  await page.goto(`${t.url}/demo/handlaggare/logga-in?lang=sv`);
  await type(page, page.getByLabel('Användarnamn'), 'utvecklare');
  await type(page, page.getByLabel('Lösenord'), 'demo-utvecklare-2026');
  await activate(page, page.getByRole('button', { name: 'Logga in' }).last());
  await page.waitForURL(/\/demo\/handlaggare$/);
}

/** On the e-service page: to a page of one version (Redigera / Visa / Översätt / Prova), by its link. */
async function versionLink(page: Page, key: Parameters<typeof text>[0], number: number) {
  await go(page, page.getByRole('link', { name: text(key, { number }) }), `${key} ${number}`);
}

async function backToEService(page: Page) {
  await go(page, page.getByRole('link', { name: /Tillbaka till e-tjänsten/ }).first(), 'e-service page');
}

/** On the structure page: adds a question of a type to a step and lands on its settings. */
async function addQuestion(page: Page, stepName: string, type: string, label: string) {
  await go(page, `Lägg till fråga steget ${stepName}`, 'add question');
  await typeInto(page, page.getByLabel('Frågan på svenska'), label);
  await chooseRadio(page, page.getByRole('radio'), new RegExp(`^${type}`));
  await go(page, text('builderEd.newQuestion.create'), 'question settings');
}

/** On the structure page: a new step with a title. */
async function addStep(page: Page, title: string) {
  await go(page, text('builderEd.structure.addStep'), 'new step');
  await type(page, page.getByLabel('Stegets rubrik på svenska'), title);
  await go(page, page.getByRole('button', { name: text('builderEd.stepPage.create') }), 'step added');
}

/** On a question's page: "Frågan måste besvaras" ticked or not. */
async function setRequired(page: Page, required: boolean) {
  await setCheckbox(
    page,
    page.getByRole('checkbox', { name: text('builderEd.field.required') }),
    required,
    FAR,
  );
}

async function saveQuestion(page: Page) {
  await go(
    page,
    page.getByRole('button', { name: text('builderEd.question.save') }).last(),
    'question saved',
  );
  assert.equal(await page.locator('.govuk-error-summary').count(), 0, 'the question saved without errors');
}

/** Back to the structure page from a question's pages (saving a question already leads there). */
async function toStructure(page: Page) {
  // The conditions page leads back to its question, the question to the structure.
  for (let i = 0; i < 2 && new URL(page.url()).pathname.includes('/fragor/'); i++) {
    await go(page, page.getByRole('link', { name: /Tillbaka/ }).first(), 'back');
  }
}

/** The translation page: writes the Arabic of every text and saves. */
async function translateToArabic(page: Page) {
  const fields = page.locator('[name^="t."]');
  const n = await fields.count();
  assert.ok(n > 0, 'the translation page lists the texts');
  for (let i = 0; i < n; i++) {
    const field = fields.nth(i);
    if ((await field.inputValue()) !== '') continue;
    const label = (await page.locator(`label[for="${await field.getAttribute('id')}"]`).innerText()).trim();
    const sv = label.replace(/^.*?av: /s, '').trim();
    await type(page, field, arabic(sv));
  }
  await go(page, page.getByRole('button', { name: text('builderTr.save') }), 'translation saved');
  assert.equal(await page.locator('.govuk-error-summary').count(), 0);
}

async function checkAndPublish(page: Page, number: number) {
  await go(page, page.getByRole('button', { name: new RegExp(`^Kontrollera version ${number}`) }), 'checked');
  const banner = (await page.locator('.govuk-notification-banner').innerText()).trim();
  assert.match(banner, /Inga problem|inga problem/, `the check finds nothing: ${banner}`);
  await go(page, page.getByRole('button', { name: new RegExp(`^Publicera version ${number}`) }), 'published');
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /publicerad/i);
}

describe('building an e-service from nothing, by keyboard, in Swedish and Arabic', { skip }, () => {
  it('builds, publishes, tries; a resident applies in Arabic; version 2; both cases keep their versions', async () => {
    const page = await browser.newPage();
    await loginAsDeveloper(page);

    // 1. Create the e-service.
    await go(page, page.getByRole('link', { name: text('staff.nav.builder') }), 'builder list');
    await go(page, page.getByRole('link', { name: 'Skapa e-tjänst' }), 'create');
    const fields: [string, string][] = [
      ['#slug', SLUG],
      ['#nameSv', NAME],
      ['#categorySv', 'Förskola och skola'],
      ['#descriptionSv', 'Här ansöker du om modersmålsundervisning för ditt barn.'],
      ['#contactEmail', 'modersmal@demo.kommun.example'],
      ['#dataProcessedSv', 'Namn och personnummer på barnet, språk.'],
      ['#purposeSv', 'Att ordna modersmålsundervisning.'],
      ['#legalBasisSv', 'Skollagen 10 kap. 7 §.'],
      ['#retentionSv', 'Ett år efter avslutad undervisning.'],
      ['#controllerSv', 'Barn- och utbildningsnämnden'],
      ['#complaintSv', 'Du kan klaga hos IMY.'],
    ];
    for (const [selector, value] of fields) await type(page, page.locator(selector), value);
    // Residents may apply without logging in (and log in to follow the case).
    await chooseRadio(page, page.locator('[name="loginRequirement"]'), text('builder.login.optional'), FAR);
    await go(page, page.getByRole('button', { name: 'Skapa e-tjänsten' }), 'created');
    assert.match(page.url(), /klart=created/);

    // 2. Offered in Arabic; Anna handles it.
    await go(page, page.getByRole('link', { name: text('builder.section.languages') }), 'languages');
    await setCheckbox(page, page.getByRole('checkbox', { name: /arabiska/ }), true, FAR);
    await go(page, page.getByRole('button', { name: 'Spara språken' }), 'languages saved');
    await backToEService(page);
    // The e-service's own texts in Arabic, beside the Swedish.
    for (const [selector, sv] of fields) {
      const ar = selector.replace(/Sv$/, 'Ar');
      if (ar !== selector) await type(page, page.locator(ar), arabic(sv));
    }
    assert.equal(await page.locator('#nameAr').getAttribute('dir'), 'rtl');
    await go(page, page.getByRole('button', { name: text('builder.page.save') }), 'e-service texts saved');
    assert.equal(await page.locator('.govuk-error-summary').count(), 0);
    // The start page as residents will see it, in Arabic, before anything is published.
    await go(page, page.getByRole('link', { name: text('builder.action.preview') }), 'preview');
    await go(page, page.getByRole('link', { name: 'العربية' }).first(), 'preview ar');
    assert.match(await page.locator('h1').innerText(), new RegExp(arabic(NAME)));
    await go(page, page.getByRole('link', { name: 'Svenska' }).first(), 'preview sv');
    await go(page, page.getByRole('link', { name: text('eservice.preview.back') }), 'back from the preview');
    await go(page, page.getByRole('link', { name: text('builder.section.officers') }), 'officers');
    await chooseOption(page, page.locator('#userId'), /^Anna/, FAR);
    await go(page, page.getByRole('button', { name: 'Lägg till personen' }), 'officer added');
    await backToEService(page);

    // 3. Steps and questions of version 1.
    await versionLink(page, 'builder.action.edit', 1);
    let v = await draftVersion();
    const firstStep = v.definition.steps[0];
    const firstQuestion = firstStep?.questions[0];
    assert.ok(firstStep && firstQuestion);
    // Step 1: "Barnet", its starter question becomes the child's name.
    await go(page, page.getByRole('link', { name: `Ändra steget ${firstStep.title.sv}` }), 'edit step');
    await type(page, page.getByLabel('Stegets rubrik på svenska'), 'Barnet');
    await go(page, page.getByRole('button', { name: text('builderEd.stepPage.save') }), 'step saved');
    await go(page, page.getByRole('link', { name: `Ändra frågan ${firstQuestion.label.sv}` }), 'question');
    await type(page, page.locator('#label'), 'Barnets namn');
    await type(page, page.locator('#key'), 'childName');
    await setRequired(page, true);
    await saveQuestion(page);
    await toStructure(page);
    await addQuestion(page, 'Barnet', 'Personnummer', 'Barnets personnummer');
    await setRequired(page, true);
    await saveQuestion(page);
    await toStructure(page);

    // Step 2: "Språket": the mother tongue, and a follow-up shown only for "Annat språk".
    await addStep(page, 'Språket');
    await addQuestion(page, 'Språket', 'Ett val', 'Vilket modersmål har barnet?');
    await type(page, page.locator('#key'), 'language');
    await setRequired(page, true);
    const options: [string, string][] = [
      ['arabiska', 'Arabiska'],
      ['somaliska', 'Somaliska'],
    ];
    for (const [i, [value, label]] of options.entries()) {
      await type(page, page.locator(`#options-${i}-value`), value);
      await type(page, page.locator(`#options-${i}-label`), label);
    }
    await go(
      page,
      page.getByRole('button', { name: /Lägg till ett alternativ|Lägg till alternativ/ }),
      'option row',
    );
    await type(page, page.locator('#options-2-value'), 'annat');
    await type(page, page.locator('#options-2-label'), 'Annat språk');
    await saveQuestion(page);
    await toStructure(page);
    // The step's starter question ("Ny fråga") becomes the follow-up, after the choice.
    v = await draftVersion();
    const languageStep = v.definition.steps.find((s) => s.title.sv === 'Språket');
    const starter = languageStep?.questions.find((q) => q.label.sv !== 'Vilket modersmål har barnet?');
    assert.ok(languageStep && starter);
    await tabTo(page, page.getByRole('button', { name: `Flytta ned frågan ${starter.label.sv}` }), FAR);
    await pressAndWaitForPage(page, 'Enter');
    await go(
      page,
      page.getByRole('link', { name: `Ändra frågan ${starter.label.sv}` }),
      'follow-up question',
    );
    await type(page, page.locator('#label'), 'Vilket annat språk?');
    await type(page, page.locator('#key'), 'otherLanguage');
    await setRequired(page, true);
    await saveQuestion(page);
    await go(page, 'Ändra frågan Vilket annat språk?', 'follow-up question');
    await go(page, page.getByRole('link', { name: text('builderEd.question.conditionsLink') }), 'conditions');
    await go(page, page.locator('button[name="action"][value="addRow:visible"]'), 'condition row');
    await chooseOption(page, page.locator('#visible-key-0'), /Vilket modersmål har barnet\?/, FAR);
    await go(page, page.getByRole('button', { name: text('builderCond.refresh') }), 'condition values');
    await chooseOption(page, page.locator('#visible-op-0'), text('builderCond.op.equals'), FAR);
    await chooseOption(page, page.locator('#visible-value-0'), 'Annat språk', FAR);
    await go(page, page.getByRole('button', { name: text('builderCond.save') }).last(), 'conditions saved');
    assert.equal(await page.locator('.govuk-error-summary').count(), 0);
    v = await draftVersion();
    const followUp = v.definition.steps.flatMap((s) => s.questions).find((q) => q.key === 'otherLanguage');
    assert.deepEqual(followUp?.visibleWhen, { '==': [{ var: 'language' }, 'annat'] });
    await toStructure(page);

    // Step 3: "Intyg": a file upload; its starter question goes.
    await addStep(page, 'Intyg');
    await addQuestion(page, 'Intyg', 'Fil', 'Intyg från skolan (frivilligt)');
    await type(page, page.locator('#key'), 'certificate');
    await setRequired(page, false);
    await saveQuestion(page);
    await toStructure(page);
    v = await draftVersion();
    const fileStep = v.definition.steps.find((s) => s.title.sv === 'Intyg');
    const fileStarter = fileStep?.questions.find((q) => q.type !== 'file');
    assert.ok(fileStarter);
    await go(
      page,
      page.getByRole('link', { name: `Ta bort frågan ${fileStarter.label.sv}` }),
      'delete question',
    );
    await go(page, text('builderEd.delete.confirm'), 'question deleted');

    v = await draftVersion();
    assert.deepEqual(
      v.definition.steps.map((s) => [s.title.sv, s.questions.map((q) => q.type)]),
      [
        ['Barnet', ['text', 'personnummer']],
        ['Språket', ['radio', 'text']],
        ['Intyg', ['file']],
      ],
    );

    // 4. Arabic texts, then check and publish.
    await go(
      page,
      page.getByRole('link', { name: text('builderEd.structure.translations') }),
      'translations',
    );
    await translateToArabic(page);
    await backToEService(page);
    await checkAndPublish(page, 1);

    // 5. Try it: the test mode runs the version as a resident would, and makes no case.
    await versionLink(page, 'builder.action.try', 1);
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: text('builderTry.start.submit') }).click(),
    ]);
    assert.equal(await page.locator('#test-mode-banner').count(), 1, 'the try says it is a try');
    await expectAccessible(page, 'try: step 1');
    await fillAndSend(page, 'sv', { childName: 'Provbarn', otherLanguage: 'Tigrinja' });
    assert.equal((await page.locator('h1').innerText()).trim(), text('builderTry.receipt.title'));
    await expectAccessible(page, 'try: receipt');
    assert.equal(await casesOf(), 0, 'trying made no case');
    await go(page, page.getByRole('link', { name: text('builderTry.receipt.back') }), 'back from the try');

    // 6. A resident applies in Arabic.
    const resident = await residents.newPage();
    await resident.goto(`${t.url}/demo/e-tjanster/${SLUG}?lang=ar`);
    assert.equal(await resident.locator('html').getAttribute('dir'), 'rtl');
    assert.match(await resident.locator('h1').innerText(), new RegExp(arabic(NAME)));
    await expectAccessible(resident, 'start page ar');
    await Promise.all([
      resident.waitForEvent('load'),
      resident.getByRole('button', { name: text('eservice.startWithoutLogin', {}, 'ar') }).click(),
    ]);
    await fillAndSend(resident, 'ar', { childName: 'ليلى', otherLanguage: 'التغرينية', certificate: true });
    assert.match(resident.url(), /\/kvitto$/);
    const firstCaseNumber = (await resident.locator('.govuk-panel__body strong').innerText()).trim();
    assert.match(firstCaseNumber, /^\d{4}-\d{5}$/);
    await resident.close();
    assert.equal(await casesOf(), 1);

    // 7. Version 2: one more question, translated, published — by keyboard again.
    await go(page, page.getByRole('button', { name: text('builder.action.newVersion') }), 'version 2 made');
    await versionLink(page, 'builder.action.edit', 2);
    await addQuestion(page, 'Barnet', 'Telefonnummer|Kort text', 'Vårdnadshavarens telefonnummer');
    await type(page, page.locator('#key'), 'guardianPhone');
    await setRequired(page, true);
    await saveQuestion(page);
    await go(
      page,
      page.getByRole('link', { name: text('builderEd.structure.translations') }),
      'translations v2',
    );
    await translateToArabic(page);
    await backToEService(page);
    await checkAndPublish(page, 2);
    await page.close();

    // 8. A second resident applies, on version 2.
    const second = await residents.newPage();
    await second.goto(`${t.url}/demo/e-tjanster/${SLUG}?lang=sv`);
    await Promise.all([
      second.waitForEvent('load'),
      second.getByRole('button', { name: text('eservice.startWithoutLogin') }).click(),
    ]);
    await fillAndSend(second, 'sv', { childName: 'Sara', otherLanguage: 'Tigrinja', phone: '070-123 45 67' });
    const secondCaseNumber = (await second.locator('.govuk-panel__body strong').innerText()).trim();
    await second.close();

    // 9. The officer sees each case with the version it was made on.
    const anna = await officers.newPage();
    await anna.goto(`${t.url}/demo/handlaggare/logga-in?lang=sv`);
    await anna.getByLabel('Användarnamn').fill('anna');
    await anna.getByLabel('Lösenord').fill('demo-handlaggare-2026');
    await Promise.all([
      anna.waitForEvent('load'),
      anna.getByRole('button', { name: 'Logga in' }).last().click(),
    ]);
    for (const [caseNumber, version, hasPhone] of [
      [firstCaseNumber, 1, false],
      [secondCaseNumber, 2, true],
    ] as const) {
      await anna.goto(`${t.url}/demo/handlaggare/arenden?q=${encodeURIComponent(caseNumber)}&lang=sv`);
      await Promise.all([
        anna.waitForEvent('load'),
        anna.getByRole('link', { name: caseNumber }).first().click(),
      ]);
      const caption = (await anna.locator('.govuk-caption-l').first().innerText()).trim();
      assert.equal(caption, text('officerCase.caption', { eService: NAME, version }));
      const main = await anna.locator('main').innerText();
      assert.equal(main.includes('Vårdnadshavarens telefonnummer'), hasPhone, `case on version ${version}`);
    }
    const versions = await t.services.builderVersions.versionsWithCaseCounts(demoId, (await eService()).id);
    assert.deepEqual(
      versions.map((v) => [v.number, v.status, v.caseCount]),
      [
        [2, 'published', 1],
        [1, 'retired', 1],
      ],
    );
    await anna.close();
  });
});

/** How many cases the e-service has. */
async function casesOf(): Promise<number> {
  const e = await eService();
  const r = await t.services.db
    .selectFrom('case')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('e_service_id', '=', e.id)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Fills the e-service in as a resident does (in `lang`), from its first
 * step to the check-answers page, and sends it: the child, "another
 * language" with the follow-up it reveals, optionally the certificate.
 */
async function fillAndSend(
  page: Page,
  lang: 'sv' | 'ar',
  a: { childName: string; otherLanguage: string; certificate?: boolean; phone?: string },
) {
  const l = (sv: string) => (lang === 'ar' ? arabic(sv) : sv);
  const next = () =>
    Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: text('runner.continue', {}, lang), exact: true }).click(),
    ]);
  if ((await page.getByLabel(l('Barnets namn')).count()) === 0) {
    throw new Error(`no child's name field on ${page.url()}:\n${await page.locator('main').innerText()}`);
  }
  await page.getByLabel(l('Barnets namn')).fill(a.childName);
  await page.getByLabel(l('Barnets personnummer')).fill('20130130-2285');
  if (a.phone !== undefined) await page.getByLabel(l('Vårdnadshavarens telefonnummer')).fill(a.phone);
  await next();
  await page.getByLabel(l('Annat språk')).check();
  // The follow-up appears once "Annat språk" is chosen: at once with JavaScript, else after sending the step.
  const followUp = page.getByLabel(l('Vilket annat språk?'));
  if (!(await followUp.isVisible())) await next();
  await followUp.fill(a.otherLanguage);
  await next();
  assert.equal((await page.locator('h1').innerText()).trim(), l('Intyg'), 'on the certificate step');
  if (a.certificate) await page.locator('input[type="file"]').setInputFiles(certificatePdf());
  await next();
  if (!/\/kontrollera/.test(page.url())) {
    throw new Error(`not on the check page: ${page.url()}\n${await page.locator('main').innerText()}`);
  }
  await expectAccessible(page, `check answers ${lang}`);
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: text('runner.check.submit', {}, lang) }).click(),
  ]);
}
