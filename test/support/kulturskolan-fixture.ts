/**
 * One Kulturskolan application (the demo e-service kulturskolan-ansokan), as
 * the assignment and manual-case tests send it: Amina Hassan applies for her
 * child Nora Lind at a school, with that school's course.
 */
import type { Answers } from '../../src/domain/forms/answers.ts';
import type { DraftOwner } from '../../src/services/drafts/draft-owner.ts';

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
