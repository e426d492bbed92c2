/**
 * How long validating a whole submission takes: a realistic 30-question
 * e-service (mixed types, conditions, a follow-up of a follow-up, a repeating
 * group and a computed amount) with a complete, valid set of answers — the
 * full path, every rule checked. Target: tens of microseconds per submission.
 *
 *   node --import tsx bench/validate-submission.ts [iterations]
 */
import {
  type Answers,
  type FormDefinition,
  parseDefinition,
  validateStep,
  validateSubmission,
} from '../src/domain/forms/index.ts';

const TODAY = '2026-11-15';

let n = 0;
function q(type: string, key: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  n += 1;
  const base: Record<string, unknown> = {
    id: `q${n}`,
    key,
    type,
    label: { sv: `Fråga ${n}`, en: `Question ${n}` },
  };
  if (type !== 'info' && type !== 'computed') base.required = true;
  return { ...base, ...extra };
}
const options = (...values: string[]) => values.map((value) => ({ value, label: { sv: value, en: value } }));

const json = {
  schemaVersion: 1,
  steps: [
    {
      id: 'sokande',
      title: { sv: 'Sökande' },
      questions: [
        q('info', 'intro', { text: { sv: 'Fyll i alla uppgifter.' } }),
        q('personnummer', 'pnr', { allowSamordningsnummer: true }),
        q('contact', 'contact', {
          fields: { name: 'required', email: 'required', phone: 'optional', address: 'required' },
        }),
        q('text', 'title', { maxLength: 100 }),
        q('text', 'ref', { required: false, pattern: '[A-Z]{2}-\\d{4}' }),
        q('orgnr', 'employer'),
        q('address', 'otherAddress', { required: false }),
        q('select', 'language', { options: options('sv', 'en', 'ar', 'so', 'fi') }),
      ],
    },
    {
      id: 'barn',
      title: { sv: 'Barnet' },
      questions: [
        q('personnummer', 'childPnr', { allowSamordningsnummer: false }),
        q('text', 'childName'),
        q('date', 'startDate', { min: 'today', max: '+1y' }),
        q('select', 'school', { options: options('a', 'b', 'c', 'd', 'e', 'f') }),
        q('radio', 'grade', { options: options('f', '1', '2', '3', '4', '5', '6') }),
        q('checkbox', 'diet', {
          options: [
            ...options('gluten', 'laktos', 'notter', 'annat'),
            { value: 'ingen', label: { sv: 'Ingen' }, exclusive: true },
          ],
        }),
        q('textarea', 'otherDiet', { maxLength: 1000, visibleWhen: { in: ['annat', { var: 'diet' }] } }),
        q('radio', 'severity', {
          options: options('mild', 'svar'),
          visibleWhen: { in: ['notter', { var: 'diet' }] },
        }),
        q('yesno', 'airborne', { visibleWhen: { '==': [{ var: 'severity' }, 'svar'] } }),
        q('file', 'certificate', {
          required: false,
          requiredWhen: { some: [{ var: 'diet' }, { in: [{ var: '' }, ['gluten', 'notter']] }] },
          accept: ['application/pdf', 'image/*'],
          maxSizeBytes: 10_000_000,
          maxFiles: 3,
        }),
      ],
    },
    {
      id: 'ekonomi',
      title: { sv: 'Ersättning' },
      questions: [
        q('group', 'periods', {
          maxRows: 10,
          questions: [
            q('date', 'from', { max: 'today' }),
            q('number', 'days', { integer: true, min: 1, max: 31 }),
            q('text', 'note', { required: false }),
          ],
        }),
        q('number', 'sickPay', { min: 0 }),
        q('computed', 'holidayPay', { expression: { '*': [{ var: 'sickPay' }, 0.12] }, format: 'currency' }),
        q('computed', 'fees', {
          expression: { '*': [{ '+': [{ var: 'sickPay' }, { var: 'holidayPay' }] }, 0.3142] },
          format: 'currency',
        }),
        q('computed', 'total', {
          expression: { '+': [{ var: 'sickPay' }, { var: 'holidayPay' }, { var: 'fees' }] },
          format: 'currency',
        }),
        q('number', 'hours', { min: 0, max: 168 }),
        q('yesno', 'otherIncome'),
        q('number', 'otherIncomeAmount', { visibleWhen: { var: 'otherIncome' } }),
        q('date', 'decisionDate', { required: false, max: 'today' }),
      ],
    },
    {
      id: 'slut',
      title: { sv: 'Intygande' },
      questions: [
        q('textarea', 'message', { required: false }),
        q('select', 'channel', { options: options('email', 'post', 'sms') }),
        q('consent', 'truthful'),
      ],
    },
  ],
};

const parsed = parseDefinition(json);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.error, null, 2));
const def: FormDefinition = parsed.value;
const questionCount = def.steps.reduce((sum, s) => sum + s.questions.length, 0);

const answers: Answers = {
  pnr: '198112289874',
  contact: {
    name: 'Anna Andersson',
    email: 'anna@example.se',
    street: 'Storgatan 1',
    postalCode: '85230',
    city: 'Sundsvall',
  },
  title: 'Ansökan om ersättning',
  ref: 'AB-1234',
  employer: '165560360793',
  language: 'sv',
  childPnr: '201512242387',
  childName: 'Bo Andersson',
  startDate: '2026-12-01',
  school: 'c',
  grade: '3',
  diet: ['gluten', 'notter', 'annat'],
  otherDiet: 'Ingen fisk, inga ägg.',
  severity: 'svar',
  airborne: true,
  certificate: [{ id: 'f1', name: 'intyg.pdf', size: 120_000, mime: 'application/pdf' }],
  periods: [
    { from: '2026-10-01', days: 3 },
    { from: '2026-10-20', days: 5, note: 'Influensa' },
  ],
  sickPay: 10_000,
  hours: 40,
  otherIncome: true,
  otherIncomeAmount: 2500,
  decisionDate: '2026-11-01',
  message: 'Tack!',
  channel: 'email',
  truthful: true,
};

const check = validateSubmission(def, answers, { today: TODAY });
if (check.errors.length > 0 || check.ignored.length > 0) {
  throw new Error(
    `bench answers are not valid: ${JSON.stringify(check.errors)} ${JSON.stringify(check.ignored)}`,
  );
}
if (check.answers.total !== 14719.04) throw new Error(`computed total is ${check.answers.total}`);

const posted = {
  'q.childPnr': '20151224-2387',
  'q.childName': 'Bo Andersson',
  'q.startDate.day': '1',
  'q.startDate.month': '12',
  'q.startDate.year': '2026',
  'q.school': 'c',
  'q.grade': '3',
  'q.diet': ['gluten', 'notter', 'annat'],
  'q.otherDiet': 'Ingen fisk, inga ägg.',
  'q.severity': 'svar',
  'q.airborne': 'yes',
  _csrf: 'token',
};
const stepCheck = validateStep(def, 'barn', answers, posted, { today: TODAY });
if (stepCheck.errors.length > 0)
  throw new Error(`bench post is not valid: ${JSON.stringify(stepCheck.errors)}`);

function measure(name: string, iterations: number, run: () => unknown): void {
  for (let i = 0; i < Math.min(20_000, iterations); i++) run(); // warm-up: let V8 optimise
  const samples = new Float64Array(iterations);
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    run();
    samples[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  samples.sort();
  const at = (p: number) => samples[Math.min(iterations - 1, Math.floor(p * iterations))] ?? 0;
  // Throughput without the per-call clock reads.
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) run();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(
    `${name.padEnd(44)} p50 ${at(0.5).toFixed(1).padStart(6)} µs   p95 ${at(0.95).toFixed(1).padStart(6)} µs   ` +
      `p99 ${at(0.99).toFixed(1).padStart(6)} µs   ${Math.round(iterations / seconds).toLocaleString('en')} ops/s`,
  );
}

const iterations = Number(process.argv[2] ?? 100_000);
console.log(
  `Node ${process.version}, ${questionCount} questions in ${def.steps.length} steps (+3 group columns), ${iterations} iterations`,
);
measure('validateSubmission (30 questions, all valid)', iterations, () =>
  validateSubmission(def, answers, { today: TODAY }),
);
measure('validateStep (10-question step posted)', iterations, () =>
  validateStep(def, 'barn', answers, posted, { today: TODAY }),
);
measure('parseDefinition (same 30 questions)', Math.max(1000, Math.floor(iterations / 20)), () =>
  parseDefinition(json),
);
