/**
 * The shapes people type identity numbers in: `YYMMDD-NNNN`, `YYMMDDNNNN`,
 * `YYMMDD+NNNN`, `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`. The separator may also be a
 * space or one of the dashes word processors put in when a number is pasted.
 */

export interface IdentityInput {
  /** 10 or 12 digits, separator removed. */
  digits: string;
  /** `+` marks a 10-digit personnummer of someone who has turned 100. */
  separator: '' | '-' | '+';
}

function isDashLike(c: string): boolean {
  return (
    c === '-' ||
    c === ' ' ||
    c === '\u00a0' || // no-break space
    c === '\u2010' || // hyphen
    c === '\u2011' || // non-breaking hyphen
    c === '\u2012' || // figure dash
    c === '\u2013' || // en dash
    c === '\u2212' // minus sign
  );
}

export function splitIdentityInput(input: string): IdentityInput | undefined {
  const s = input.trim();
  if (s.length < 10 || s.length > 13) return undefined;
  let digits = s;
  let separator: IdentityInput['separator'] = '';
  const at = s.length - 5;
  const c = s.charAt(at);
  if (c === '+' || isDashLike(c)) {
    separator = c === '+' ? '+' : '-';
    digits = s.slice(0, at) + s.slice(at + 1);
  }
  if (digits.length !== 10 && digits.length !== 12) return undefined;
  for (let i = 0; i < digits.length; i++) {
    const code = digits.charCodeAt(i);
    if (code < 48 || code > 57) return undefined;
  }
  return { digits, separator };
}

/** Two digits at `i` as a number; the caller has checked they are digits. */
export function twoDigits(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + (s.charCodeAt(i + 1) - 48);
}
