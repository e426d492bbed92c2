export { ageAt, type IsoDate, isIsoDate, isRealDate, parseIsoDate } from './calendar.ts';
export { luhnCheckDigit, luhnValid } from './luhn.ts';
export {
  formatOrganisationsnummer,
  isValidOrganisationsnummer,
  type OrganisationKind,
  type Organisationsnummer,
  type OrganisationsnummerOptions,
  type OrganisationsnummerProblem,
  type OrganisationsnummerResult,
  parseOrganisationsnummer,
} from './organisationsnummer.ts';
export {
  formatPersonnummer,
  isValidPersonnummer,
  type LegalSex,
  type PersonIdentityKind,
  type Personnummer,
  type PersonnummerOptions,
  type PersonnummerProblem,
  type PersonnummerResult,
  parsePersonnummer,
} from './personnummer.ts';
