import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { toIsoDate } from '../../../../src/domain/identity-numbers/calendar.ts';
import { luhnCheckDigit } from '../../../../src/domain/identity-numbers/luhn.ts';
import {
  formatPersonnummer,
  isValidPersonnummer,
  parsePersonnummer,
} from '../../../../src/domain/identity-numbers/personnummer.ts';

// The package is CommonJS whose types claim an ES default export; require it as what it is.
const Personnummer = createRequire(import.meta.url)('personnummer') as typeof import('personnummer').default;

const today = '2026-11-15';
const opts = { today, allowSamordningsnummer: false };
const withSam = { today, allowSamordningsnummer: true };

/** A valid 10-digit number from YYMMDD + three serial digits. */
function valid10(yymmddnnn: string): string {
  return yymmddnnn + luhnCheckDigit(yymmddnnn);
}

describe('parsePersonnummer', () => {
  it('accepts the 12-digit form with and without a dash', () => {
    for (const input of ['198112289874', '19811228-9874', ' 19811228-9874 ']) {
      const r = parsePersonnummer(input, opts);
      assert.ok(r.ok, input);
      assert.equal(r.value.value, '198112289874');
      assert.equal(r.value.kind, 'personnummer');
      assert.equal(r.value.birthDate, '1981-12-28');
    }
  });

  it('accepts the 10-digit form with -, + or no separator and normalises to 12 digits', () => {
    assert.equal(parsePersonnummer('811228-9874', opts).ok && true, true);
    const plain = parsePersonnummer('8112289874', opts);
    assert.ok(plain.ok);
    assert.equal(plain.value.value, '198112289874');
  });

  it('accepts a space or a pasted en dash as the separator', () => {
    for (const input of ['811228 9874', '811228\u20139874', '19811228\u22129874']) {
      const r = parsePersonnummer(input, opts);
      assert.ok(r.ok, input);
      assert.equal(r.value.value, '198112289874');
    }
  });

  describe('century of 10-digit numbers', () => {
    it('takes the latest century that is not in the future', () => {
      const r = parsePersonnummer(valid10('121212121'), opts);
      assert.ok(r.ok);
      assert.equal(r.value.birthDate, '2012-12-12');
    });

    it('moves a date later this year back a hundred years', () => {
      // Today is 2026-11-15; 261224 cannot be 2026-12-24, so it is 1926.
      const r = parsePersonnummer(valid10('261224123'), opts);
      assert.ok(r.ok);
      assert.equal(r.value.birthDate, '1926-12-24');
      const born = parsePersonnummer(valid10('261115123'), opts);
      assert.ok(born.ok);
      assert.equal(born.value.birthDate, '2026-11-15');
    });

    it("reads '+' as 100 years or older", () => {
      const tail = valid10('121212121');
      const r = parsePersonnummer(`${tail.slice(0, 6)}+${tail.slice(6)}`, opts);
      assert.ok(r.ok);
      assert.equal(r.value.birthDate, '1912-12-12');
      assert.equal(r.value.value, `1912${tail.slice(2)}`);
    });

    it('depends on the date it is judged on, not the machine clock', () => {
      const n = valid10('270101123');
      const before = parsePersonnummer(n, { today: '2026-12-31', allowSamordningsnummer: false });
      const after = parsePersonnummer(n, { today: '2027-01-01', allowSamordningsnummer: false });
      assert.ok(before.ok && after.ok);
      assert.equal(before.value.birthDate, '1927-01-01');
      assert.equal(after.value.birthDate, '2027-01-01');
    });

    it('checks 29 February against the inferred century', () => {
      // 000229 is 2000-02-29 (a leap year); with '+' it would be 1900-02-29, which never existed.
      const n = valid10('000229123');
      assert.equal(parsePersonnummer(n, opts).ok, true);
      assert.deepEqual(parsePersonnummer(`${n.slice(0, 6)}+${n.slice(6)}`, opts), {
        ok: false,
        problem: 'date',
      });
    });
  });

  it('rejects a wrong check digit', () => {
    assert.deepEqual(parsePersonnummer('198112289875', opts), { ok: false, problem: 'checksum' });
    assert.deepEqual(parsePersonnummer('811228-9870', opts), { ok: false, problem: 'checksum' });
  });

  it('rejects dates that do not exist', () => {
    for (const payload of ['990230123', '990001123', '991301123', '990100123', '990431123', '230229123']) {
      const tenDigits = valid10(payload);
      assert.deepEqual(parsePersonnummer(`19${tenDigits}`, opts), { ok: false, problem: 'date' }, payload);
    }
  });

  it('accepts 29 February in leap years only', () => {
    assert.equal(parsePersonnummer(`20${valid10('240229123')}`, opts).ok, true);
    assert.equal(parsePersonnummer(`19${valid10('000229123')}`, opts).ok, false);
  });

  it('rejects the wrong length, letters, misplaced separators and serial 000', () => {
    for (const input of [
      '',
      '81122898',
      '81122898741',
      '1981122898741',
      '811228-987A',
      '8112-289874',
      '19811228--9874',
      '19811228+-9874',
      'abcdefghij',
      valid10('811228000'),
    ]) {
      assert.deepEqual(parsePersonnummer(input, opts), { ok: false, problem: 'format' }, input);
    }
  });

  it('rejects birth dates after today', () => {
    assert.deepEqual(parsePersonnummer(`20${valid10('261116123')}`, opts), {
      ok: false,
      problem: 'futureDate',
    });
  });

  describe('samordningsnummer', () => {
    const sam = '701063-2391';

    it('is refused unless allowed', () => {
      assert.deepEqual(parsePersonnummer(sam, opts), { ok: false, problem: 'samordningsnummerNotAllowed' });
    });

    it('has the day plus 60 and a real birth date', () => {
      const r = parsePersonnummer(sam, withSam);
      assert.ok(r.ok);
      assert.equal(r.value.kind, 'samordningsnummer');
      assert.equal(r.value.birthDate, '1970-10-03');
      assert.equal(r.value.value, '197010632391');
    });

    it('rejects day 60 (day 0) and days beyond the month', () => {
      assert.deepEqual(parsePersonnummer(`19${valid10('701060123')}`, withSam), {
        ok: false,
        problem: 'date',
      });
      assert.deepEqual(parsePersonnummer(`19${valid10('700291123')}`, withSam), {
        ok: false,
        problem: 'date',
      });
      assert.equal(parsePersonnummer(`19${valid10('700288123')}`, withSam).ok, true);
      assert.deepEqual(parsePersonnummer(`19${valid10('700289123')}`, withSam), {
        ok: false,
        problem: 'date',
      });
    });

    it('checks the checksum too', () => {
      assert.deepEqual(parsePersonnummer('701063-2390', withSam), { ok: false, problem: 'checksum' });
    });
  });

  it('derives legal sex from the second-to-last digit', () => {
    const odd = parsePersonnummer(`19${valid10('811228987')}`, opts);
    const even = parsePersonnummer(`19${valid10('811228986')}`, opts);
    assert.ok(odd.ok && even.ok);
    assert.equal(odd.value.legalSex, 'male');
    assert.equal(even.value.legalSex, 'female');
  });

  it('throws on a today that is not a date (a programming error)', () => {
    assert.throws(() =>
      parsePersonnummer('198112289874', { today: '2026-13-01', allowSamordningsnummer: false }),
    );
  });

  it('formats the stored form for display', () => {
    assert.equal(formatPersonnummer('198112289874'), '19811228-9874');
    assert.equal(isValidPersonnummer('198112289874', opts), true);
  });

  it('agrees with the personnummer package on random 12-digit input', () => {
    // The package judges the century by the machine clock, so compare with the real today.
    const now = new Date();
    const realToday = toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
    const ours = { today: realToday, allowSamordningsnummer: true };
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    let valid = 0;
    for (let i = 0; i < 20000; i++) {
      const year = 1900 + rnd(Math.max(1, now.getFullYear() - 1900));
      const payload = pad(year % 100, 2) + pad(rnd(14), 2) + pad(rnd(93), 2) + pad(rnd(1000), 3);
      const check = rnd(3) === 0 ? rnd(10) : luhnCheckDigit(payload);
      const input = `${pad(Math.floor(year / 100), 2)}${payload}${check}`;
      const theirs = Personnummer.valid(input, { allowCoordinationNumber: true, allowInterimNumber: false });
      const r = parsePersonnummer(input, ours);
      assert.equal(r.ok, theirs, input);
      if (r.ok) {
        valid++;
        assert.equal(r.value.value, Personnummer.parse(input).format(true));
      }
    }
    assert.ok(valid > 1000, `only ${valid} valid samples`);
  });
});
