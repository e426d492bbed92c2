/**
 * A definition with one question of every type (and a group with a cell of
 * every cell type), for renderer and message tests. Some texts exist only in
 * Swedish, to check the fallback marking.
 */
import {
  type FormDefinition,
  parseDefinition,
  QUESTION_TYPES,
} from '../../../../../src/domain/forms/index.ts';

const text = (sv: string, en?: string, ar?: string) => ({ sv, ...(en && { en }), ...(ar && { ar }) });

const options = [
  { value: 'a', label: text('Alfa', 'Alpha', 'ألف') },
  { value: 'b', label: text('Beta'), hint: text('Bara på svenska') },
  { value: 'none', label: text('Inget av detta', 'None of these', 'لا شيء مما سبق'), exclusive: true },
];

export const allTypesJson = {
  schemaVersion: 1,
  steps: [
    {
      id: 'alla',
      title: text('Alla typer', 'All types'),
      questions: [
        {
          id: 't1',
          key: 'name',
          type: 'text',
          label: text('Namn', 'Name', 'الاسم'),
          hint: text('Som i passet'),
          help: text('Skriv för- och efternamn.', 'First and last name.'),
          required: true,
          maxLength: 20,
          pattern: '[A-Za-zÅÄÖåäö -]+',
          patternMessage: text('Använd bara bokstäver', 'Use letters only', 'استخدم الحروف فقط'),
          autocomplete: 'name',
        },
        {
          id: 't2',
          key: 'story',
          type: 'textarea',
          label: text('Berätta', 'Tell us'),
          required: false,
          maxLength: 500,
        },
        {
          id: 't3',
          key: 'amount',
          type: 'number',
          label: text('Belopp', 'Amount'),
          required: true,
          min: 0,
          max: 1000000,
          unit: text('kr', 'SEK'),
        },
        {
          id: 't4',
          key: 'start',
          type: 'date',
          label: text('Startdatum', 'Start date'),
          required: true,
          min: 'today',
        },
        {
          id: 't5',
          key: 'colour',
          type: 'radio',
          label: text('Färg', 'Colour'),
          required: true,
          options: options.slice(0, 2),
        },
        { id: 't6', key: 'diet', type: 'checkbox', label: text('Kost', 'Diet'), required: true, options },
        {
          id: 't7',
          key: 'school',
          type: 'select',
          label: text('Skola'),
          required: false,
          options: options.slice(0, 2),
        },
        { id: 't8', key: 'allergy', type: 'yesno', label: text('Allergi?', 'Allergy?'), required: true },
        {
          id: 't9',
          key: 'certificate',
          type: 'file',
          label: text('Intyg', 'Certificate'),
          required: true,
          accept: ['application/pdf', 'image/jpeg'],
          maxSizeBytes: 10_000_000,
          maxFiles: 3,
        },
        {
          id: 't10',
          key: 'guardian',
          type: 'contact',
          label: text('Kontaktuppgifter', 'Contact details'),
          required: true,
          fields: { name: 'required', email: 'required', phone: 'optional', address: 'optional' },
        },
        {
          id: 't11',
          key: 'child',
          type: 'personnummer',
          label: text('Barnets personnummer', "Child's personal identity number"),
          required: true,
          allowSamordningsnummer: false,
        },
        { id: 't12', key: 'company', type: 'orgnr', label: text('Organisationsnummer'), required: false },
        { id: 't13', key: 'home', type: 'address', label: text('Adress', 'Address'), required: false },
        {
          id: 't14',
          key: 'kids',
          type: 'group',
          label: text('Barn', 'Children'),
          required: true,
          minRows: 1,
          maxRows: 3,
          questions: [
            { id: 'c1', key: 'cname', type: 'text', label: text('Namn', 'Name'), required: true },
            { id: 'c2', key: 'cnote', type: 'textarea', label: text('Not', 'Note'), required: false },
            {
              id: 'c3',
              key: 'cage',
              type: 'number',
              label: text('Ålder', 'Age'),
              required: false,
              integer: true,
            },
            { id: 'c4', key: 'cborn', type: 'date', label: text('Född', 'Born'), required: false },
            {
              id: 'c5',
              key: 'cschool',
              type: 'radio',
              label: text('Skola', 'School'),
              required: false,
              options: options.slice(0, 2),
            },
            {
              id: 'c6',
              key: 'cdiet',
              type: 'checkbox',
              label: text('Kost', 'Diet'),
              required: false,
              options,
            },
            {
              id: 'c7',
              key: 'cclass',
              type: 'select',
              label: text('Klass'),
              required: false,
              options: options.slice(0, 2),
            },
            { id: 'c8', key: 'cbus', type: 'yesno', label: text('Buss?', 'Bus?'), required: false },
            {
              id: 'c9',
              key: 'cpnr',
              type: 'personnummer',
              label: text('Personnummer'),
              required: false,
              allowSamordningsnummer: true,
            },
            { id: 'c10', key: 'corg', type: 'orgnr', label: text('Förening'), required: false },
          ],
        },
        {
          id: 't15',
          key: 'about',
          type: 'info',
          label: text('Om behandlingen', 'About processing'),
          text: text(
            'Vi sparar uppgifterna i tre år.\n\nDu kan begära utdrag.',
            'We keep the details for three years.\n\nYou can ask for a copy.',
          ),
        },
        {
          id: 't16',
          key: 'truthful',
          type: 'consent',
          label: text('Jag intygar att uppgifterna är riktiga', 'I confirm the details are correct'),
          required: true,
        },
        {
          id: 't17',
          key: 'total',
          type: 'computed',
          label: text('Summa', 'Total'),
          expression: { '*': [{ var: 'amount' }, 1.25] },
          format: 'currency',
        },
      ],
    },
  ],
};

export function allTypes(): FormDefinition {
  const r = parseDefinition(allTypesJson);
  if (!r.ok) throw new Error(`all-types definition has problems: ${JSON.stringify(r.error)}`);
  const types = new Set(r.value.steps.flatMap((s) => s.questions.map((q) => q.type)));
  for (const type of QUESTION_TYPES)
    if (!types.has(type)) throw new Error(`all-types lacks a ${type} question`);
  return r.value;
}
