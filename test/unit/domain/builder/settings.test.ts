import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkColourLabels } from '../../../../src/domain/builder/settings/colours.ts';
import {
  checkExportColumns,
  checkSummaryKeys,
  SUMMARY_MAX,
} from '../../../../src/domain/builder/settings/columns.ts';
import { moved, wholeNumber } from '../../../../src/domain/builder/settings/common.ts';
import { checkHandling, parsePurgeRule } from '../../../../src/domain/builder/settings/handling.ts';
import {
  checkStatusSet,
  keyFromName,
  rowsOfStatusSet,
  type StatusRow,
} from '../../../../src/domain/builder/settings/statuses.ts';
import { type CaseStatus, STANDARD_STATUSES } from '../../../../src/domain/cases/statuses.ts';

const known = new Map<string, CaseStatus>(STANDARD_STATUSES.map((s) => [s.key, s]));
const facts = (casesInStatus: [string, number][] = []) => ({
  known,
  casesInStatus: new Map(casesInStatus),
  current: STANDARD_STATUSES,
});
const standardRows = () => rowsOfStatusSet(STANDARD_STATUSES);
const codes = (r: { ok: boolean; problems?: { code: string }[] }) =>
  r.ok ? [] : (r.problems ?? []).map((p) => p.code);
const blank: StatusRow = {
  key: '',
  sv: '',
  en: '',
  colour: 'grey',
  applicantMayEdit: false,
  mayDelete: false,
  closed: false,
};

describe('status set', () => {
  it('keeps the standard set as it is, with its Arabic names', () => {
    const r = checkStatusSet(standardRows(), facts());
    assert.ok(r.ok);
    assert.deepEqual(r.value, STANDARD_STATUSES);
  });

  it('makes a key from the Swedish name of a new status, unique in the set', () => {
    const r = checkStatusSet(
      [...standardRows(), { ...blank, sv: 'Väntar på intyg', colour: 'purple' }, { ...blank, sv: 'Klart!' }],
      facts(),
    );
    assert.ok(r.ok);
    assert.equal(r.value[6]?.key, 'vantar_pa_intyg');
    assert.equal(r.value[7]?.key, 'klart');
    assert.equal(keyFromName('Beviljat', new Set(['beviljat'])), 'beviljat_2');
    assert.equal(keyFromName('123', new Set()), 'status');
    assert.equal(keyFromName('Överklagat', new Set()), 'overklagat');
  });

  it('refuses unknown and duplicate keys, a missing submitted, empty and over-long names, bad colours', () => {
    const rows = standardRows();
    assert.deepEqual(
      codes(
        checkStatusSet(
          rows.map((r, i) => (i === 1 ? { ...r, key: 'hacked' } : r)),
          facts(),
        ),
      ),
      ['unknownKey'],
    );
    assert.deepEqual(
      codes(
        checkStatusSet(
          rows.map((r, i) => (i === 1 ? { ...r, key: 'BAD KEY' } : r)),
          facts(),
        ),
      ),
      ['unknownKey'],
    );
    assert.ok(
      codes(
        checkStatusSet(
          rows.map((r, i) => (i === 2 ? { ...r, key: 'in_progress' } : r)),
          facts(),
        ),
      ).includes('duplicateKey'),
    );
    assert.deepEqual(codes(checkStatusSet(rows.slice(1), facts())), ['missingInitial']);
    assert.deepEqual(codes(checkStatusSet([], facts())), ['missingInitial']);
    assert.deepEqual(
      codes(
        checkStatusSet(
          rows.map((r, i) => (i === 2 ? { ...r, sv: '  ' } : r)),
          facts(),
        ),
      ),
      ['nameRequired'],
    );
    assert.deepEqual(
      codes(
        checkStatusSet(
          rows.map((r, i) => (i === 2 ? { ...r, sv: 'x'.repeat(61) } : r)),
          facts(),
        ),
      ),
      ['nameTooLong'],
    );
    assert.deepEqual(
      codes(
        checkStatusSet(
          rows.map((r, i) => (i === 2 ? { ...r, en: 'x'.repeat(61) } : r)),
          facts(),
        ),
      ),
      ['nameTooLong'],
    );
    assert.deepEqual(
      codes(
        checkStatusSet(
          rows.map((r, i) => (i === 2 ? { ...r, sv: 'inskickat' } : r)),
          facts(),
        ),
      ),
      ['duplicateName'],
    );
    assert.deepEqual(
      codes(
        checkStatusSet(
          rows.map((r, i) => (i === 2 ? { ...r, colour: 'pink' } : r)),
          facts(),
        ),
      ),
      ['badColour'],
    );
    const many = Array.from({ length: 30 }, (_, i) => ({ ...blank, sv: `Status ${i}` }));
    assert.ok(codes(checkStatusSet([...rows, ...many], facts())).includes('tooMany'));
  });

  it('refuses removing a status that cases stand in, and says how many', () => {
    const r = checkStatusSet(
      standardRows().filter((s) => s.key !== 'approved'),
      facts([['approved', 3]]),
    );
    assert.ok(!r.ok);
    assert.deepEqual(r.problems, [
      { field: 'statuses', code: 'inUse', params: { name: 'Beviljat', count: 3 } },
    ]);
    // A status only the cases know (left from an older set) counts too.
    const orphan = checkStatusSet(standardRows(), facts([['old_status', 2]]));
    assert.deepEqual(codes(orphan), ['inUse']);
    // Removing an unused one is fine.
    assert.ok(
      checkStatusSet(
        standardRows().filter((s) => s.key !== 'approved'),
        facts([['completed', 1]]),
      ).ok,
    );
  });
});

describe('colour labels', () => {
  it('accepts labels in tag colours with a Swedish meaning; empty means the default palette', () => {
    assert.deepEqual(checkColourLabels([]), { ok: true, value: [] });
    const r = checkColourLabels([{ colour: 'red', sv: ' Brådskande ', en: 'Urgent' }]);
    assert.deepEqual(r, { ok: true, value: [{ key: 'red', meaning: { sv: 'Brådskande', en: 'Urgent' } }] });
  });
  it('keeps other languages of a label it had', () => {
    const r = checkColourLabels(
      [{ colour: 'red', sv: 'Brådskande', en: '' }],
      [{ key: 'red', meaning: { sv: 'Akut', en: 'Acute', ar: 'عاجل' } }],
    );
    assert.deepEqual(r, { ok: true, value: [{ key: 'red', meaning: { sv: 'Brådskande', ar: 'عاجل' } }] });
  });
  it('refuses unknown or repeated colours, empty and over-long meanings', () => {
    assert.deepEqual(codes(checkColourLabels([{ colour: 'pink', sv: 'x', en: '' }])), ['badColour']);
    assert.deepEqual(
      codes(
        checkColourLabels([
          { colour: 'red', sv: 'a', en: '' },
          { colour: 'red', sv: 'b', en: '' },
        ]),
      ),
      ['duplicateColour'],
    );
    assert.deepEqual(codes(checkColourLabels([{ colour: 'red', sv: '', en: '' }])), ['meaningRequired']);
    assert.deepEqual(codes(checkColourLabels([{ colour: 'red', sv: 'x'.repeat(61), en: '' }])), [
      'meaningTooLong',
    ]);
  });
});

describe('handling', () => {
  const form = {
    handleWithinDays: '14',
    manualCasesAllowed: 'yes',
    answersEditable: 'no',
    purgeStatus: 'completed',
    purgeDays: '365',
  };
  it('reads days, yes/no and the purge rule', () => {
    assert.deepEqual(checkHandling(form, STANDARD_STATUSES), {
      ok: true,
      value: {
        handleWithinDays: 14,
        manualCasesAllowed: true,
        answersEditable: false,
        purgeRule: { status: 'completed', days: 365 },
      },
    });
    const none = checkHandling(
      { ...form, handleWithinDays: ' ', purgeStatus: '', purgeDays: 'ignored' },
      STANDARD_STATUSES,
    );
    assert.ok(none.ok);
    assert.equal(none.value.handleWithinDays, null);
    assert.equal(none.value.purgeRule, null);
  });
  it('refuses days out of range, non-numbers, unknown purge statuses and missing yes/no', () => {
    const check = (f: Partial<typeof form>) => codes(checkHandling({ ...form, ...f }, STANDARD_STATUSES));
    assert.deepEqual(check({ handleWithinDays: '0' }), ['daysOutOfRange']);
    assert.deepEqual(check({ handleWithinDays: '366' }), ['daysOutOfRange']);
    assert.deepEqual(check({ handleWithinDays: '1.5' }), ['daysInvalid']);
    assert.deepEqual(check({ handleWithinDays: '-3' }), ['daysInvalid']);
    assert.deepEqual(check({ purgeStatus: 'nope' }), ['purgeStatusUnknown']);
    assert.deepEqual(check({ purgeDays: '3651' }), ['purgeDaysOutOfRange']);
    assert.deepEqual(check({ purgeDays: '0' }), ['purgeDaysOutOfRange']);
    assert.deepEqual(check({ purgeDays: '' }), ['purgeDaysInvalid']);
    assert.deepEqual(check({ manualCasesAllowed: '' }), ['yesNoRequired']);
    assert.deepEqual(check({ answersEditable: 'true' }), ['yesNoRequired']);
    assert.ok(check({ handleWithinDays: '1', purgeDays: '3650' }).length === 0);
  });
  it('parses a stored purge rule or nothing', () => {
    assert.deepEqual(parsePurgeRule({ status: 'completed', days: 30 }), { status: 'completed', days: 30 });
    assert.equal(parsePurgeRule(null), null);
    assert.equal(parsePurgeRule({ status: 'completed', days: 0 }), null);
    assert.equal(parsePurgeRule({ status: 'completed', days: '30' }), null);
  });
});

describe('summary fields and export columns', () => {
  const questions = ['childName', 'school', 'diet', 'allergies', 'certificate', 'startDate', 'consent'];
  it('summary: known questions, each once, at most the limit', () => {
    assert.deepEqual(checkSummaryKeys(['school', 'childName'], questions), {
      ok: true,
      value: ['school', 'childName'],
    });
    assert.deepEqual(codes(checkSummaryKeys(['nope'], questions)), ['unknownQuestion']);
    assert.deepEqual(codes(checkSummaryKeys(['school', 'school'], questions)), ['duplicateKey']);
    assert.deepEqual(codes(checkSummaryKeys(questions.slice(0, SUMMARY_MAX + 1), questions)), [
      'tooManySummary',
    ]);
    assert.ok(checkSummaryKeys([], questions).ok);
  });
  it('export: all = null; chosen columns need names; unknown keys refused', () => {
    assert.deepEqual(checkExportColumns('all', [], questions), { ok: true, value: null });
    assert.deepEqual(codes(checkExportColumns('', [], questions)), ['modeRequired']);
    const rows = [
      { key: 'school', chosen: true, title: ' Skola ' },
      { key: 'childName', chosen: true, title: 'Barn' },
      { key: 'diet', chosen: false, title: '' },
    ];
    assert.deepEqual(checkExportColumns('chosen', rows, questions), {
      ok: true,
      value: [
        { key: 'school', title: 'Skola' },
        { key: 'childName', title: 'Barn' },
      ],
    });
    assert.deepEqual(
      codes(checkExportColumns('chosen', [{ key: 'school', chosen: true, title: '' }], questions)),
      ['titleRequired'],
    );
    assert.deepEqual(
      codes(
        checkExportColumns('chosen', [{ key: 'school', chosen: true, title: 'x'.repeat(61) }], questions),
      ),
      ['titleTooLong'],
    );
    assert.deepEqual(
      codes(checkExportColumns('chosen', [{ key: 'x', chosen: true, title: 'X' }], questions)),
      ['unknownQuestion'],
    );
    assert.deepEqual(
      codes(checkExportColumns('chosen', [{ key: 'school', chosen: false, title: 'S' }], questions)),
      ['noColumns'],
    );
  });
});

describe('helpers', () => {
  it('moves rows and reads whole numbers', () => {
    assert.deepEqual(moved([1, 2, 3], 0, 1), [2, 1, 3]);
    assert.deepEqual(moved([1, 2, 3], 0, -1), [1, 2, 3]);
    assert.deepEqual(moved([1, 2, 3], 2, 1), [1, 2, 3]);
    assert.equal(wholeNumber(' 30 '), 30);
    assert.equal(wholeNumber('3e2'), undefined);
    assert.equal(wholeNumber(''), undefined);
  });
});
