import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { luhnCheckDigit } from '../../../../src/domain/identity-numbers/luhn.ts';
import {
  formatOrganisationsnummer,
  isValidOrganisationsnummer,
  parseOrganisationsnummer,
} from '../../../../src/domain/identity-numbers/organisationsnummer.ts';

// The package is CommonJS whose types claim an ES default export; require it as what it is.
const Organisationsnummer = createRequire(import.meta.url)(
  'organisationsnummer',
) as typeof import('organisationsnummer').default;

const opts = { today: '2026-11-15', allowSoleTrader: true };
const orgOnly = { today: '2026-11-15', allowSoleTrader: false };

function valid(nine: string): string {
  return nine + luhnCheckDigit(nine);
}

describe('parseOrganisationsnummer', () => {
  it('accepts known organisation numbers in every written form', () => {
    for (const input of ['556036-0793', '5560360793', '16556036-0793', '165560360793']) {
      const r = parseOrganisationsnummer(input, opts);
      assert.ok(r.ok, input);
      assert.equal(r.value.value, '165560360793');
      assert.equal(r.value.kind, 'organisation');
      assert.equal(r.value.group, 5);
    }
    const stockholm = parseOrganisationsnummer('212000-0142', orgOnly);
    assert.ok(stockholm.ok);
    assert.equal(stockholm.value.group, 2);
  });

  it('rejects a wrong check digit', () => {
    assert.deepEqual(parseOrganisationsnummer('556036-0794', opts), { ok: false, problem: 'checksum' });
  });

  it('rejects group digits 0 and 4, which are never assigned', () => {
    assert.deepEqual(parseOrganisationsnummer(valid('056036079'), opts), { ok: false, problem: 'group' });
    assert.deepEqual(parseOrganisationsnummer(valid('456036079'), opts), { ok: false, problem: 'group' });
    for (const g of [1, 2, 3, 5, 6, 7, 8, 9]) {
      assert.equal(parseOrganisationsnummer(valid(`${g}56036079`), opts).ok, true, String(g));
    }
  });

  it("rejects '+', other 12-digit prefixes and a 16-prefix on a personnummer", () => {
    for (const input of ['556036+0793', '175560360793', '16811228-9874', '55603607', 'AB56036079']) {
      assert.deepEqual(parseOrganisationsnummer(input, opts), { ok: false, problem: 'format' }, input);
    }
  });

  describe('sole traders', () => {
    it("accept the owner's personnummer, stored in 12 digits", () => {
      for (const input of ['811228-9874', '19811228-9874']) {
        const r = parseOrganisationsnummer(input, opts);
        assert.ok(r.ok, input);
        assert.equal(r.value.kind, 'soleTrader');
        assert.equal(r.value.value, '198112289874');
        assert.equal(r.value.personnummer?.birthDate, '1981-12-28');
      }
    });

    it('accept a samordningsnummer', () => {
      const r = parseOrganisationsnummer('701063-2391', opts);
      assert.ok(r.ok);
      assert.equal(r.value.personnummer?.kind, 'samordningsnummer');
    });

    it('are refused when only organisations may answer', () => {
      assert.deepEqual(parseOrganisationsnummer('811228-9874', orgOnly), {
        ok: false,
        problem: 'soleTraderNotAllowed',
      });
    });

    it('report bad dates and checksums of the personnummer', () => {
      assert.deepEqual(parseOrganisationsnummer(`19${valid('990230123')}`, opts), {
        ok: false,
        problem: 'date',
      });
      assert.deepEqual(parseOrganisationsnummer('811228-9875', opts), { ok: false, problem: 'checksum' });
    });
  });

  it('formats the stored form for display', () => {
    assert.equal(formatOrganisationsnummer('165560360793'), '556036-0793');
    assert.equal(formatOrganisationsnummer('198112289874'), '19811228-9874');
    assert.equal(isValidOrganisationsnummer('556036-0793', orgOnly), true);
  });

  it('agrees with the organisationsnummer package on random organisation numbers', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      const nine = `${1 + rnd(9)}${rnd(10)}${2 + rnd(8)}${String(rnd(1000000)).padStart(6, '0')}`;
      const input = nine + (rnd(3) === 0 ? rnd(10) : luhnCheckDigit(nine));
      const ours = parseOrganisationsnummer(input, orgOnly);
      // The package accepts group digit 4; Skatteverket never assigns it.
      const theirs = Organisationsnummer.valid(input) && !input.startsWith('4');
      assert.equal(ours.ok, theirs, input);
    }
  });
});
