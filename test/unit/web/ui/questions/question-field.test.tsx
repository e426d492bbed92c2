import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHtml, type Html, toHtml } from '#jsx/jsx-runtime';
import { funktionsstodJson } from '../../../../../src/domain/forms/examples/funktionsstod.ts';
import { specialkostJson } from '../../../../../src/domain/forms/examples/specialkost.ts';
import {
  type Answers,
  evaluate,
  type FieldError,
  type FileRef,
  type FormDefinition,
  localize,
  type PostedFields,
  parseDefinition,
  QUESTION_TYPES,
  type Question,
  type RawFields,
  rawForStep,
  validateStep,
  validateSubmission,
} from '../../../../../src/domain/forms/index.ts';
import { UI_LANGUAGES } from '../../../../../src/web/ui/i18n/languages.ts';
import { getTranslator } from '../../../../../src/web/ui/i18n/translator.ts';
import { toSummaryErrors } from '../../../../../src/web/ui/questions/error-messages.ts';
import { QuestionField } from '../../../../../src/web/ui/questions/question-field.tsx';
import { RENDERERS } from '../../../../../src/web/ui/questions/registry.ts';
import { find, findAll, idList, tags, text, textOf } from '../html.ts';
import { allTypes } from './all-types.ts';
import { controlNames, controls, formValues, ids } from './form-html.ts';

const TODAY = '2026-11-15';
const HOSTILE = `<b>"x'&amp;</b>`;

function parsed(json: unknown): FormDefinition {
  const r = parseDefinition(json);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

const DEFINITIONS: Record<string, FormDefinition> = {
  allTypes: allTypes(),
  specialkost: parsed(specialkostJson),
  funktionsstod: parsed(funktionsstodJson),
};

interface StepState {
  raw: RawFields;
  errors: readonly FieldError[];
  answers?: Answers;
}

/** Every question of a step (visible or not) as the runner draws them. */
function renderStep(def: FormDefinition, stepId: string, lang: string, state: StepState): Html {
  const step = def.steps.find((s) => s.id === stepId);
  if (!step) throw new Error(`no step ${stepId}`);
  const answers = state.answers ?? {};
  const evaluation = evaluate(def, answers);
  return toHtml(
    step.questions.map((q) => (
      <QuestionField
        t={getTranslator(lang === 'ar' || lang === 'en' ? lang : 'sv')}
        lang={lang}
        question={q}
        raw={state.raw}
        errors={state.errors.filter((e) => e.questionKey === q.key)}
        files={q.type === 'file' ? (answers[q.key] as FileRef[] | undefined) : undefined}
        computedValue={evaluation.answers[q.key]}
        required={evaluation.required.has(q.key)}
      />
    )),
  );
}

/** Posts a step and renders it again with the result, as the runner does on a failed post. */
function postAndRender(def: FormDefinition, stepId: string, lang: string, posted: PostedFields) {
  const v = validateStep(def, stepId, {}, posted, { today: TODAY });
  return { v, html: renderStep(def, stepId, lang, { raw: v.raw, errors: v.errors, answers: v.answers }) };
}

/** Every control and button name of a step, each posted with `value`. */
function fillEverything(def: FormDefinition, stepId: string, value: string): PostedFields {
  const empty = renderStep(def, stepId, 'sv', { raw: {}, errors: [] });
  const posted: Record<string, string> = {};
  for (const name of controlNames(empty)) {
    if (name.startsWith('q.') && !name.endsWith('.remove') && !name.endsWith('.removeRow'))
      posted[name] = value;
  }
  return posted;
}

/** The markup inside the label for a control. */
function labelHtml(html: Html | string, id: string): string {
  const m = new RegExp(`<label[^>]*for="${id}"[^>]*>(.*?)</label>`).exec(String(html));
  if (!m) throw new Error(`no label for #${id}`);
  return m[1] ?? '';
}

function labelText(html: Html | string, id: string): string {
  return text(labelHtml(html, id));
}

function assertAccessibleMarkup(html: Html, where: string): void {
  const all = ids(html);
  const dupes = all.filter((id, i) => all.indexOf(id) !== i);
  assert.deepEqual(dupes, [], `${where}: ids are unique`);
  const idSet = new Set(all);
  for (const c of controls(html)) {
    if (c.attrs.type === 'hidden') continue;
    const id = c.attrs.id;
    assert.ok(id, `${where}: <${c.name} name="${c.attrs.name}"> has an id`);
    assert.equal(findAll(html, 'label', { for: id }).length, 1, `${where}: one label for #${id}`);
  }
  const described = new Set(tags(html).flatMap((t) => idList(t)));
  for (const id of described)
    assert.ok(idSet.has(id), `${where}: aria-describedby points at #${id}, which exists`);
  for (const error of findAll(html, 'p', { class: 'govuk-error-message' })) {
    assert.ok(
      described.has(error.attrs.id ?? ''),
      `${where}: error #${error.attrs.id} is in an aria-describedby`,
    );
  }
}

describe('QuestionField', () => {
  it('has a renderer for every question type of the engine', () => {
    assert.deepEqual(Object.keys(RENDERERS).sort(), [...QUESTION_TYPES].sort());
  });

  for (const [defName, def] of Object.entries(DEFINITIONS)) {
    for (const step of def.steps) {
      for (const lang of UI_LANGUAGES) {
        const where = `${defName}/${step.id}/${lang}`;

        it(`${where}: labels, hints and errors are linked, and every summary link lands on a control`, () => {
          for (const posted of [{}, fillEverything(def, step.id, HOSTILE)]) {
            const { v, html } = postAndRender(def, step.id, lang, posted);
            assertAccessibleMarkup(html, where);
            const summary = toSummaryErrors(getTranslator(lang), lang, def, v.errors);
            const idSet = new Set(ids(html));
            for (const e of summary) {
              assert.ok(idSet.has((e.href ?? '').slice(1)), `${where}: ${e.href} (${e.message}) exists`);
              assert.ok(
                controls(html).some((c) => c.attrs.id === e.href?.slice(1)),
                `${where}: ${e.href} is a form control, so focus lands in it`,
              );
              assert.ok(text(html).includes(e.message), `${where}: "${e.message}" is shown at the field too`);
            }
            if (Object.keys(posted).length === 0) {
              assert.ok(v.errors.length > 0, `${where}: the empty post has errors`);
            }
          }
        });

        it(`${where}: shows again every character typed, escaped`, () => {
          const { v, html } = postAndRender(def, step.id, lang, fillEverything(def, step.id, HOSTILE));
          assert.ok(!String(html).includes('<b>'), 'typed markup is escaped');
          for (const [name, value] of Object.entries(v.raw)) {
            if (typeof value !== 'string') continue;
            const control = controls(html).find((c) => c.attrs.name === name);
            assert.ok(control, `${where}: a control named ${name}`);
            if (
              control.name === 'input' &&
              control.attrs.type !== 'radio' &&
              control.attrs.type !== 'checkbox'
            ) {
              assert.equal(control.attrs.value, value, `${where}: ${name} shows what was typed`);
            }
          }
          const textarea = Object.entries(v.raw).find(([n]) =>
            controls(html).some((c) => c.name === 'textarea' && c.attrs.name === n),
          );
          if (textarea) assert.equal(formValues(html)[textarea[0]], textarea[1]);
        });

        it(`${where}: names every control as the engine reads it`, () => {
          const posted = fillEverything(def, step.id, 'x');
          const empty = renderStep(def, step.id, lang, { raw: {}, errors: [] });
          const names = controlNames(empty).filter((n) => n.startsWith('q.'));
          const v = validateStep(
            def,
            step.id,
            {},
            Object.fromEntries(names.map((n) => [n, posted[n] ?? '0'])),
            {
              today: TODAY,
            },
          );
          const unread = v.ignored.filter((i) => i.reason === 'unknownField' || i.reason === 'notAnswerable');
          assert.deepEqual(unread, [], `${where}: the engine reads every rendered field`);
        });
      }
    }
  }

  describe('a whole step filled in, shown and posted back', () => {
    const def = DEFINITIONS.allTypes as FormDefinition;
    const certificate: FileRef = { id: 'f1', name: 'intyg <1>.pdf', size: 123_456, mime: 'application/pdf' };
    const answers: Answers = {
      name: 'Anna Berg',
      story: 'Första raden\n\nAndra "raden" <b>',
      amount: 1234.5,
      start: '2026-12-01',
      colour: 'b',
      diet: ['a', 'b'],
      school: 'a',
      allergy: false,
      certificate: [certificate],
      guardian: {
        name: 'Anna Berg',
        email: 'anna@exempel.se',
        phone: '070-123 45 67',
        street: 'Storgatan 1',
        postalCode: '12345',
        city: 'Exempelstad',
      },
      child: '201212121212',
      company: '165560360793',
      home: { street: 'Lillgatan 2', postalCode: '54321', city: 'By' },
      kids: [
        {
          cname: 'Bo',
          cnote: 'Glad',
          cage: 7,
          cborn: '2019-03-04',
          cschool: 'a',
          cdiet: ['none'],
          cclass: 'b',
          cbus: true,
          cpnr: '201903042388',
          corg: '165560360793',
        },
        { cname: 'Cia' },
      ],
      truthful: true,
    };

    it('keeps every answer: names, values, ticks and choices round-trip through the engine', () => {
      const check = validateStep(def, 'alla', {}, {}, { today: TODAY });
      assert.ok(check.errors.length > 0);
      const stored = validateSubmission(def, answers, { today: TODAY });
      assert.deepEqual(stored.errors, [], 'the fixture answers are all valid');
      assert.deepEqual(Object.keys(stored.answers).sort(), [...Object.keys(answers), 'total'].sort());
      for (const lang of UI_LANGUAGES) {
        const html = renderStep(def, 'alla', lang, {
          raw: rawForStep(def, 'alla', answers),
          errors: [],
          answers,
        });
        const v = validateStep(def, 'alla', answers, formValues(html), { today: TODAY });
        assert.deepEqual(v.errors, [], `${lang}: no errors`);
        assert.deepEqual(v.answers, stored.answers, `${lang}: the same answers come back`);
      }
    });

    it('lists uploaded files with a remove button the engine understands', () => {
      const html = renderStep(def, 'alla', 'sv', {
        raw: rawForStep(def, 'alla', answers),
        errors: [],
        answers,
      });
      const button = find(html, 'button', { name: 'q.certificate.remove' });
      assert.equal(button.attrs.value, 'f1');
      assert.match(text(html), /intyg <1>\.pdf 123,5 kB Ta bort intyg <1>\.pdf/);
      const v = validateStep(
        def,
        'alla',
        answers,
        { ...formValues(html), 'q.certificate.remove': 'f1' },
        { today: TODAY },
      );
      assert.equal(v.answers.certificate, undefined);
      assert.deepEqual(
        v.errors.map((e) => e.code),
        ['required'],
      );
    });

    it('describes the file limits from the settings and offers the allowed types to the picker', () => {
      const html = renderStep(def, 'alla', 'sv', { raw: {}, errors: [] });
      assert.equal(textOf(html, 'q-certificate-hint'), 'PDF eller JPG, högst 10 MB per fil, högst 3 filer');
      const input = find(html, 'input', { type: 'file' });
      assert.equal(input.attrs.name, 'q.certificate');
      assert.ok('multiple' in input.attrs);
      assert.equal(input.attrs.accept, 'application/pdf,.pdf,image/jpeg,.jpg,.jpeg');
    });

    it('draws a row per group row with remove buttons, and an add button while there is room', () => {
      const html = renderStep(def, 'alla', 'sv', {
        raw: rawForStep(def, 'alla', answers),
        errors: [],
        answers,
      });
      assert.deepEqual(
        findAll(html, 'button', { name: 'q.kids.removeRow' }).map((b) => b.attrs.value),
        ['0', '1'],
      );
      assert.match(text(html), /Rad 1 .*Rad 2 /);
      assert.match(text(html), /Ta bort rad 1/);
      assert.equal(find(html, 'button', { name: 'addRow' }).attrs.value, 'kids');
      const full = { ...answers, kids: [{ cname: 'A' }, { cname: 'B' }, { cname: 'C' }] };
      const fullHtml = renderStep(def, 'alla', 'sv', {
        raw: rawForStep(def, 'alla', full),
        errors: [],
        answers: full,
      });
      assert.equal(findAll(fullHtml, 'button', { name: 'addRow' }).length, 0);
      assert.match(text(fullHtml), /Du har lagt till så många rader som går \(3\)/);
    });

    it('shows one blank row for an empty group, without a remove button', () => {
      const html = renderStep(def, 'alla', 'sv', { raw: {}, errors: [] });
      assert.ok(find(html, 'input', { name: 'q.kids.0.cname' }));
      assert.equal(findAll(html, 'input', { name: 'q.kids.1.cname' }).length, 0);
      assert.equal(findAll(html, 'button', { name: 'q.kids.removeRow' }).length, 0);
    });

    it('shows a computed value as text, never as an input', () => {
      const html = renderStep(def, 'alla', 'sv', { raw: {}, errors: [], answers });
      const computed = String(html).slice(
        String(html).indexOf('<div class="ingang-question" data-question="total"'),
      );
      assert.equal(controls(computed.slice(0, computed.indexOf('</dl>'))).length, 0);
      assert.match(text(computed), /^Summa 1 543,13 kr/);
      // A rule that cannot be worked out (division by zero) leaves no value.
      const q = def.steps[0]?.questions.find((x) => x.key === 'total') as Question;
      const none = <QuestionField t={getTranslator('en')} lang="en" question={q} raw={{}} errors={[]} />;
      assert.equal(text(none), 'Total Calculated once you have filled in the details');
    });

    it('shows information as a heading and paragraphs', () => {
      const html = renderStep(def, 'alla', 'en', { raw: {}, errors: [] });
      assert.match(
        String(html),
        /<h2 class="govuk-heading-m">About processing<\/h2><p class="govuk-body ingang-preserve-lines">We keep the details for three years\.<\/p><p class="govuk-body ingang-preserve-lines">You can ask for a copy\.<\/p>/,
      );
    });

    it('marks optional questions "(valfritt)" and required ones not at all', () => {
      const html = renderStep(def, 'alla', 'sv', { raw: {}, errors: [] });
      assert.equal(labelText(html, 'q-story'), 'Berätta (valfritt)');
      assert.equal(labelText(html, 'q-name'), 'Namn');
      assert.equal(labelText(html, 'q-guardian-name'), 'Namn');
      assert.equal(labelText(html, 'q-guardian-phone'), 'Telefonnummer (valfritt)');
      assert.equal(labelText(html, 'q-kids-0-cnote'), 'Not (valfritt)');
    });

    it('follows requiredWhen when the page says the question is required now', () => {
      const q = def.steps[0]?.questions.find((x) => x.key === 'story') as Question;
      const t = getTranslator('sv');
      const html = toHtml([<QuestionField t={t} lang="sv" question={q} raw={{}} errors={[]} required />]);
      assert.equal(labelText(html, 'q-story'), 'Berätta');
    });

    it('uses the settings for keyboards and autofill', () => {
      const html = renderStep(def, 'alla', 'sv', { raw: {}, errors: [] });
      const pnr = find(html, 'input', { name: 'q.child' });
      assert.equal(pnr.attrs.inputmode, 'numeric');
      assert.equal(pnr.attrs.autocomplete, 'off');
      assert.equal(pnr.attrs.spellcheck, 'false');
      assert.equal(textOf(html, 'q-child-hint'), 'ÅÅÅÅMMDD-NNNN');
      assert.equal(find(html, 'input', { name: 'q.company' }).attrs.autocomplete, 'off');
      assert.equal(find(html, 'input', { name: 'q.name' }).attrs.autocomplete, 'name');
      const tokens = ['name', 'email', 'phone', 'street', 'postalCode', 'city'].map(
        (p) => find(html, 'input', { name: `q.guardian.${p}` }).attrs.autocomplete,
      );
      assert.deepEqual(tokens, ['name', 'email', 'tel', 'street-address', 'postal-code', 'address-level2']);
      assert.equal(find(html, 'input', { name: 'q.guardian.email' }).attrs.type, 'email');
      assert.equal(find(html, 'input', { name: 'q.amount' }).attrs.inputmode, 'decimal');
    });

    it('puts yes/no side by side and a divider with exclusive behaviour before "none"', () => {
      const html = renderStep(def, 'alla', 'sv', { raw: {}, errors: [] });
      assert.match(
        String(html),
        /govuk-radios govuk-radios--inline[^>]*><div class="govuk-radios__item"><input[^>]*name="q.allergy"[^>]*value="yes"/,
      );
      const none = find(html, 'input', { name: 'q.diet', value: 'none' });
      assert.equal(none.attrs['data-behaviour'], 'exclusive');
      assert.match(
        String(html),
        /<div class="govuk-checkboxes__divider">eller<\/div><div class="govuk-checkboxes__item"><input[^>]*id="q-diet-3"/,
      );
    });

    it('renders consent as one checkbox labelled by the statement', () => {
      const html = renderStep(def, 'alla', 'en', { raw: { 'q.truthful': 'yes' }, errors: [] });
      const box = find(html, 'input', { name: 'q.truthful' });
      assert.equal(box.attrs.type, 'checkbox');
      assert.equal(box.attrs.value, 'yes');
      assert.ok('checked' in box.attrs);
      assert.equal(labelText(html, 'q-truthful'), 'I confirm the details are correct');
    });

    it('folds the help out under the question', () => {
      const html = renderStep(def, 'alla', 'en', { raw: {}, errors: [] });
      assert.match(text(html), /Help with this question First and last name\./);
    });
  });

  describe('Swedish fallbacks', () => {
    const def = DEFINITIONS.allTypes as FormDefinition;
    const questions = def.steps.flatMap((s) => s.questions);
    const cells = questions.flatMap((q) => (q.type === 'group' ? q.questions : []));
    const fellBack = (t: { sv: string; [l: string]: string } | undefined, lang: string) =>
      t !== undefined && localize(t, lang).fellBack;

    for (const lang of ['en', 'ar'] as const) {
      it(`wraps every text missing in ${lang} in lang="sv" dir="ltr"`, () => {
        const html = String(renderStep(def, 'alla', lang, { raw: {}, errors: [] }));
        const texts: string[] = [];
        for (const q of [...questions, ...cells] as Question[]) {
          for (const t of [q.label, q.hint, q.help]) if (t && fellBack(t, lang)) texts.push(t.sv);
          if ('options' in q)
            for (const o of q.options)
              for (const t of [o.label, o.hint]) if (t && fellBack(t, lang)) texts.push(t.sv);
        }
        assert.ok(texts.length >= 5, 'the fixture has fallbacks');
        for (const sv of texts) {
          const escaped = escapeHtml(sv);
          const wrapped =
            html.includes(`<span lang="sv" dir="ltr">${escaped}</span>`) ||
            new RegExp(
              `<option[^>]* lang="sv"[^>]*>${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</option>`,
            ).test(html);
          assert.ok(wrapped, `"${sv}" is marked Swedish in ${lang}`);
        }
        assert.ok(!labelHtml(html, 'q-name').includes('lang='), 'a translated text is not marked');
      });
    }

    it('marks nothing in Swedish', () => {
      const html = String(renderStep(def, 'alla', 'sv', { raw: {}, errors: [] }));
      assert.ok(!html.includes('lang="sv"'));
    });
  });
});
