/**
 * Ansökan om specialkost, after Härnösand's e-service (guide for case
 * officers, section 5.1): mutually exclusive choices cannot both be ticked,
 * follow-up questions depend on the choices, and a doctor's certificate is
 * attached for medical diets. A compact version for tests and documentation.
 */
export const specialkostJson = {
  schemaVersion: 1,
  steps: [
    {
      id: 'barn',
      title: { sv: 'Barnet', en: 'The child' },
      questions: [
        {
          id: 'q1',
          key: 'childPnr',
          type: 'personnummer',
          label: { sv: 'Barnets personnummer', en: "The child's personal identity number" },
          hint: { sv: 'ÅÅÅÅMMDD-NNNN', en: 'YYYYMMDD-NNNN' },
          required: true,
          allowSamordningsnummer: true,
          summary: true,
        },
        {
          id: 'q2',
          key: 'childName',
          type: 'text',
          label: { sv: 'Barnets namn', en: "The child's name" },
          required: true,
          maxLength: 100,
          autocomplete: 'off',
          summary: true,
        },
        {
          id: 'q3',
          key: 'school',
          type: 'select',
          label: { sv: 'Skola eller förskola', en: 'School or preschool' },
          required: true,
          options: [
            { value: 'solbacken', label: { sv: 'Solbackens förskola' } },
            { value: 'vastra', label: { sv: 'Västra skolan' } },
            { value: 'hogstadiet', label: { sv: 'Högstadieskolan' } },
          ],
        },
      ],
    },
    {
      id: 'kost',
      title: { sv: 'Specialkost', en: 'Special diet' },
      questions: [
        {
          id: 'q4',
          key: 'diet',
          type: 'checkbox',
          label: { sv: 'Vilken specialkost behöver barnet?', en: 'Which special diet does the child need?' },
          required: true,
          options: [
            { value: 'gluten', label: { sv: 'Glutenfri', en: 'Gluten free' } },
            { value: 'laktos', label: { sv: 'Laktosfri', en: 'Lactose free' } },
            { value: 'notter', label: { sv: 'Nötter och jordnötter', en: 'Nuts and peanuts' } },
            { value: 'annat', label: { sv: 'Annat', en: 'Other' } },
            {
              value: 'ingen',
              label: { sv: 'Ingen specialkost längre', en: 'No special diet any more' },
              hint: { sv: 'Avslutar tidigare specialkost' },
              exclusive: true,
            },
          ],
        },
        {
          id: 'q5',
          key: 'otherDiet',
          type: 'textarea',
          label: { sv: 'Beskriv vilken kost barnet behöver', en: 'Describe the diet the child needs' },
          required: true,
          maxLength: 1000,
          visibleWhen: { in: ['annat', { var: 'diet' }] },
        },
        {
          id: 'q6',
          key: 'nutSeverity',
          type: 'radio',
          label: { sv: 'Hur allvarlig är allergin?', en: 'How severe is the allergy?' },
          required: true,
          visibleWhen: { in: ['notter', { var: 'diet' }] },
          options: [
            { value: 'mild', label: { sv: 'Lindriga besvär', en: 'Mild' } },
            { value: 'svar', label: { sv: 'Svår allergi (anafylaxi)', en: 'Severe (anaphylaxis)' } },
          ],
        },
        {
          id: 'q7',
          key: 'airborne',
          type: 'yesno',
          label: { sv: 'Reagerar barnet på nötter i luften?', en: 'Does the child react to airborne nuts?' },
          required: true,
          visibleWhen: { '==': [{ var: 'nutSeverity' }, 'svar'] },
        },
        {
          id: 'q8',
          key: 'certificate',
          type: 'file',
          label: { sv: 'Läkarintyg', en: "Doctor's certificate" },
          help: {
            sv: 'För specialkost av medicinska skäl krävs läkarintyg.',
            en: "A doctor's certificate is required for medical diets.",
          },
          required: false,
          requiredWhen: { some: [{ var: 'diet' }, { in: [{ var: '' }, ['gluten', 'notter']] }] },
          visibleWhen: { '!': { in: ['ingen', { var: 'diet' }] } },
          accept: ['application/pdf', 'image/jpeg', 'image/png'],
          maxSizeBytes: 10000000,
          maxFiles: 3,
        },
        {
          id: 'q9',
          key: 'startDate',
          type: 'date',
          label: { sv: 'Från vilket datum?', en: 'From which date?' },
          required: true,
          min: 'today',
          max: '+1y',
        },
      ],
    },
    {
      id: 'sokande',
      title: { sv: 'Vårdnadshavare', en: 'Guardian' },
      questions: [
        {
          id: 'q10',
          key: 'guardian',
          type: 'contact',
          label: { sv: 'Dina kontaktuppgifter', en: 'Your contact details' },
          required: true,
          prefill: true,
          fields: { name: 'required', email: 'required', phone: 'optional' },
        },
        {
          id: 'q11',
          key: 'truthful',
          type: 'consent',
          label: { sv: 'Jag intygar att uppgifterna är riktiga', en: 'I confirm the information is correct' },
          required: true,
        },
      ],
    },
  ],
} as const;
