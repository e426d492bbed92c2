/**
 * Ersättning för sjuklönekostnader inom personlig assistans, after
 * Sollefteå's Funktionsstöd e-service (guide for case officers, section 5.3):
 * the claimed sick pay is completed automatically with holiday pay (12 %) and
 * employer fees (31.42 % on sick pay and holiday pay). A compact version for
 * tests and documentation.
 */
export const funktionsstodJson = {
  schemaVersion: 1,
  steps: [
    {
      id: 'anordnare',
      title: { sv: 'Assistansanordnare', en: 'Assistance provider' },
      questions: [
        {
          id: 'f1',
          key: 'provider',
          type: 'orgnr',
          label: { sv: 'Organisationsnummer', en: 'Organisation number' },
          required: true,
          summary: true,
        },
        {
          id: 'f2',
          key: 'contact',
          type: 'contact',
          label: { sv: 'Kontaktperson', en: 'Contact person' },
          required: true,
          fields: { name: 'required', email: 'required', phone: 'required', address: 'optional' },
        },
      ],
    },
    {
      id: 'sjukfranvaro',
      title: { sv: 'Sjukfrånvaro', en: 'Sick leave' },
      questions: [
        {
          id: 'f3',
          key: 'periods',
          type: 'group',
          label: { sv: 'Sjukperioder', en: 'Periods of sick leave' },
          required: true,
          maxRows: 10,
          questions: [
            {
              id: 'f3a',
              key: 'from',
              type: 'date',
              label: { sv: 'Från och med', en: 'From' },
              required: true,
              max: 'today',
            },
            {
              id: 'f3b',
              key: 'days',
              type: 'number',
              label: { sv: 'Antal dagar', en: 'Days' },
              required: true,
              integer: true,
              min: 1,
            },
          ],
        },
        {
          id: 'f4',
          key: 'sickPay',
          type: 'number',
          label: { sv: 'Yrkad sjuklön', en: 'Sick pay claimed' },
          unit: { sv: 'kr', en: 'SEK' },
          required: true,
          min: 0,
        },
        {
          id: 'f5',
          key: 'holidayPay',
          type: 'computed',
          label: { sv: 'Semesterersättning 12 %', en: 'Holiday pay 12%' },
          expression: { '*': [{ var: 'sickPay' }, 0.12] },
          format: 'currency',
        },
        {
          id: 'f6',
          key: 'employerFees',
          type: 'computed',
          label: { sv: 'Arbetsgivaravgifter 31,42 %', en: 'Employer fees 31.42%' },
          expression: { '*': [{ '+': [{ var: 'sickPay' }, { var: 'holidayPay' }] }, 0.3142] },
          format: 'currency',
        },
        {
          id: 'f7',
          key: 'total',
          type: 'computed',
          label: { sv: 'Summa att ersätta', en: 'Total claimed' },
          expression: { '+': [{ var: 'sickPay' }, { var: 'holidayPay' }, { var: 'employerFees' }] },
          format: 'currency',
          summary: true,
        },
        {
          id: 'f8',
          key: 'payslips',
          type: 'file',
          label: { sv: 'Lönespecifikationer', en: 'Payslips' },
          required: true,
          accept: ['application/pdf'],
          maxSizeBytes: 5000000,
          maxFiles: 5,
        },
      ],
    },
  ],
} as const;
