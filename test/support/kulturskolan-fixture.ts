/**
 * One Kulturskolan application (the demo e-service kulturskolan-ansokan), as
 * the assignment and manual-case tests send it: Amina Hassan applies for her
 * child Nora Lind at a school, with that school's course.
 */
import assert from 'node:assert/strict';
import type { Answers } from '../../src/domain/forms/answers.ts';
import type { DraftOwner } from '../../src/services/drafts/draft-owner.ts';
import type { Services } from '../../src/services/index.ts';

/** The guardian applying, logged in with BankID. */
export const KULTURSKOLAN_GUARDIAN: DraftOwner = {
  kind: 'resident',
  personalNumber: '198112189876',
  name: 'Amina Hassan',
  loginMethod: 'bankid',
};

/**
 * A complete application from a student at `school`: Björkskolan and Västra
 * skolan have a course question of their own, every other school the central one.
 */
export function kulturskolanApplication(school: string): Answers {
  const course: Answers =
    school === 'bjorkskolan'
      ? { courseBjorkskolan: 'strings' }
      : school === 'vastraSkolan'
        ? { courseVastraSkolan: 'choir' }
        : { centralCourse: 'art', preferredDays: ['anyDay'] };
  return {
    applicantRole: 'guardian',
    studentName: 'Nora Lind',
    studentPnr: '201301302285',
    school,
    grade: '4',
    ...course,
    contact: {
      name: 'Amina Hassan',
      email: 'amina.hassan@example.se',
      phone: '070-123 45 67',
      street: 'Björkvägen 3',
      postalCode: '12346',
      city: 'Demostad',
    },
    photoPermission: false,
    acceptsTerms: true,
  };
}

/**
 * Submits kulturskolanApplication(school) as KULTURSKOLAN_GUARDIAN (a draft
 * started, its answers stored, then sent) and returns the new case's id.
 */
export async function submitKulturskolan(
  services: Services,
  municipalityId: string,
  eServiceId: string,
  school: string,
): Promise<string> {
  const draftId = await services.drafts.start(municipalityId, eServiceId, KULTURSKOLAN_GUARDIAN);
  assert.ok(draftId);
  await services.db
    .updateTable('draft')
    .set({ answers: JSON.stringify(kulturskolanApplication(school)) })
    .where('id', '=', draftId)
    .execute();
  const r = await services.submitCase(municipalityId, draftId, KULTURSKOLAN_GUARDIAN, 'sv');
  assert.ok(r.ok, JSON.stringify(r));
  return r.caseId;
}
