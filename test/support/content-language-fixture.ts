/**
 * An e-service offered in Somali (and Persian) with Somali texts, and one
 * with Persian texts: the content language's tests (test/web and
 * test/browser content-language.test.ts).
 */
import type { NewEService } from '../../src/services/eservices/eservices.ts';
import type { Services } from '../../src/services/index.ts';

export const SOMALI_DEFINITION = {
  schemaVersion: 1,
  steps: [
    {
      id: 'adeeg',
      title: { sv: 'Om dig', so: 'Adiga ku saabsan' },
      description: { sv: 'Svara på frågorna.', so: 'Ka jawaab su’aalaha.' },
      questions: [
        {
          id: 'q1',
          key: 'name',
          type: 'text',
          label: { sv: 'Namn', so: 'Magaca' },
          hint: { sv: 'Som i passet', so: 'Sida baasaboorka' },
          help: { sv: 'Vi behöver ditt namn.', so: 'Waxaan u baahanahay magacaaga.' },
          required: true,
          pattern: '^[A-Za-z ]+$',
          patternMessage: { sv: 'Bara bokstäver', so: 'Xarfo keliya' },
        },
        {
          id: 'q2',
          key: 'colour',
          type: 'radio',
          label: { sv: 'Vilken färg?', so: 'Midabkee?' },
          required: true,
          options: [
            { value: 'red', label: { sv: 'Röd', so: 'Casaan' } },
            { value: 'blue', label: { sv: 'Blå', so: 'Buluug' } },
          ],
        },
        {
          id: 'q3',
          key: 'note',
          type: 'textarea',
          // No Somali: falls back to Swedish.
          label: { sv: 'Övrigt att säga' },
          required: false,
        },
      ],
    },
    {
      id: 'tirada',
      title: { sv: 'Antal', so: 'Tirada' },
      questions: [
        {
          id: 'q4',
          key: 'children',
          type: 'number',
          label: { sv: 'Antal barn', so: 'Tirada carruurta' },
          unit: { sv: 'st', so: 'qof' },
          required: true,
          integer: true,
        },
        {
          id: 'q5',
          key: 'info',
          type: 'info',
          label: { sv: 'Bra att veta', so: 'Waa inaad ogaato' },
          text: { sv: 'Vi hör av oss.', so: 'Waan kula soo xiriiri doonaa.' },
        },
      ],
    },
  ],
} as const;

export const SOMALI_ESERVICE: NewEService = {
  slug: 'somali',
  category: { sv: 'Övrigt', so: 'Kale' },
  name: { sv: 'Ansökan om stöd', so: 'Codsiga taageerada', fa: 'درخواست کمک' },
  description: { sv: 'Sök stöd här.', so: 'Halkan ka codso taageero.' },
  whatYouNeed: { sv: 'Ditt namn.', so: 'Magacaaga.' },
  contact: {},
  loginRequirement: 'anonymous',
  personalData: {
    dataProcessed: { sv: 'Namn', so: 'Magac' },
    purpose: { sv: 'Stöd', so: 'Taageero' },
    legalBasis: { sv: 'Allmänt intresse', so: 'Danta guud' },
    retention: { sv: 'Ett år', so: 'Hal sano' },
    controller: { sv: 'Kommunen' },
    complaint: { sv: 'IMY' },
  },
  summaryKeys: ['name'],
  handleWithinDays: null,
  offeredLanguages: ['sv', 'en', 'so'],
};

export const PERSIAN_DEFINITION = {
  schemaVersion: 1,
  steps: [
    {
      id: 'yek',
      title: { sv: 'Steg ett', fa: 'مرحله یک' },
      questions: [{ id: 'p1', key: 'name', type: 'text', label: { sv: 'Namn', fa: 'نام' }, required: true }],
    },
  ],
} as const;

/** Publishes an e-service and its definition in the demo municipality. */
export async function publishWith(
  services: Services,
  mId: string,
  e: NewEService,
  definition: object,
): Promise<string> {
  const created = await services.eServices.create(mId, e);
  const v = await services.eServices.addVersion(mId, created.id, definition);
  await services.eServices.publish(mId, v.id);
  return created.id;
}
