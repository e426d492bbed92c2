import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkBeforePublish,
  type EServiceTexts,
  type PublishProblem,
} from '../../../../src/domain/builder/publish-checks.ts';
import { rulesReading } from '../../../../src/domain/builder/references.ts';
import { parseDefinition } from '../../../../src/domain/forms/schema/parse-definition.ts';

const t = (sv: string, en = `${sv} (en)`, ar = `${sv} (ar)`) => ({ sv, en, ar });
const ctx = { languages: ['sv', 'en', 'ar'], officerCount: 1 };

// biome-ignore lint/suspicious/noExplicitAny: tests bend questions into shapes their types forbid
type LooseQuestion = { [property: string]: any };
interface Def {
  schemaVersion: number;
  steps: { id: string; title: { [lang: string]: string }; questions: LooseQuestion[] }[];
}

/** A clean definition: a choice with a follow-up, a yes/no with a follow-up, a computed value. */
function clean(): Def {
  return {
    schemaVersion: 1,
    steps: [
      {
        id: 's1',
        title: t('Steg'),
        questions: [
          {
            id: 'q1',
            key: 'school',
            type: 'radio',
            label: t('Skola'),
            required: true,
            options: [
              { value: 'bjork', label: t('Björk') },
              { value: 'ek', label: t('Ek'), hint: t('Eken') },
            ],
          },
          {
            id: 'q2',
            key: 'course',
            type: 'text',
            label: t('Kurs'),
            required: true,
            visibleWhen: { '==': [{ var: 'school' }, 'ek'] },
          },
          { id: 'q3', key: 'pet', type: 'yesno', label: t('Husdjur?'), required: false },
          {
            id: 'q4',
            key: 'petName',
            type: 'text',
            label: t('Namn'),
            required: false,
            requiredWhen: { '==': [{ var: 'pet' }, true] },
            visibleWhen: { '!!': [{ var: 'pet' }] },
          },
          { id: 'q5', key: 'days', type: 'number', label: t('Dagar'), required: false },
          {
            id: 'q6',
            key: 'cost',
            type: 'computed',
            label: t('Kostnad'),
            format: 'currency',
            expression: { '*': [{ var: 'days' }, 100] },
          },
        ],
      },
    ],
  };
}

function broken(change: (d: Def) => void): Def {
  const d = structuredClone(clean());
  change(d);
  return d;
}
const codes = (ps: PublishProblem[]) => ps.map((p) => p.code);
const q = (d: Def, i: number): LooseQuestion => d.steps[0]?.questions[i] ?? {};

describe('checkBeforePublish', () => {
  it('finds nothing wrong with a clean definition', () => {
    assert.ok(parseDefinition(clean()).ok);
    assert.deepEqual(checkBeforePublish(clean(), ctx), []);
  });

  it('lists schema problems with the schema code as a parameter', () => {
    const ps = checkBeforePublish(
      broken((d) => {
        q(d, 0).options = [{ value: 'bjork', label: t('Björk') }];
        q(d, 2).label = { en: 'No Swedish' };
      }),
      ctx,
    );
    assert.deepEqual(ps, [
      { code: 'schema', path: '/steps/0/questions/0/options', params: { min: 2, problem: 'tooFew' } },
      { code: 'schema', path: '/steps/0/questions/2/label/sv', params: { problem: 'missingSwedish' } },
    ]);
  });

  it('names a condition that reads a deleted question, and whose condition it is', () => {
    const ps = checkBeforePublish(
      broken((d) => {
        d.steps[0]?.questions.splice(2, 1); // delete "pet"
      }),
      ctx,
    );
    assert.deepEqual(
      ps.map((p) => [p.code, p.params]),
      [
        ['conditionReadsMissingQuestion', { key: 'pet', question: 'petName', role: 'visibleWhen' }],
        ['conditionReadsMissingQuestion', { key: 'pet', question: 'petName', role: 'requiredWhen' }],
      ],
    );
    assert.match(ps[0]?.path ?? '', /^\/steps\/0\/questions\/2\/visibleWhen\//);
  });

  it('names a computed value that reads a deleted question', () => {
    const ps = checkBeforePublish(
      broken((d) => {
        q(d, 5).expression = { '*': [{ var: 'nights' }, 100] };
      }),
      ctx,
    );
    assert.deepEqual(ps, [
      {
        code: 'conditionReadsMissingQuestion',
        path: '/steps/0/questions/5/expression/*/0/var',
        params: { key: 'nights', question: 'cost', role: 'expression' },
      },
    ]);
  });

  it('names an assignment rule that reads a question this version lacks', () => {
    const rules = [
      { when: { '==': [{ var: 'school' }, 'ek'] }, userId: '00000000-0000-4000-8000-000000000001' },
      { when: { '==': [{ var: 'district' }, 'norr'] }, groupId: '00000000-0000-4000-8000-000000000002' },
    ];
    assert.deepEqual(checkBeforePublish(clean(), { ...ctx, assignmentRules: rules }), [
      { code: 'assignmentRuleReadsMissingQuestion', params: { rule: 2, key: 'district' } },
    ]);
    assert.deepEqual(codes(checkBeforePublish(clean(), { ...ctx, assignmentRules: [{ what: 1 }] })), [
      'assignmentRulesInvalid',
    ]);
    assert.deepEqual(checkBeforePublish(clean(), { ...ctx, assignmentRules: [] }), []);
  });

  describe('a required question that can never be shown', () => {
    const neverShown = (d: Def) =>
      checkBeforePublish(d, ctx)
        .filter((p) => p.code === 'requiredNeverShown')
        .map((p) => p.params?.key);

    it('is found when its condition is literally false', () => {
      assert.deepEqual(
        neverShown(
          broken((d) => {
            q(d, 1).visibleWhen = false;
          }),
        ),
        ['course'],
      );
      assert.deepEqual(
        neverShown(
          broken((d) => {
            q(d, 1).visibleWhen = { and: [true, { '==': [1, 2] }] };
          }),
        ),
        ['course'],
      );
    });

    it('is found when it compares a choice with a value the choice does not have', () => {
      const ps = checkBeforePublish(
        broken((d) => {
          q(d, 1).visibleWhen = { '==': [{ var: 'school' }, 'tall'] };
        }),
        ctx,
      );
      assert.deepEqual(ps, [
        { code: 'requiredNeverShown', path: '/steps/0/questions/1', params: { key: 'course', step: 's1' } },
      ]);
    });

    it('is found for a checkbox option that does not exist and a yes/no compared with a string', () => {
      const d = broken((d) => {
        d.steps[0]?.questions.push(
          {
            id: 'q7',
            key: 'diet',
            type: 'checkbox',
            label: t('Kost'),
            required: false,
            options: [
              { value: 'gluten', label: t('Gluten') },
              { value: 'laktos', label: t('Laktos') },
            ],
          },
          {
            id: 'q8',
            key: 'other',
            type: 'text',
            label: t('Annan'),
            required: true,
            visibleWhen: { in: ['annat', { var: 'diet' }] },
          },
          {
            id: 'q9',
            key: 'glutenNote',
            type: 'text',
            label: t('Intyg'),
            required: true,
            visibleWhen: { in: ['gluten', { var: 'diet' }] },
          },
        );
        q(d, 3).visibleWhen = { '===': [{ var: 'pet' }, 'ja'] };
      });
      assert.deepEqual(neverShown(d), ['petName', 'other']);
    });

    it('is found when it depends only on questions that are never shown (and so on)', () => {
      const d = broken((d) => {
        q(d, 1).visibleWhen = { '==': [{ var: 'school' }, 'tall'] };
        d.steps[0]?.questions.push(
          {
            id: 'q7',
            key: 'level',
            type: 'select',
            label: t('Nivå'),
            required: false,
            visibleWhen: { '!!': [{ var: 'course' }] },
            options: [
              { value: 'a', label: t('A') },
              { value: 'b', label: t('B') },
            ],
          },
          {
            id: 'q8',
            key: 'levelNote',
            type: 'text',
            label: t('Om nivån'),
            required: true,
            visibleWhen: { '==': [{ var: 'level' }, 'b'] },
          },
        );
      });
      assert.deepEqual(neverShown(d), ['course', 'levelNote']);
    });

    it('is not found when some answer shows it, when it reads free text, or when it is not required', () => {
      // Unanswered counts: a question shown while another is unanswered can be shown.
      const d = broken((d) => {
        q(d, 1).visibleWhen = { '!': [{ var: 'school' }] };
        q(d, 3).visibleWhen = { '==': [{ var: 'course' }, 'never?'] };
        q(d, 4).visibleWhen = false; // not required: allowed (a question parked for later)
      });
      assert.deepEqual(neverShown(d), []);
      // A hidden question's value is missing, and missing == null holds.
      const e = broken((d) => {
        q(d, 1).visibleWhen = false;
        q(d, 1).required = false;
        q(d, 3).visibleWhen = { '==': [{ var: 'course' }, null] };
      });
      assert.deepEqual(neverShown(e), []);
    });
  });

  describe('translations', () => {
    it('lists every text that lacks an offered language, with its place', () => {
      const d = broken((d) => {
        q(d, 0).label = { sv: 'Skola', en: 'School', ar: '' };
        q(d, 0).options[1].hint = { sv: 'Eken' };
      });
      assert.deepEqual(checkBeforePublish(d, ctx), [
        { code: 'missingTranslation', path: '/steps/0/questions/0/label', params: { languages: ['ar'] } },
        {
          code: 'missingTranslation',
          path: '/steps/0/questions/0/options/1/hint',
          params: { languages: ['en', 'ar'] },
        },
      ]);
    });

    it('asks only for the languages offered; Swedish alone is always complete', () => {
      const d = broken((d) => {
        q(d, 0).options[1].hint = { sv: 'Eken', en: 'The oak' };
      });
      assert.deepEqual(checkBeforePublish(d, { languages: ['sv', 'en'], officerCount: 1 }), []);
      assert.deepEqual(checkBeforePublish(d, { languages: ['sv'], officerCount: 1 }), []);
      assert.deepEqual(checkBeforePublish(d, { languages: [], officerCount: 1 }), []);
    });

    it('does not take JSON Logic for text', () => {
      const d = broken((d) => {
        q(d, 1).visibleWhen = { '==': [{ var: 'school' }, 'ek'] };
      });
      assert.deepEqual(checkBeforePublish(d, { languages: ['sv', 'de'], officerCount: 1 }).length, 10); // 1 title, 6 labels, 2 option labels, 1 hint
    });
  });

  it('reports an e-service without an officer, even beside schema problems', () => {
    assert.deepEqual(checkBeforePublish(clean(), { ...ctx, officerCount: 0 }), [{ code: 'noOfficer' }]);
    assert.deepEqual(codes(checkBeforePublish({ steps: [] }, { ...ctx, officerCount: 0 })), [
      'schema',
      'schema',
      'noOfficer',
    ]);
  });
});

describe('rulesReading', () => {
  it('lists the conditions and expressions that read a question', () => {
    const parsed = parseDefinition(clean());
    assert.ok(parsed.ok);
    assert.deepEqual(rulesReading(parsed.value, 'pet'), [
      { stepId: 's1', questionKey: 'petName', role: 'visibleWhen' },
      { stepId: 's1', questionKey: 'petName', role: 'requiredWhen' },
    ]);
    assert.deepEqual(rulesReading(parsed.value, 'days'), [
      { stepId: 's1', questionKey: 'cost', role: 'expression' },
    ]);
    assert.deepEqual(rulesReading(parsed.value, 'cost'), []);
  });
});

describe("checkBeforePublish: the e-service's own texts", () => {
  /** Every own text in Swedish, English and Arabic. */
  function texts(): EServiceTexts {
    return {
      name: t('Specialkost'),
      category: t('Skola'),
      description: t('Ansök om specialkost'),
      whatYouNeed: t('Läkarintyg'),
      contactUnit: t('Kostenheten'),
      dataProcessed: t('Namn'),
      purpose: t('Handläggning'),
      legalBasis: t('Myndighetsutövning'),
      retention: t('Två år'),
      controller: t('Nämnden'),
      complaint: t('IMY'),
    };
  }
  const own = (problems: PublishProblem[]) => problems.filter((p) => p.code === 'missingEServiceText');

  it('finds nothing when every text is in every offered language', () => {
    assert.deepEqual(checkBeforePublish(clean(), { ...ctx, eServiceTexts: texts() }), []);
  });

  it('reports a name missing in Arabic, and one field once for several languages', () => {
    const e = texts();
    e.name = { sv: 'Specialkost' };
    e.purpose = { sv: 'Handläggning', en: 'Handling', ar: '  ' };
    assert.deepEqual(own(checkBeforePublish(clean(), { ...ctx, eServiceTexts: e })), [
      { code: 'missingEServiceText', params: { field: 'name', languages: ['en', 'ar'] } },
      { code: 'missingEServiceText', params: { field: 'purpose', languages: ['ar'] } },
    ]);
  });

  it('asks only for the offered languages', () => {
    const e = texts();
    e.description = { sv: 'Ansök', en: 'Apply' };
    const problems = checkBeforePublish(clean(), { ...ctx, languages: ['sv', 'en'], eServiceTexts: e });
    assert.deepEqual(own(problems), []);
    assert.deepEqual(own(checkBeforePublish(clean(), { ...ctx, eServiceTexts: e })), [
      { code: 'missingEServiceText', params: { field: 'description', languages: ['ar'] } },
    ]);
  });

  it('leaves "what you need" and the contact unit alone when they have no Swedish text', () => {
    const e = texts();
    e.whatYouNeed = null;
    e.contactUnit = { sv: '' };
    assert.deepEqual(own(checkBeforePublish(clean(), { ...ctx, eServiceTexts: e })), []);
    e.contactUnit = { sv: 'Kostenheten', en: 'Diet unit' };
    assert.deepEqual(own(checkBeforePublish(clean(), { ...ctx, eServiceTexts: e })), [
      { code: 'missingEServiceText', params: { field: 'contactUnit', languages: ['ar'] } },
    ]);
  });

  it('checks the own texts even when the definition is broken, and not at all without them', () => {
    const e = texts();
    e.complaint = { sv: 'IMY' };
    const broken = { schemaVersion: 1, steps: 'nope' };
    assert.deepEqual(own(checkBeforePublish(broken, { ...ctx, eServiceTexts: e })), [
      { code: 'missingEServiceText', params: { field: 'complaint', languages: ['en', 'ar'] } },
    ]);
    assert.deepEqual(own(checkBeforePublish(clean(), ctx)), []);
  });
});
