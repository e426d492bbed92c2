import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  buildEServicePackage,
  type PackagedEService,
  parseEServicePackage,
} from '../../../../src/domain/builder/eservice-package.ts';
import type { FormDefinition } from '../../../../src/domain/forms/definition.ts';
import { specialkostJson } from '../../../../src/domain/forms/examples/specialkost.ts';
import { parseDefinition } from '../../../../src/domain/forms/schema/parse-definition.ts';

const def = (() => {
  const r = parseDefinition(specialkostJson);
  assert.ok(r.ok);
  return r.value;
})();

const lt = (sv: string) => ({ sv });

const eService: PackagedEService = {
  slug: 'ansokan-om-specialkost',
  category: lt('Skola'),
  name: { sv: 'Ansökan om specialkost', en: 'Special diet' },
  description: lt('Beskrivning'),
  whatYouNeed: null,
  contact: { unit: lt('Kostenheten'), email: 'kost@demo.kommun.example' },
  loginRequirement: 'required',
  personalData: {
    dataProcessed: lt('a'),
    purpose: lt('b'),
    legalBasis: lt('c'),
    retention: lt('d'),
    controller: lt('e'),
    complaint: lt('f'),
  },
  summaryKeys: [],
  handleWithinDays: 14,
  statusSet: [],
  colourLabels: [{ key: 'red', meaning: lt('Brådskande') }],
  exportColumns: null,
  answersEditable: true,
  manualCasesAllowed: false,
  notificationSettings: {
    caseSubmitted: { sms: true },
    functionMailbox: { address: 'skolmat@demo.kommun.example', events: ['newCase'] },
  },
  notificationTemplates: [
    { event: 'statusChanged', channel: 'sms', lang: 'sv', subject: '', body: 'Ny status' },
    {
      event: 'caseSubmitted',
      channel: 'email',
      lang: 'sv',
      subject: 'Tack',
      body: 'Vi har fått din ansökan',
    },
  ],
  handlerGroups: [
    { group: 'Skolmat', restricted: false },
    { group: 'Elevhälsan', restricted: true },
  ],
  assignmentRules: [{ when: true, group: 'Skolmat' }],
};

const versions = [
  { number: 2, status: 'draft' as const, definition: def },
  { number: 1, status: 'published' as const, definition: def },
];

function built() {
  return JSON.parse(
    JSON.stringify(buildEServicePackage(eService, versions, new Date('2026-11-23T10:00:00Z'))),
  );
}

describe('buildEServicePackage', () => {
  it('orders versions, templates and groups, and leaves the function mailbox out', () => {
    const doc = built();
    assert.equal(doc.format, 'ingang.eservice');
    assert.equal(doc.formatVersion, 1);
    assert.equal(doc.exportedAt, '2026-11-23T10:00:00.000Z');
    assert.deepEqual(
      doc.versions.map((v: { number: number }) => v.number),
      [1, 2],
    );
    assert.deepEqual(doc.eService.notificationSettings, { caseSubmitted: { sms: true } });
    assert.deepEqual(
      doc.eService.notificationTemplates.map((t: { event: string }) => t.event),
      ['caseSubmitted', 'statusChanged'],
    );
    assert.deepEqual(
      doc.eService.handlerGroups.map((g: { group: string }) => g.group),
      ['Elevhälsan', 'Skolmat'],
    );
  });
});

describe('parseEServicePackage', () => {
  it('reads back what was built, with parsed definitions', () => {
    const r = parseEServicePackage(built());
    assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
    assert.deepEqual(JSON.parse(JSON.stringify(r.value)), built());
    assert.ok(Object.isFrozen(r.value.versions[0]?.definition as FormDefinition));
  });

  // biome-ignore lint/suspicious/noExplicitAny: a tamperer reaches anywhere into the parsed JSON.
  const cases: [string, (d: Record<string, any>) => void, { path: string; code: string }][] = [
    ['another format', (d) => (d.format = 'x'), { path: '/format', code: 'notAnEServicePackage' }],
    [
      'a later format version',
      (d) => (d.formatVersion = 2),
      { path: '/formatVersion', code: 'unsupportedFormatVersion' },
    ],
    ['an unknown top-level field', (d) => (d.cases = []), { path: '/cases', code: 'unknownProperty' }],
    [
      'an unknown e-service field',
      (d) => (d.eService.id = 'abc'),
      { path: '/eService/id', code: 'unknownProperty' },
    ],
    [
      'a missing field',
      (d) => delete d.eService.personalData,
      { path: '/eService/personalData', code: 'missing' },
    ],
    ['a bad slug', (d) => (d.eService.slug = 'Ä!'), { path: '/eService/slug', code: 'invalidSlug' }],
    [
      'a name without Swedish',
      (d) => (d.eService.name = { en: 'x' }),
      { path: '/eService/name/sv', code: 'missingSwedish' },
    ],
    [
      'an unknown login requirement',
      (d) => (d.eService.loginRequirement = 'maybe'),
      { path: '/eService/loginRequirement', code: 'invalidValue' },
    ],
    [
      'a rule naming a person',
      (d) => (d.eService.assignmentRules[0].userId = '00000000-0000-4000-8000-000000000000'),
      { path: '/eService/assignmentRules/0/userId', code: 'unknownProperty' },
    ],
    [
      'a rule with a forbidden operator',
      (d) => (d.eService.assignmentRules[0].when = { eval: ['x'] }),
      { path: '/eService/assignmentRules/0/when/eval', code: 'unknownOperator' },
    ],
    [
      'a non-boolean notification setting',
      (d) => (d.eService.notificationSettings.caseSubmitted.sms = 'yes'),
      { path: '/eService/notificationSettings/caseSubmitted/sms', code: 'wrongType' },
    ],
    [
      'two published versions',
      (d) => (d.versions[1].status = 'published'),
      { path: '/versions/1/status', code: 'morePublished' },
    ],
    [
      'a repeated version number',
      (d) => (d.versions[1].number = 1),
      { path: '/versions/1/number', code: 'duplicateNumber' },
    ],
    ['no versions', (d) => (d.versions = []), { path: '/versions', code: 'tooFew' }],
    [
      'a tampered definition',
      (d) => (d.versions[0].definition.steps[0].questions[0].type = 'script'),
      { path: '/versions/0/definition/steps/0/questions/0/type', code: 'unknownQuestionType' },
    ],
    [
      'a definition with an extra property',
      (d) => (d.versions[1].definition.steps[0].owner = 'x'),
      { path: '/versions/1/definition/steps/0/owner', code: 'unknownProperty' },
    ],
  ];
  for (const [name, tamper, expected] of cases) {
    it(`refuses ${name}`, () => {
      const doc = built();
      tamper(doc);
      const r = parseEServicePackage(doc);
      assert.ok(!r.ok);
      assert.ok(
        r.error.some((p) => p.path === expected.path && p.code === expected.code),
        JSON.stringify(r.error),
      );
    });
  }

  it('refuses what is not an object', () => {
    for (const v of [null, [], 'x', 1]) assert.equal(parseEServicePackage(v).ok, false);
  });
});
