import type { NewEService } from '../../src/services/eservices/eservices.ts';
import type { Services } from '../../src/services/index.ts';

/** A small two-step e-service with a follow-up question and a summary field. */
export const TINY_DEFINITION = {
  schemaVersion: 1,
  steps: [
    {
      id: 'om-dig',
      title: { sv: 'Om dig', en: 'About you' },
      questions: [
        {
          id: 'q1',
          key: 'name',
          type: 'text',
          label: { sv: 'Namn', en: 'Name' },
          required: true,
          summary: true,
        },
        {
          id: 'q2',
          key: 'hasPet',
          type: 'yesno',
          label: { sv: 'Har du husdjur?', en: 'Do you have pets?' },
          required: true,
        },
        {
          id: 'q3',
          key: 'petName',
          type: 'text',
          label: { sv: 'Vad heter husdjuret?', en: 'What is the pet called?' },
          required: true,
          visibleWhen: { '==': [{ var: 'hasPet' }, true] },
        },
      ],
    },
    {
      id: 'ovrigt',
      title: { sv: 'Övrigt', en: 'Other' },
      questions: [
        {
          id: 'q4',
          key: 'note',
          type: 'textarea',
          label: { sv: 'Meddelande', en: 'Message' },
          required: false,
          maxLength: 200,
        },
        {
          id: 'q5',
          key: 'otherPnr',
          type: 'personnummer',
          label: { sv: 'Personnummer för medsökande', en: 'Co-applicant’s personal identity number' },
          required: false,
          allowSamordningsnummer: true,
        },
      ],
    },
    {
      id: 'bilagor',
      title: { sv: 'Bilagor', en: 'Attachments' },
      questions: [
        {
          id: 'q6',
          key: 'attachment',
          type: 'file',
          label: { sv: 'Bifoga ett intyg', en: 'Attach a certificate' },
          required: false,
          accept: ['application/pdf', 'image/png'],
          maxSizeBytes: 100000,
          maxFiles: 2,
        },
      ],
    },
  ],
} as const;

export const TINY_ESERVICE: NewEService = {
  slug: 'tiny',
  category: { sv: 'Övrigt', en: 'Other' },
  name: { sv: 'Liten e-tjänst', en: 'Tiny e-service' },
  description: { sv: 'För tester.', en: 'For tests.' },
  whatYouNeed: null,
  contact: {},
  loginRequirement: 'optional',
  personalData: {
    dataProcessed: { sv: 'Namn', en: 'Name' },
    purpose: { sv: 'Test', en: 'Testing' },
    legalBasis: { sv: 'Allmänt intresse', en: 'Public interest' },
    retention: { sv: 'Ett år', en: 'One year' },
    controller: { sv: 'Kommunen', en: 'The municipality' },
    complaint: { sv: 'IMY', en: 'IMY' },
  },
  summaryKeys: ['name'],
  handleWithinDays: null,
};

/** Creates and publishes the tiny e-service in a municipality. */
export async function publishTiny(services: Services, municipalityId: string, slug = 'tiny') {
  const e = await services.eServices.create(municipalityId, { ...TINY_ESERVICE, slug });
  const v = await services.eServices.addVersion(municipalityId, e.id, TINY_DEFINITION);
  await services.eServices.publish(municipalityId, v.id);
  return { eService: e, versionId: v.id };
}
