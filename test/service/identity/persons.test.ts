import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseOrganisationsnummer } from '../../../src/domain/identity-numbers/index.ts';
import { personClaims } from '../../../src/integrations/identity/dev-idp/accounts.ts';
import { TEST_PERSONS, testPersonsWith } from '../../../src/integrations/identity/dev-idp/persons.ts';
import {
  isCoordinationNumber,
  isValidPersonalNumber,
} from '../../../src/integrations/identity/personal-number.ts';
import { CLAIM } from '../../../src/integrations/identity/swedish-oidc.ts';

test('every test person and child has a valid, unique 12-digit number', () => {
  const numbers = TEST_PERSONS.flatMap((p) => [
    p.personalNumber,
    ...(p.children ?? []).map((c) => c.personalNumber),
  ]);
  for (const n of numbers) assert.ok(isValidPersonalNumber(n), n);
  assert.equal(new Set(numbers).size, numbers.length);
});

test('the list covers the cases the platform must handle', () => {
  assert.ok(TEST_PERSONS.some((p) => p.personalNumber === '191212121212' && p.givenName === 'Tolvan'));
  assert.ok(TEST_PERSONS.some((p) => isCoordinationNumber(p.personalNumber)));
  assert.ok(TEST_PERSONS.some((p) => (p.children?.length ?? 0) >= 2));
  assert.ok(TEST_PERSONS.some((p) => !p.eids.includes('bankid') && !isCoordinationNumber(p.personalNumber)));
  const signatory = TEST_PERSONS.find((p) => p.signatoryFor);
  assert.ok(signatory?.signatoryFor);
  const org = parseOrganisationsnummer(signatory.signatoryFor.orgNumber, {
    today: '2026-01-01',
    allowSoleTrader: false,
  });
  assert.ok(org.ok, 'valid organisation number');
  // Both sexes (second-to-last digit odd for men) for the statistics.
  const sexes = new Set(TEST_PERSONS.map((p) => Number(p.personalNumber[10]) % 2));
  assert.equal(sexes.size, 2);
  for (const eid of ['bankid', 'freja', 'svenska-pass'] as const)
    assert.ok(testPersonsWith(eid).length >= 2, eid);
});

test('claims carry the number in the profile claim that fits it, children and company', () => {
  const byNumber = (n: string) => {
    const person = TEST_PERSONS.find((p) => p.personalNumber === n);
    assert.ok(person, n);
    return person;
  };
  const amira = personClaims(byNumber('199005749826'));
  assert.equal(amira[CLAIM.coordinationNumber], '199005749826');
  assert.equal(amira[CLAIM.personalIdentityNumber], undefined);
  assert.equal(amira.birthdate, '1990-05-14');

  const karin = personClaims(byNumber('198403099842'));
  assert.deepEqual(
    (karin[CLAIM.children] as { personalIdentityNumber: string }[]).map((c) => c.personalIdentityNumber),
    ['201506219862', '201811039856'],
  );
  const johan = personClaims(byNumber('197508309874'));
  assert.equal(johan[CLAIM.orgNumber], '5591234561');
  assert.equal(johan[CLAIM.orgName], 'Bergs Bageri AB');
});
