import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toHtml } from '#jsx/jsx-runtime';
import { type FormDefinition, type Step, validateStep } from '../../../../../src/domain/forms/index.ts';
import { getTranslator } from '../../../../../src/web/ui/i18n/translator.ts';
import { DefaultSubmit } from '../../../../../src/web/ui/questions/default-submit.tsx';
import { pressedAction, withAddedRow } from '../../../../../src/web/ui/questions/form-actions.ts';
import { groupRowCount } from '../../../../../src/web/ui/questions/group-rows.ts';
import { QuestionField } from '../../../../../src/web/ui/questions/question-field.tsx';
import { find, findAll } from '../html.ts';
import { allTypes } from './all-types.ts';
import { formValues } from './form-html.ts';

const TODAY = '2026-11-15';
const def: FormDefinition = allTypes();
const step = def.steps[0] as Step;
const kids = step.questions.find((q) => q.key === 'kids');
if (kids?.type !== 'group') throw new Error('fixture');

function renderKids(raw: Record<string, string | string[]>) {
  return toHtml(
    <QuestionField
      t={getTranslator('sv')}
      lang="sv"
      question={kids as typeof kids & {}}
      raw={raw}
      errors={[]}
    />,
  );
}

describe('form actions', () => {
  it('finds the pressed add, remove-row and remove-file buttons', () => {
    assert.deepEqual(pressedAction(step, { addRow: 'kids' }), { kind: 'addRow', key: 'kids' });
    assert.deepEqual(pressedAction(step, { 'q.kids.removeRow': '2' }), {
      kind: 'removeRow',
      key: 'kids',
      row: 2,
    });
    assert.deepEqual(pressedAction(step, { 'q.certificate.remove': 'f1' }), {
      kind: 'removeFile',
      key: 'certificate',
      fileId: 'f1',
    });
    assert.equal(pressedAction(step, { action: 'continue', 'q.name': 'Anna' }), undefined);
    assert.equal(pressedAction(step, { addRow: 'name' }), undefined, 'only groups add rows');
    assert.equal(pressedAction(step, { 'q.kids.removeRow': 'x' }), undefined);
  });

  it('adds a blank row the page then shows, up to maxRows', () => {
    const v = validateStep(def, 'alla', {}, { 'q.kids.0.cname': 'Bo', addRow: 'kids' }, { today: TODAY });
    assert.equal(groupRowCount(kids, 'q.kids', v.raw), 1);
    const raw = withAddedRow(step, { addRow: 'kids' }, v.raw);
    assert.equal(groupRowCount(kids, 'q.kids', raw), 2);
    const html = renderKids(raw);
    assert.equal(find(html, 'input', { name: 'q.kids.0.cname' }).attrs.value, 'Bo');
    assert.equal(find(html, 'input', { name: 'q.kids.1.cname' }).attrs.value, '');
    const three = withAddedRow(step, { addRow: 'kids' }, raw);
    const full = withAddedRow(step, { addRow: 'kids' }, three);
    assert.equal(groupRowCount(kids, 'q.kids', full), 3, 'maxRows is 3');
    assert.equal(withAddedRow(step, { action: 'continue' }, raw), raw);
  });

  it('removes a row through the engine, which renumbers the rest', () => {
    const raw = { 'q.kids.0.cname': 'Ada', 'q.kids.1.cname': 'Bo', 'q.kids.2.cname': 'Cia' };
    const html = renderKids(raw);
    const posted = { ...formValues(html), 'q.kids.removeRow': '1' };
    const v = validateStep(def, 'alla', {}, posted, { today: TODAY });
    assert.deepEqual(
      (v.answers.kids as { cname: string }[]).map((r) => r.cname),
      ['Ada', 'Cia'],
    );
    const again = renderKids(v.raw);
    assert.equal(find(again, 'input', { name: 'q.kids.1.cname' }).attrs.value, 'Cia');
    assert.equal(findAll(again, 'input', { name: 'q.kids.2.cname' }).length, 0);
  });

  it('drops a row that was added and left blank', () => {
    const html = renderKids(withAddedRow(step, { addRow: 'kids' }, { 'q.kids.0.cname': 'Ada' }));
    const v = validateStep(def, 'alla', {}, formValues(html), { today: TODAY });
    assert.deepEqual(v.answers.kids, [{ cname: 'Ada' }]);
    assert.equal(v.errors.filter((e) => e.questionKey === 'kids').length, 0);
  });
});

describe('DefaultSubmit', () => {
  it('is a hidden submit button carrying the main action', () => {
    const html = (
      <DefaultSubmit name="action" value="continue">
        Fortsätt
      </DefaultSubmit>
    );
    assert.equal(
      String(html),
      '<button type="submit" name="action" value="continue" hidden>Fortsätt</button>',
    );
  });
});
