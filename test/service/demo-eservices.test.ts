import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import type { EServiceInfo } from '../../src/domain/eservices/eservice.ts';
import {
  type Answers,
  completeLanguages,
  evaluate,
  type FileRef,
  type FormDefinition,
  type LangText,
  parseDefinition,
  prefillAnswers,
  validateStep,
  validateSubmission,
} from '../../src/domain/forms/index.ts';
import { DEMO_ESERVICES, type DemoEService } from '../../src/services/demo/index.ts';
import { seedDemo } from '../../src/services/demo-seed.ts';
import type { NewEService } from '../../src/services/eservices/eservices.ts';
import { createServices, type Services } from '../../src/services/index.ts';
import { createTestDatabase } from '../support/db.ts';

const TODAY = '2026-11-23';
const ctx = { today: TODAY };

const SLUGS = {
  specialkost: 'ansokan-om-specialkost',
  skolskjuts: 'skolskjuts-ansokan',
  forslag: 'forbattringsforslag-befintlig-e-service',
  funktionsstod: 'funktionsstod-ersattning-sjuklonekostnader',
  kulturskolan: 'kulturskolan-ansokan',
};

function demo(slug: string): DemoEService {
  const d = DEMO_ESERVICES.find((x) => x.info.slug === slug);
  assert.ok(d, `no demo e-service ${slug}`);
  return d;
}

function parsed(slug: string): FormDefinition {
  const r = parseDefinition(demo(slug).definition);
  if (!r.ok) throw new Error(`${slug}: ${JSON.stringify(r.error, null, 2)}`);
  return r.value;
}

function file(name: string, mime = 'application/pdf'): FileRef[] {
  return [{ id: `file-${name}`, name, size: 245_000, mime }];
}

/**
 * `questionKey:code` for each error, to compare whole lists; once per question,
 * since a contact question reports each of its required parts.
 */
function errorsOf(def: FormDefinition, answers: Answers): string[] {
  return [...new Set(validateSubmission(def, answers, ctx).errors.map((e) => `${e.questionKey}:${e.code}`))];
}

function without(answers: Answers, ...keys: string[]): Answers {
  const copy = { ...answers };
  for (const k of keys) delete copy[k];
  return copy;
}

function assertValid(def: FormDefinition, answers: Answers): Answers {
  const v = validateSubmission(def, answers, ctx);
  assert.deepEqual(v.errors, []);
  assert.deepEqual(v.ignored, [], 'every answer belongs to a visible question');
  return v.answers;
}

/** Every visible text of the catalogue entry (the definition has `completeLanguages`). */
function infoTexts(info: NewEService): LangText[] {
  return [
    info.name,
    info.description,
    info.category,
    ...(info.whatYouNeed ? [info.whatYouNeed] : []),
    ...(info.contact.unit ? [info.contact.unit] : []),
    ...Object.values(info.personalData),
  ];
}

const guardian = { name: 'Amina Hassan', email: 'amina.hassan@example.se', phone: '070-123 45 67' };

describe('demo e-services', () => {
  let services: Services;
  let close: () => Promise<void>;
  let municipalityId: string;

  before(async () => {
    const database = await createTestDatabase();
    close = database.close;
    services = createServices(database, loadConfig({ NODE_ENV: 'test', DATA_DIR: 'memory://' }));
    assert.equal(await seedDemo(services), true);
    const m = await services.municipalities.bySlug('demo');
    assert.ok(m);
    municipalityId = m.id;
  });

  after(async () => {
    await close();
  });

  describe('seeding', () => {
    it('creates exactly five published e-services', async () => {
      const catalogue = await services.eServices.listPublished(municipalityId);
      assert.deepEqual(catalogue.map((c) => c.eService.slug).sort(), Object.values(SLUGS).sort());
      for (const c of catalogue) assert.equal(c.versionNumber, 1);
      const count = await services.db
        .selectFrom('e_service')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('municipality_id', '=', municipalityId)
        .executeTakeFirstOrThrow();
      assert.equal(Number(count.n), 5);
    });

    it('stores the catalogue information and the definition as written', async () => {
      for (const d of DEMO_ESERVICES) {
        const e = await services.eServices.bySlug(municipalityId, d.info.slug);
        assert.ok(e, d.info.slug);
        const { id: _id, municipalityId: _m, offeredLanguages, ...stored } = e as EServiceInfo;
        assert.deepEqual(stored, d.info);
        // Offered in the languages its name is written in (Swedish first).
        assert.deepEqual(offeredLanguages, ['sv', ...Object.keys(d.info.name).filter((l) => l !== 'sv')]);
        const v = await services.eServices.publishedVersion(municipalityId, e.id);
        assert.ok(v, `${d.info.slug} has a published version`);
        assert.deepEqual(JSON.parse(JSON.stringify(v.definition)), JSON.parse(JSON.stringify(d.definition)));
      }
    });

    it('finds the e-services by search words', async () => {
      const hits = await services.eServices.listPublished(municipalityId, 'specialkost');
      assert.deepEqual(
        hits.map((h) => h.eService.slug),
        [SLUGS.specialkost],
      );
      const schools = await services.eServices.listPublished(municipalityId, 'skola');
      assert.ok(schools.some((h) => h.eService.slug === SLUGS.skolskjuts));
    });

    it('does nothing the second time', async () => {
      assert.equal(await seedDemo(services), false);
      assert.equal((await services.eServices.listPublished(municipalityId)).length, 5);
    });
  });

  describe('every e-service', () => {
    for (const d of DEMO_ESERVICES) {
      describe(d.info.slug, () => {
        it('passes the schema', () => {
          const r = parseDefinition(d.definition);
          assert.ok(r.ok, JSON.stringify(!r.ok && r.error));
        });

        it('marks exactly its summary keys as summary questions', () => {
          const def = parsed(d.info.slug);
          const marked = def.steps
            .flatMap((s) => s.questions)
            .filter((q) => 'summary' in q && q.summary === true)
            .map((q) => q.key);
          assert.deepEqual(marked.sort(), [...d.info.summaryKeys].sort());
        });

        it('has every text in Swedish and English', () => {
          const def = parsed(d.info.slug);
          assert.ok(completeLanguages(def).includes('en'), `definition languages: ${completeLanguages(def)}`);
          for (const t of infoTexts(d.info)) {
            assert.ok(t.sv.trim() !== '' && (t.en ?? '').trim() !== '', `missing English: ${t.sv}`);
          }
        });

        it('has complete personal-data information and what you need', () => {
          assert.ok(d.info.whatYouNeed && d.info.whatYouNeed.sv.length > 40);
          for (const [k, t] of Object.entries(d.info.personalData)) {
            assert.ok(t.sv.length > 20, `${k} is too short to inform anyone`);
          }
          assert.ok(d.info.contact.email?.endsWith('@demo.kommun.example'));
        });
      });
    }
  });

  describe('Ansökan om specialkost', () => {
    const def = parsed(SLUGS.specialkost);
    const complete: Answers = {
      childName: 'Sara Hassan',
      childPnr: '201704122389',
      school: 'solbacken',
      groupOrClass: 'Blåklockan',
      grounds: ['medical', 'religious'],
      medicalDiet: ['milkProtein', 'peanuts'],
      allergySeverity: 'severe',
      reactsToTraces: true,
      carriesAdrenaline: true,
      adrenalineLocation: 'I barnets ryggsäck, i det röda fodralet',
      certificate: file('lakarintyg.pdf'),
      lifestyleDiet: 'porkFree',
      startDate: '2026-12-01',
      guardian,
      shareWithKitchen: true,
    };

    it('is written completely in Swedish, English and Arabic', () => {
      assert.deepEqual(completeLanguages(def).sort(), ['ar', 'en', 'sv']);
      for (const t of infoTexts(demo(SLUGS.specialkost).info)) {
        assert.ok((t.ar ?? '').trim() !== '', `missing Arabic: ${t.sv}`);
        assert.match(t.ar ?? '', /[\u0600-\u06FF]/, `not Arabic script: ${t.ar}`);
      }
    });

    it('may be used without logging in and shows the child and the school', () => {
      const info = demo(SLUGS.specialkost).info;
      assert.equal(info.loginRequirement, 'optional');
      assert.deepEqual(info.summaryKeys, ['childName', 'school']);
    });

    it('accepts a complete application', () => {
      assert.deepEqual(assertValid(def, complete), complete);
    });

    it('reports the required questions of an empty application', () => {
      assert.deepEqual(errorsOf(def, {}), [
        'childName:required',
        'childPnr:required',
        'school:required',
        'grounds:required',
        'startDate:required',
        'guardian:required',
        'shareWithKitchen:mustConsent',
      ]);
    });

    it('asks the follow-ups of follow-ups: allergy, severity, then adrenaline', () => {
      const base = without(
        complete,
        'allergySeverity',
        'reactsToTraces',
        'carriesAdrenaline',
        'adrenalineLocation',
      );
      assert.deepEqual(errorsOf(def, base), ['allergySeverity:required']);
      assert.deepEqual(errorsOf(def, { ...base, allergySeverity: 'severe' }), [
        'reactsToTraces:required',
        'carriesAdrenaline:required',
      ]);
      assert.deepEqual(
        errorsOf(def, { ...base, allergySeverity: 'severe', reactsToTraces: true, carriesAdrenaline: true }),
        ['adrenalineLocation:required'],
      );
      assert.deepEqual(errorsOf(def, { ...base, allergySeverity: 'mild' }), []);
      // Lactose intolerance is no allergy: no severity question at all.
      assert.deepEqual(errorsOf(def, { ...base, medicalDiet: ['lactose'] }), []);
    });

    it('requires the certificate only for medical grounds', () => {
      const withoutCertificate = without(complete, 'certificate');
      assert.deepEqual(errorsOf(def, withoutCertificate), ['certificate:required']);

      const religious: Answers = {
        ...without(
          withoutCertificate,
          'medicalDiet',
          'allergySeverity',
          'reactsToTraces',
          'carriesAdrenaline',
          'adrenalineLocation',
        ),
        grounds: ['religious'],
      };
      assert.deepEqual(errorsOf(def, religious), []);
      assert.equal(evaluate(def, religious).visible.has('certificate'), false);

      // A certificate left from an earlier choice is not kept with an ethical diet.
      const v = validateSubmission(
        def,
        { ...religious, grounds: ['ethical'], certificate: file('intyg.png', 'image/png') },
        ctx,
      );
      assert.deepEqual(v.errors, []);
      assert.equal(v.answers.certificate, undefined);
    });

    it('accepts PDF, JPEG and PNG certificates, at most three of at most 10 MB', () => {
      const q = def.steps.flatMap((s) => s.questions).find((x) => x.key === 'certificate');
      assert.ok(q && q.type === 'file');
      assert.deepEqual(q.accept, ['application/pdf', 'image/jpeg', 'image/png']);
      assert.equal(q.maxFiles, 3);
      assert.equal(q.maxSizeBytes, 10_000_000);
      const four = [1, 2, 3, 4].map((n) => ({
        id: `c${n}`,
        name: `sida${n}.jpg`,
        size: 1000,
        mime: 'image/jpeg',
      }));
      assert.deepEqual(errorsOf(def, { ...complete, certificate: four }), ['certificate:tooManyFiles']);
      assert.deepEqual(
        errorsOf(def, { ...complete, certificate: file('intyg.docx', 'application/msword') }),
        ['certificate:fileTypeNotAllowed'],
      );
    });

    it('does not let "no longer needs a special diet" be combined with a reason', () => {
      // Posted on the step, the way the form sends it: refused and not kept.
      const step = validateStep(def, 'kost', complete, { 'q.grounds': ['end', 'medical'] }, ctx);
      assert.deepEqual(
        step.errors.filter((e) => e.questionKey === 'grounds').map((e) => e.code),
        ['exclusiveCombined'],
      );
      assert.equal(step.answers.grounds, undefined);
      // Sent as stored answers (the API): refused before submission.
      assert.ok(
        errorsOf(def, { ...complete, grounds: ['end', 'medical'] }).includes('grounds:exclusiveCombined'),
      );
    });

    it('ends a special diet with just an end date', () => {
      const ending: Answers = {
        childName: 'Sara Hassan',
        childPnr: '201704122389',
        school: 'vastraSkolan',
        grounds: ['end'],
        endDate: '2027-01-08',
        guardian,
        shareWithKitchen: true,
      };
      assert.deepEqual(assertValid(def, ending), ending);
      assert.equal(evaluate(def, ending).visible.has('startDate'), false);
    });

    it('refuses a start date in the past', () => {
      assert.deepEqual(errorsOf(def, { ...complete, startDate: '2026-11-20' }), ['startDate:dateBefore']);
    });

    it('fills in the guardian from the login', () => {
      const filled = prefillAnswers(def, {}, { personnummer: '198405172266', ...guardian });
      assert.deepEqual(filled, { guardian });
    });
  });

  describe('Skolskjuts – ansökan', () => {
    const def = parsed(SLUGS.skolskjuts);
    const complete: Answers = {
      studentName: 'Elias Lind',
      studentPnr: '201409033378',
      school: 'lovasensSkola',
      grade: '6',
      homeAddress: { street: 'Lövåsvägen 12', postalCode: '12390', city: 'Demostad' },
      alternatingResidence: true,
      secondAddress: { street: 'Storgatan 40', postalCode: '12345', city: 'Demostad' },
      reasons: ['distance', 'disability'],
      distanceKm: 4.5,
      disabilityDescription:
        'Elias har en CP-skada och går med rullator. Han orkar inte gå till busshållplatsen.',
      aids: ['walkingAid'],
      disabilityCertificate: file('intyg-habiliteringen.pdf'),
      startDate: '2027-01-11',
      otherInfo: 'Elias är på fritids på onsdagar och hämtas då av oss.',
      guardian: { ...guardian, street: 'Lövåsvägen 12', postalCode: '12390', city: 'Demostad' },
      truthful: true,
    };

    it('requires login and shows the pupil, personnummer and school', () => {
      const info = demo(SLUGS.skolskjuts).info;
      assert.equal(info.loginRequirement, 'required');
      assert.deepEqual(info.summaryKeys, ['studentName', 'studentPnr', 'school']);
    });

    it('accepts a complete application', () => {
      assert.deepEqual(assertValid(def, complete), complete);
    });

    it('reports the required questions of an empty application', () => {
      assert.deepEqual(errorsOf(def, {}), [
        'studentName:required',
        'studentPnr:required',
        'school:required',
        'grade:required',
        'homeAddress:required',
        'alternatingResidence:required',
        'reasons:required',
        'startDate:required',
        'guardian:required',
        'truthful:mustConsent',
      ]);
    });

    it('asks for what each reason needs', () => {
      const traffic: Answers = { ...complete, reasons: ['traffic'] };
      assert.deepEqual(errorsOf(def, traffic), ['trafficDescription:required']);
      assert.deepEqual(errorsOf(def, without(complete, 'disabilityCertificate')), [
        'disabilityCertificate:required',
      ]);
      assert.deepEqual(errorsOf(def, { ...complete, aids: ['none', 'wheelchair'] }), [
        'aids:exclusiveCombined',
      ]);
    });

    it('asks for the name of an independent school', () => {
      assert.deepEqual(errorsOf(def, { ...complete, school: 'independentSchool' }), [
        'independentSchoolName:required',
      ]);
    });

    it('refuses a start date in the past', () => {
      assert.deepEqual(errorsOf(def, { ...complete, startDate: '2026-08-17' }), ['startDate:dateBefore']);
    });
  });

  describe('Förbättringsförslag – befintlig e-service', () => {
    const def = parsed(SLUGS.forslag);
    const complete: Answers = {
      concerns: 'external',
      externalEService: 'fardtjanst',
      suggestion:
        'När man söker färdtjänst vore det bra att kunna spara och fortsätta senare. Min mamma behövde hämta läkarintyget och fick börja om från början.',
      wantsReply: false,
    };

    it('is anonymous', () => {
      assert.equal(demo(SLUGS.forslag).info.loginRequirement, 'anonymous');
    });

    it('accepts a complete suggestion, with or without contact details', () => {
      assert.deepEqual(assertValid(def, complete), complete);
      const withContact: Answers = { ...complete, wantsReply: true, contact: { email: 'per@example.se' } };
      assert.deepEqual(assertValid(def, withContact), withContact);
    });

    it('reports the required questions of an empty suggestion', () => {
      assert.deepEqual(errorsOf(def, {}), [
        'concerns:required',
        'suggestion:required',
        'wantsReply:required',
      ]);
      assert.deepEqual(errorsOf(def, { ...complete, wantsReply: true }), ['contact:required']);
    });

    it('asks which e-service only for an e-service for residents', () => {
      assert.equal(evaluate(def, complete).visible.has('externalEService'), true);
      assert.equal(
        evaluate(def, { ...complete, concerns: 'general' }).visible.has('externalEService'),
        false,
      );
      assert.deepEqual(errorsOf(def, { ...complete, externalEService: 'other' }), ['otherEService:required']);
      assert.deepEqual(errorsOf(def, { ...complete, concerns: 'internal' }), ['internalEService:required']);
    });

    it('limits the suggestion to 1 500 characters', () => {
      const q = def.steps.flatMap((s) => s.questions).find((x) => x.key === 'suggestion');
      assert.ok(q && q.type === 'textarea');
      assert.equal(q.maxLength, 1500);
      assert.deepEqual(errorsOf(def, { ...complete, suggestion: 'å'.repeat(1500) }), []);
      assert.deepEqual(errorsOf(def, { ...complete, suggestion: 'å'.repeat(1501) }), ['suggestion:tooLong']);
    });
  });

  describe('Funktionsstöd – ersättning för sjuklönekostnader', () => {
    const def = parsed(SLUGS.funktionsstod);
    const complete: Answers = {
      employerName: 'Assistans i Norr AB',
      employerOrgnr: '165569876542',
      paymentAccount: '5050-1055',
      contactPerson: { name: 'Lena Berg', email: 'lena.berg@assistansinorr.example', phone: '0123-77 88 99' },
      employeeName: 'Johan Ek',
      employeePnr: '198405172266',
      recipientPnr: '199202284411',
      periods: [
        { from: '2026-10-05', to: '2026-10-09', sickDays: 5, sickPay: 6240 },
        { from: '2026-11-02', to: '2026-11-03', sickDays: 2, sickPay: 1760 },
      ],
      payslips: file('lonespec-oktober-november.pdf'),
      schedule: file('schema-v41-v45.pdf'),
      truthful: true,
    };

    it('requires login and shows the employer and the total', () => {
      const info = demo(SLUGS.funktionsstod).info;
      assert.equal(info.loginRequirement, 'required');
      assert.deepEqual(info.summaryKeys, ['employerName', 'employerOrgnr', 'total']);
    });

    it('completes the claimed sick pay with holiday pay 12 % and employer fees 31.42 %', () => {
      const answers = assertValid(def, complete);
      // 8 000 kr sick pay; 960 kr holiday pay; (8 000 + 960) × 0.3142 = 2 815.232 kr employer fees.
      assert.equal(answers.sickPayTotal, 8000);
      assert.equal(answers.holidayPay, 960);
      assert.equal(answers.employerFees, 2815.23);
      assert.equal(answers.total, 11775.23);
    });

    it('rounds each amount to öre', () => {
      const answers = assertValid(def, {
        ...complete,
        periods: [{ from: '2026-11-16', to: '2026-11-18', sickDays: 3, sickPay: 3333.33 }],
      });
      assert.equal(answers.holidayPay, 400);
      // (3 333.33 + 400) × 0.3142 = 1 173.012…
      assert.equal(answers.employerFees, 1173.01);
      assert.equal(answers.total, 4906.34);
    });

    it('reports the required questions of an empty claim', () => {
      assert.deepEqual(errorsOf(def, {}), [
        'employerName:required',
        'employerOrgnr:required',
        'paymentAccount:required',
        'contactPerson:required',
        'employeeName:required',
        'employeePnr:required',
        'recipientPnr:required',
        'periods:required',
        'payslips:required',
        'schedule:required',
        'truthful:mustConsent',
      ]);
    });

    it('asks for a doctor’s certificate when a period is longer than seven days', () => {
      const long: Answers = {
        ...complete,
        periods: [{ from: '2026-10-05', to: '2026-10-16', sickDays: 10, sickPay: 12480 }],
      };
      assert.deepEqual(errorsOf(def, long), ['doctorsCertificate:required']);
      assertValid(def, { ...long, doctorsCertificate: file('lakarintyg.pdf') });
    });

    it('checks the payment account and the period rows', () => {
      assert.deepEqual(errorsOf(def, { ...complete, paymentAccount: '12345' }), ['paymentAccount:pattern']);
      const futureRow = { from: '2026-12-01', to: '2026-12-02', sickDays: 0, sickPay: -100 };
      assert.deepEqual(
        validateSubmission(def, { ...complete, periods: [futureRow] }, ctx).errors.map(
          (e) => `${e.column}:${e.code}`,
        ),
        ['from:dateAfter', 'to:dateAfter', 'sickDays:belowMin', 'sickPay:belowMin'],
      );
    });
  });

  describe('Kulturskolan – ansökan', () => {
    const def = parsed(SLUGS.kulturskolan);
    const contact = { ...guardian, street: 'Björkvägen 3', postalCode: '12346', city: 'Demostad' };
    const atSchool: Answers = {
      applicantRole: 'guardian',
      studentName: 'Nora Lind',
      studentPnr: '201301302285',
      school: 'bjorkskolan',
      grade: '4',
      courseBjorkskolan: 'strings',
      contact,
      photoPermission: false,
      acceptsTerms: true,
    };
    const afterSchool: Answers = {
      applicantRole: 'guardian',
      studentName: 'Nora Lind',
      studentPnr: '201301302285',
      school: 'centralskolan',
      grade: '8',
      courseCentralskolan: 'afterSchool',
      centralCourse: 'instrument',
      instrument: 'drums',
      level: 'beginner',
      preferredDays: ['tuesday', 'thursday'],
      contact,
      photoPermission: true,
      acceptsTerms: true,
    };

    it('requires login and shows the school (officers are assigned by school)', () => {
      const info = demo(SLUGS.kulturskolan).info;
      assert.equal(info.loginRequirement, 'required');
      assert.ok(info.summaryKeys.includes('school'));
    });

    it('accepts a course at the student’s school and a course after school', () => {
      assert.deepEqual(assertValid(def, atSchool), atSchool);
      assert.deepEqual(assertValid(def, afterSchool), afterSchool);
    });

    it('reports the required questions of an empty application', () => {
      assert.deepEqual(errorsOf(def, {}), [
        'applicantRole:required',
        'studentName:required',
        'studentPnr:required',
        'school:required',
        'grade:required',
        'contact:required',
        'photoPermission:required',
        'acceptsTerms:mustConsent',
      ]);
    });

    it('shows the course question of the chosen school only', () => {
      const courseQuestions = (school: string) =>
        [...evaluate(def, { school }).visible].filter((k) => k.startsWith('course') || k === 'centralCourse');
      assert.deepEqual(courseQuestions('bjorkskolan'), ['courseBjorkskolan']);
      assert.deepEqual(courseQuestions('vastraSkolan'), ['courseVastraSkolan']);
      assert.deepEqual(courseQuestions('centralskolan'), ['courseCentralskolan']);
      assert.deepEqual(courseQuestions('otherSchool'), ['centralCourse']);
      assert.deepEqual(errorsOf(def, without(atSchool, 'courseBjorkskolan')), ['courseBjorkskolan:required']);
    });

    it('drops a course of another school and refuses a course the school does not have', () => {
      const moved = validateSubmission(
        def,
        { ...atSchool, school: 'vastraSkolan', courseVastraSkolan: 'choir' },
        ctx,
      );
      assert.deepEqual(moved.errors, []);
      assert.equal(moved.answers.courseBjorkskolan, undefined);
      assert.deepEqual(moved.ignored, [{ name: 'courseBjorkskolan', reason: 'hidden' }]);
      assert.deepEqual(errorsOf(def, { ...atSchool, courseBjorkskolan: 'choir' }), [
        'courseBjorkskolan:invalidOption',
      ]);
    });

    it('asks for instrument, level and days only for an instrument course after school', () => {
      const visible = (a: Answers) => evaluate(def, a).visible;
      assert.equal(visible(atSchool).has('instrument'), false);
      assert.equal(visible(atSchool).has('preferredDays'), false);
      const dance = { ...afterSchool, centralCourse: 'dance' };
      assert.equal(visible(dance).has('instrument'), false);
      assert.equal(visible(dance).has('preferredDays'), true);
      assert.deepEqual(errorsOf(def, { ...afterSchool, preferredDays: ['anyDay', 'monday'] }), [
        'preferredDays:exclusiveCombined',
      ]);
    });
  });
});
