import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ERROR_CODES,
  type ErrorCode,
  type ErrorParams,
  type FieldError,
  type FormDefinition,
  type Question,
} from '../../../../../src/domain/forms/index.ts';
import { UI_LANGUAGES } from '../../../../../src/web/ui/i18n/languages.ts';
import { getTranslator } from '../../../../../src/web/ui/i18n/translator.ts';
import {
  errorAnchor,
  errorMessage,
  toSummaryErrors,
} from '../../../../../src/web/ui/questions/error-messages.ts';
import { allTypes } from './all-types.ts';

const def: FormDefinition = allTypes();
const questions = def.steps.flatMap((s) => s.questions);
const byKey = (key: string) => questions.find((q) => q.key === key) as Question;

/** Parameters as the engine (or the file service) gives them. */
const PARAMS: { [C in ErrorCode]: ErrorParams | undefined } = {
  required: undefined,
  tooLong: { max: 1000 },
  tooShort: { min: 3 },
  pattern: undefined,
  notANumber: undefined,
  belowMin: { min: 5 },
  aboveMax: { max: 1_000_000 },
  notInteger: undefined,
  invalidDate: undefined,
  incompleteDate: { missing: ['month', 'year'] },
  dateBefore: { min: '2026-11-15' },
  dateAfter: { max: '2027-01-31' },
  invalidPersonnummer: { reason: 'checksum' },
  invalidOrgnr: { reason: 'group' },
  invalidOption: undefined,
  exclusiveCombined: { option: 'none' },
  tooManyFiles: { max: 3 },
  fileTooLarge: { name: 'intyg.pdf', max: 10_000_000 },
  fileTypeNotAllowed: { name: 'bild.exe', accept: ['application/pdf', 'image/jpeg'] },
  invalidEmail: undefined,
  invalidPhone: undefined,
  invalidPostalCode: undefined,
  mustConsent: undefined,
  tooFewRows: { min: 2 },
  tooManyRows: { max: 3 },
  invalidValue: undefined,
};

function error(q: Question, code: ErrorCode, extra: Partial<FieldError> = {}): FieldError {
  const params = PARAMS[code];
  return {
    stepId: 'alla',
    questionKey: q.key,
    field: `q.${q.key}`,
    code,
    ...(params && { params }),
    ...extra,
  };
}

const ARABIC = /[\u0600-\u06ff]/;

function assertClean(message: string, lang: string, what: string): void {
  assert.ok(message.trim().length > 5, `${what}: a message`);
  assert.doesNotMatch(
    message,
    /\{\w+\}|formErrors\.|questions\.|undefined|NaN|\[object/,
    `${what}: no key or placeholder leaks`,
  );
  if (lang === 'ar') assert.match(message, ARABIC, `${what}: written in Arabic`);
  else assert.doesNotMatch(message, ARABIC, `${what}: no Arabic in ${lang}`);
}

describe('errorMessage', () => {
  for (const lang of UI_LANGUAGES) {
    const t = getTranslator(lang);
    it(`gives every code a message in ${lang}, for every question type`, () => {
      for (const q of questions) {
        for (const code of ERROR_CODES)
          assertClean(errorMessage(t, lang, q, error(q, code)), lang, `${q.type}/${code}`);
      }
    });

    it(`explains every personnummer and organisationsnummer problem in ${lang}`, () => {
      const reasons = {
        child: ['format', 'date', 'checksum', 'samordningsnummerNotAllowed', 'futureDate'],
        company: ['format', 'checksum', 'group', 'soleTraderNotAllowed', 'date', 'futureDate'],
      };
      for (const [key, list] of Object.entries(reasons)) {
        const q = byKey(key);
        const code = q.type === 'personnummer' ? 'invalidPersonnummer' : 'invalidOrgnr';
        const messages = list.map((reason) =>
          errorMessage(t, lang, q, { ...error(q, code), params: { reason } }),
        );
        for (const [i, m] of messages.entries()) assertClean(m, lang, `${code}/${list[i]}`);
        assert.equal(new Set(messages).size, messages.length, `${code}: one message per reason`);
      }
    });

    it(`names every contact part and date part in ${lang}`, () => {
      const guardian = byKey('guardian');
      const parts = ['name', 'email', 'phone', 'street', 'postalCode', 'city'].map((part) =>
        errorMessage(t, lang, guardian, {
          ...error(guardian, 'required'),
          field: `q.guardian.${part}`,
          params: { part },
        }),
      );
      assert.equal(new Set(parts).size, 6);
      for (const m of parts) assertClean(m, lang, 'contact part');
      const start = byKey('start');
      const dates = ['day', 'month', 'year'].map((part) =>
        errorMessage(t, lang, start, { ...error(start, 'invalidDate'), field: `q.start.${part}` }),
      );
      assert.equal(new Set(dates).size, 3, 'the month and the year have messages of their own');
    });
  }

  const sv = getTranslator('sv');
  const en = getTranslator('en');
  const ar = getTranslator('ar');
  const msg = (t: typeof sv, key: string, code: ErrorCode, extra: Partial<FieldError> = {}) =>
    errorMessage(t, t.lang, byKey(key), error(byKey(key), code, extra)).replace(/\u00a0/g, ' ');

  it('says what to do, naming the question', () => {
    assert.equal(msg(sv, 'name', 'required'), 'Fyll i ”Namn”');
    assert.equal(msg(en, 'name', 'required'), 'Enter an answer for “Name”');
    assert.equal(msg(sv, 'colour', 'required'), 'Välj ett alternativ för ”Färg”');
    assert.equal(msg(sv, 'diet', 'required'), 'Välj minst ett alternativ för ”Kost”');
    assert.equal(msg(sv, 'certificate', 'required'), 'Ladda upp en fil för ”Intyg”');
    assert.equal(
      msg(sv, 'truthful', 'mustConsent'),
      'Kryssa i rutan ”Jag intygar att uppgifterna är riktiga” för att kunna fortsätta',
    );
    assert.equal(
      msg(sv, 'guardian', 'required', { field: 'q.guardian.email', params: { part: 'email' } }),
      'Ange e-postadress',
    );
  });

  it("puts limits, dates and sizes in the reader's format", () => {
    assert.equal(msg(sv, 'name', 'tooLong'), 'Svaret på ”Namn” får vara högst 1 000 tecken');
    assert.equal(msg(en, 'name', 'tooLong'), 'The answer to “Name” must be 1,000 characters or fewer');
    assert.equal(msg(sv, 'amount', 'belowMin'), 'Svaret på ”Belopp” måste vara 5 kr eller mer');
    assert.equal(msg(en, 'amount', 'aboveMax'), 'The answer to “Amount” must be 1,000,000 SEK or less');
    assert.equal(
      msg(sv, 'start', 'dateBefore', { field: 'q.start.day' }),
      'Datumet i ”Startdatum” får inte vara tidigare än 15 november 2026',
    );
    assert.equal(
      msg(en, 'start', 'dateAfter', { field: 'q.start.day' }),
      'The date in “Start date” must be 31 January 2027 or earlier',
    );
    assert.equal(
      msg(sv, 'start', 'incompleteDate', { field: 'q.start.month' }),
      'Datumet i ”Startdatum” måste innehålla en månad och ett år',
    );
    assert.equal(
      msg(sv, 'certificate', 'fileTooLarge'),
      'Filen ”intyg.pdf” är för stor. Den får vara högst 10 MB',
    );
    assert.equal(
      msg(sv, 'certificate', 'fileTypeNotAllowed'),
      'Filen ”bild.exe” är inte av en tillåten typ. Tillåtna typer: PDF och JPG',
    );
    assert.equal(
      msg(sv, 'child', 'invalidPersonnummer'),
      'Personnumret är inte giltigt – kontrollera siffrorna',
    );
  });

  it('counts in words that agree with the number', () => {
    assert.equal(
      msg(sv, 'certificate', 'tooManyFiles', { params: { max: 1 } }),
      'Du kan ladda upp högst 1 fil till ”Intyg”',
    );
    assert.equal(msg(sv, 'certificate', 'tooManyFiles'), 'Du kan ladda upp högst 3 filer till ”Intyg”');
    assert.equal(
      msg(en, 'kids', 'tooFewRows', { params: { min: 1 } }),
      'Fill in at least 1 row in “Children”',
    );
    assert.equal(msg(en, 'kids', 'tooFewRows'), 'Fill in at least 2 rows in “Children”');
  });

  it("uses the definition's pattern message, in the reader's language", () => {
    assert.equal(msg(sv, 'name', 'pattern'), 'Använd bara bokstäver');
    assert.equal(msg(ar, 'name', 'pattern'), 'استخدم الحروف فقط');
    assert.equal(
      msg(sv, 'story', 'pattern'),
      'Svaret på ”Berätta” är inte skrivet på rätt sätt – kontrollera det',
    );
  });

  it('names the exclusive option', () => {
    assert.equal(
      msg(sv, 'diet', 'exclusiveCombined'),
      'Du kan inte välja ”Inget av detta” tillsammans med andra alternativ',
    );
    assert.equal(
      msg(en, 'diet', 'exclusiveCombined'),
      'You cannot select “None of these” together with other options',
    );
  });

  it('says which row of a group a cell error is in', () => {
    const cell = { field: 'q.kids.1.cname', row: 1, column: 'cname' };
    assert.equal(msg(sv, 'kids', 'required', cell), 'Rad 2: Fyll i ”Namn”');
    assert.equal(
      msg(en, 'kids', 'incompleteDate', {
        field: 'q.kids.0.cborn.year',
        row: 0,
        column: 'cborn',
        params: { missing: ['year'] },
      }),
      'Row 1: The date in “Born” must include a year',
    );
    assert.equal(
      msg(sv, 'kids', 'required', { field: 'q.kids.0.cname.day' }),
      'Fyll i minst en rad i ”Barn”',
    );
  });

  it('calls an empty upload an empty file', () => {
    assert.equal(
      msg(sv, 'certificate', 'invalidValue', { params: { name: 'tom.pdf' } }),
      'Filen ”tom.pdf” är tom. Välj en annan fil',
    );
  });

  it('keeps labels and file names in their own direction inside Arabic sentences', () => {
    assert.equal(msg(ar, 'name', 'required'), 'أدخل إجابة عن «\u2068الاسم\u2069»');
    assert.match(msg(ar, 'certificate', 'fileTooLarge'), /«\u2068intyg\.pdf\u2069»/);
    assert.doesNotMatch(msg(sv, 'name', 'required'), /[\u2068\u2069]/);
  });
});

describe('toSummaryErrors', () => {
  const sv = getTranslator('sv');
  const e = (key: string, field: string, code: ErrorCode, extra: Partial<FieldError> = {}): FieldError => ({
    stepId: 'alla',
    questionKey: key,
    field,
    code,
    ...extra,
  });

  it('lists errors in the order of the page, each linking to its control', () => {
    const errors = [
      e('truthful', 'q.truthful', 'mustConsent'),
      e('kids', 'q.kids.1.cname', 'required', { row: 1, column: 'cname' }),
      e('kids', 'q.kids.0.cborn.month', 'invalidDate', { row: 0, column: 'cborn' }),
      e('kids', 'q.kids.0.cname', 'tooLong', { row: 0, column: 'cname', params: { max: 5 } }),
      e('guardian', 'q.guardian.email', 'required', { params: { part: 'email' } }),
      e('guardian', 'q.guardian.name', 'required', { params: { part: 'name' } }),
      e('start', 'q.start.year', 'invalidDate'),
      e('name', 'q.name', 'required'),
    ];
    const summary = toSummaryErrors(sv, 'sv', def, errors);
    assert.deepEqual(
      summary.map((s) => s.href),
      [
        '#q-name',
        '#q-start-year',
        '#q-guardian-name',
        '#q-guardian-email',
        '#q-kids-0-cname',
        '#q-kids-0-cborn-month',
        '#q-kids-1-cname',
        '#q-truthful',
      ],
    );
    assert.equal(summary[0]?.message, 'Fyll i ”Namn”');
    assert.equal(summary[1]?.message, 'Året i ”Startdatum” måste ha fyra siffror, till exempel 2026');
  });

  it('links errors about a whole date, contact, address or group to its first box', () => {
    const summary = toSummaryErrors(sv, 'sv', def, [
      e('start', 'q.start', 'invalidDate'),
      e('guardian', 'q.guardian', 'invalidValue'),
      e('home', 'q.home', 'invalidValue'),
      e('kids', 'q.kids', 'tooManyRows', { params: { max: 3 } }),
      e('kids', 'q.kids.0.cname', 'required'),
    ]);
    assert.deepEqual(
      summary.map((s) => s.href),
      ['#q-start-day', '#q-guardian-name', '#q-home-street', '#q-kids-0-cname'],
    );
    assert.equal(summary[3]?.message, 'Du kan fylla i högst 3 rader i ”Barn”');
  });

  it('gives other pages the same anchors (check answers links into a step)', () => {
    assert.equal(errorAnchor(byKey('start'), e('start', 'q.start.month', 'invalidDate')), '#q-start-month');
    assert.equal(
      errorAnchor(byKey('guardian'), e('guardian', 'q.guardian', 'invalidValue')),
      '#q-guardian-name',
    );
    assert.equal(errorAnchor(byKey('name'), e('name', 'q.name', 'required')), '#q-name');
  });

  it('gives one message per control, but names every refused file', () => {
    const summary = toSummaryErrors(sv, 'sv', def, [
      e('amount', 'q.amount', 'notInteger'),
      e('amount', 'q.amount', 'belowMin', { params: { min: 5 } }),
      e('certificate', 'q.certificate', 'fileTooLarge', { params: { name: 'a.pdf', max: 2_000_000 } }),
      e('certificate', 'q.certificate', 'fileTooLarge', { params: { name: 'b.pdf', max: 2_000_000 } }),
    ]);
    assert.deepEqual(
      summary.map((s) => s.message),
      [
        'Svaret på ”Belopp” måste vara ett heltal, utan decimaler',
        'Filen ”a.pdf” är för stor. Den får vara högst 2 MB',
        'Filen ”b.pdf” är för stor. Den får vara högst 2 MB',
      ],
    );
  });
});
