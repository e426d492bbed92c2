import type { EidKind } from './methods.ts';

/**
 * Test persons of the development identity provider. The numbers have real
 * dates and check digits; apart from Tolvan Tolvansson (the well-known test
 * number 19121212-1212) they are invented, as are the names, the company and
 * the family ties. An invented number may still belong to someone real,
 * which is one more reason this provider never runs in production. If the
 * municipality needs numbers guaranteed to be unassigned, swap in numbers
 * from the Swedish Tax Agency's test-number list. Between them they cover what the platform must
 * handle: a samordningsnummer, a guardian acting for children, a company
 * signatory, someone without BankID, and a spread of ages and both sexes
 * for the statistics.
 */

export interface TestChild {
  personalNumber: string;
  givenName: string;
  familyName: string;
}

export interface TestPerson {
  /** 12 digits. */
  personalNumber: string;
  givenName: string;
  familyName: string;
  /** The e-identifications this person holds; the picker lists them only there. */
  eids: readonly EidKind[];
  /** Children in the person's custody (issued as a custom claim, never logged). */
  children?: readonly TestChild[];
  /** A company the person may sign for. */
  signatoryFor?: { orgNumber: string; name: string };
}

export const TEST_PERSONS: readonly TestPerson[] = [
  {
    personalNumber: '191212121212',
    givenName: 'Tolvan',
    familyName: 'Tolvansson',
    eids: ['bankid', 'freja', 'svenska-pass'],
  },
  {
    // Samordningsnummer: born 14 May 1990, day written as 74.
    personalNumber: '199005749826',
    givenName: 'Amira',
    familyName: 'Haddad',
    eids: ['freja'],
  },
  {
    personalNumber: '198403099842',
    givenName: 'Karin',
    familyName: 'Lindqvist',
    eids: ['bankid', 'freja'],
    children: [
      { personalNumber: '201506219862', givenName: 'Elsa', familyName: 'Lindqvist' },
      { personalNumber: '201811039856', givenName: 'Nils', familyName: 'Lindqvist' },
    ],
  },
  {
    personalNumber: '197508309874',
    givenName: 'Johan',
    familyName: 'Berg',
    eids: ['bankid', 'svenska-pass'],
    signatoryFor: { orgNumber: '5591234561', name: 'Bergs Bageri AB' },
  },
  {
    personalNumber: '200102149887',
    givenName: 'Maja',
    familyName: 'Ek',
    eids: ['bankid', 'svenska-pass'],
  },
  {
    personalNumber: '194810059891',
    givenName: 'Gunnar',
    familyName: 'Ström',
    eids: ['bankid'],
  },
  {
    // Has no BankID: shows up only under Freja eID+.
    personalNumber: '199607279917',
    givenName: 'Oskar',
    familyName: 'Andersson',
    eids: ['freja'],
  },
  {
    personalNumber: '196204189929',
    givenName: 'Birgitta',
    familyName: 'Holm',
    eids: ['bankid', 'svenska-pass'],
  },
];

export function findTestPerson(personalNumber: string): TestPerson | undefined {
  return TEST_PERSONS.find((p) => p.personalNumber === personalNumber);
}

export function testPersonsWith(eid: EidKind): readonly TestPerson[] {
  return TEST_PERSONS.filter((p) => p.eids.includes(eid));
}

/**
 * Someone the tester typed a number for. They hold every e-ID (it is a test)
 * and get a placeholder name, since only the number was given.
 */
export function adHocPerson(personalNumber: string): TestPerson {
  return {
    personalNumber,
    givenName: 'Test',
    familyName: `Testperson ${personalNumber.slice(8)}`,
    eids: ['bankid', 'freja', 'svenska-pass'],
  };
}
