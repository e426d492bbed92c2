import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { funktionsstodJson } from '../../../../src/domain/forms/examples/funktionsstod.ts';
import { specialkostJson } from '../../../../src/domain/forms/examples/specialkost.ts';
import {
  type Answers,
  type FileRef,
  prefillAnswers,
  summarizeAnswers,
  validateStep,
  validateSubmission,
} from '../../../../src/domain/forms/index.ts';
import { codes, define, SV, TODAY } from './helpers.ts';

const ctx = { today: TODAY };
const certificate: FileRef = { id: 'f1', name: 'intyg.pdf', size: 120_000, mime: 'application/pdf' };

describe('example: special diet (Härnösand)', () => {
  const def = define(specialkostJson);

  it('walks through the steps to a valid submission', () => {
    let answers: Answers = prefillAnswers(def, {}, { name: 'Anna Andersson', email: 'anna@example.se' });
    const child = validateStep(
      def,
      'barn',
      answers,
      { 'q.childPnr': '20151224-2387', 'q.childName': 'Bo', 'q.school': 'vastra' },
      ctx,
    );
    assert.deepEqual(child.errors, []);
    answers = child.answers;

    const diet = validateStep(
      def,
      'kost',
      answers,
      {
        'q.diet': ['notter', 'annat'],
        'q.otherDiet': 'Ingen fisk',
        'q.nutSeverity': 'svar',
        'q.airborne': 'yes',
        'q.startDate.day': '1',
        'q.startDate.month': '12',
        'q.startDate.year': '2026',
      },
      { ...ctx, uploads: { certificate: [certificate] } },
    );
    assert.deepEqual(diet.errors, []);
    answers = diet.answers;

    const guardian = validateStep(
      def,
      'sokande',
      answers,
      { 'q.guardian.name': 'Anna Andersson', 'q.guardian.email': 'anna@example.se', 'q.truthful': 'yes' },
      ctx,
    );
    assert.deepEqual(guardian.errors, []);

    const submission = validateSubmission(def, guardian.answers, ctx);
    assert.deepEqual(submission.errors, []);
    assert.deepEqual(submission.answers.diet, ['notter', 'annat']);
    assert.deepEqual(submission.answers.certificate, [certificate]);
  });

  it('does not let "no special diet" be combined with a diet', () => {
    const v = validateStep(def, 'kost', {}, { 'q.diet': ['gluten', 'ingen'] }, ctx);
    assert.ok(codes(v).includes('q.diet:exclusiveCombined'));
  });

  it("asks for a doctor's certificate only for medical diets", () => {
    const start = { 'q.startDate.day': '1', 'q.startDate.month': '12', 'q.startDate.year': '2026' };
    assert.deepEqual(codes(validateStep(def, 'kost', {}, { 'q.diet': 'gluten', ...start }, ctx)), [
      'q.certificate:required',
    ]);
    assert.deepEqual(codes(validateStep(def, 'kost', {}, { 'q.diet': 'laktos', ...start }, ctx)), []);
  });

  it('asks the follow-up of a follow-up only when both apply, and prunes it when they stop applying', () => {
    const start = { 'q.startDate.day': '1', 'q.startDate.month': '12', 'q.startDate.year': '2026' };
    const severe = validateStep(
      def,
      'kost',
      {},
      { 'q.diet': 'notter', 'q.nutSeverity': 'svar', ...start },
      { ...ctx, uploads: { certificate: [certificate] } },
    );
    assert.deepEqual(codes(severe), ['q.airborne:required']);
    const mild = validateStep(
      def,
      'kost',
      {},
      { 'q.diet': 'notter', 'q.nutSeverity': 'mild', 'q.airborne': 'yes', ...start },
      { ...ctx, uploads: { certificate: [certificate] } },
    );
    assert.deepEqual(mild.errors, []);
    assert.equal(mild.answers.airborne, undefined);
    const none = validateStep(
      def,
      'kost',
      mild.answers,
      { 'q.diet': 'ingen', 'q.nutSeverity': 'svar', ...start },
      ctx,
    );
    assert.deepEqual(none.errors, []);
    assert.equal(none.answers.nutSeverity, undefined);
    assert.equal(
      none.answers.certificate,
      undefined,
      'the certificate is hidden for "no special diet" and pruned',
    );
  });
});

describe('example: functional support sick pay (Sollefteå)', () => {
  const def = define(funktionsstodJson);
  const payslip: FileRef = { id: 'p1', name: 'lon.pdf', size: 50_000, mime: 'application/pdf' };

  it('completes the claimed sick pay with holiday pay and employer fees', () => {
    const v = validateStep(
      def,
      'sjukfranvaro',
      {},
      { 'q.sickPay': '10 000', 'q.periods.0.from': '2026-10-01', 'q.periods.0.days': '3' },
      { ...ctx, uploads: { payslips: [payslip] } },
    );
    assert.deepEqual(v.errors, []);
    assert.equal(v.answers.holidayPay, 1200);
    assert.equal(v.answers.employerFees, 3519.04);
    assert.equal(v.answers.total, 14719.04);
    const lines = summarizeAnswers(def, v.answers, SV)
      .flatMap((s) => s.questions)
      .filter((q) => q.answered)
      .map((q) => `${q.label.text}: ${q.value}`);
    assert.ok(lines.includes('Summa att ersätta: 14\u00a0719,04\u00a0kr'), lines.join('\n'));
  });

  it('validates the provider and contact person before submission', () => {
    const answers = {
      provider: '165560360793',
      contact: { name: 'Eva', email: 'eva@assistans.example', phone: '0620-123 45' },
      periods: [{ from: '2026-10-01', days: 3 }],
      sickPay: 10000,
      payslips: [payslip],
    };
    const v = validateSubmission(def, answers, ctx);
    assert.deepEqual(v.errors, []);
    assert.equal(v.answers.total, 14719.04);
    const broken = validateSubmission(def, { ...answers, provider: '165560360794' }, ctx);
    assert.deepEqual(codes(broken), ['q.provider:invalidOrgnr']);
  });
});
