/**
 * Luhn (mod 10) check used by personnummer, samordningsnummer and
 * organisationsnummer. Works on the character codes of a digit-only string so
 * that validating a field allocates nothing.
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  const last = digits.length - 1;
  for (let i = last; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    // Every second digit counted from the check digit is doubled.
    if ((last - i) % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The check digit that makes `payload` followed by it pass {@link luhnValid}. */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  const last = payload.length - 1;
  for (let i = last; i >= 0; i--) {
    let d = payload.charCodeAt(i) - 48;
    // The check digit will sit to the right, so the payload's last digit is doubled.
    if ((last - i) % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
