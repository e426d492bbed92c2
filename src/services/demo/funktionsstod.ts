/**
 * Funktionsstöd – ersättning för sjuklönekostnader, after Sollefteå's
 * e-service (guide for case officers, section 5.3): the municipality pays the
 * sick pay costs of personal assistants, and the claimed sick pay is completed
 * automatically with holiday pay (12 %) and employer fees (31.42 % on sick pay
 * and holiday pay), so the employer's claim arrives right the first time.
 */
import { CATEGORIES, COMPLAINT, type DemoEService, DOCUMENT_TYPES, TEN_MB } from './demo-eservice.ts';

export const HOLIDAY_PAY_RATE = 0.12;
export const EMPLOYER_FEE_RATE = 0.3142;

export const funktionsstod: DemoEService = {
  info: {
    slug: 'funktionsstod-ersattning-sjuklonekostnader',
    category: CATEGORIES.care,
    name: {
      sv: 'Funktionsstöd – ersättning för sjuklönekostnader',
      en: 'Disability support – compensation for sick pay costs',
    },
    description: {
      sv: 'För dig som är arbetsgivare för personliga assistenter, till exempel ett assistansbolag. Kommunen ersätter kostnaden för sjuklön när en personlig assistent har varit sjuk. Semesterersättning och arbetsgivaravgifter räknas ut automatiskt.',
      en: 'For employers of personal assistants, for example an assistance company. The municipality pays the cost of sick pay when a personal assistant has been ill. Holiday pay and employer contributions are calculated automatically.',
    },
    whatYouNeed: {
      sv: 'Arbetsgivarens organisationsnummer och bankgiro eller plusgiro.\nAssistentens personnummer och personnumret för den som får assistans.\nDatum för sjukperioderna och den sjuklön som har betalats ut.\nLönespecifikationer och assistentens schema för sjukperioden, som PDF eller foto. Läkarintyg om sjukperioden är längre än sju dagar.\nE-legitimation (BankID, Freja eID+ eller Svenska Pass).',
      en: 'The employer’s organisation number and bankgiro or plusgiro number.\nThe assistant’s personal identity number and that of the person who receives assistance.\nThe dates of the periods of sick leave and the sick pay paid out.\nPayslips and the assistant’s work schedule for the sick leave, as a PDF or photo. A doctor’s certificate if the sick leave is longer than seven days.\nAn e-ID (BankID, Freja eID+ or Svenska Pass).',
    },
    contact: {
      unit: { sv: 'Funktionsstöd, administration', en: 'Disability support, administration' },
      email: 'funktionsstod@demo.kommun.example',
      phone: '0123-456 50',
    },
    loginRequirement: 'required',
    personalData: {
      dataProcessed: {
        sv: 'Assistentens namn, personnummer, sjukperioder och sjuklön (lön på personnivå). Personnumret för den som får assistans. Läkarintyg om sjukperioden är längre än sju dagar; uppgifter om hälsa är känsliga personuppgifter. Kontaktpersonens namn, e-postadress och telefonnummer. Arbetsgivarens namn, organisationsnummer och bankgiro eller plusgiro.',
        en: 'The assistant’s name, personal identity number, periods of sick leave and sick pay (individual salary data). The personal identity number of the person who receives assistance. A doctor’s certificate if the sick leave is longer than seven days; health data is sensitive personal data. The contact person’s name, email address and phone number. The employer’s name, organisation number and bankgiro or plusgiro number.',
      },
      purpose: {
        sv: 'Vi behandlar uppgifterna för att pröva och betala ut ersättning för sjuklönekostnader till arbetsgivare för personliga assistenter, och för att kunna kontrollera att ersättningen är riktig.',
        en: 'We process the data to assess and pay compensation for sick pay costs to employers of personal assistants, and to be able to check that the compensation is correct.',
      },
      legalBasis: {
        sv: 'Myndighetsutövning: kommunen ersätter sjuklönekostnader för personlig assistans enligt lagen (1993:387) om stöd och service till vissa funktionshindrade (LSS). Uppgifter om hälsa behandlas med stöd av dataskyddslagen (2018:218) och lagen (2001:454) om behandling av personuppgifter inom socialtjänsten.',
        en: 'The exercise of official authority: the municipality pays sick pay costs for personal assistance under the Act concerning Support and Service for Persons with Certain Functional Impairments (LSS, 1993:387). Health data is processed under the Swedish Data Protection Act (2018:218) and the Act on the Processing of Personal Data in the Social Services (2001:454).',
      },
      retention: {
        sv: 'Ärendet gallras ur e-tjänsten 90 dagar efter att ersättningen har betalats ut. Beslut och underlag sparas som räkenskapsinformation i sju år enligt bokföringslagen och gallras därefter.',
        en: 'The case is removed from the e-service 90 days after the compensation has been paid. The decision and supporting documents are kept as accounting records for seven years under the Accounting Act and are then disposed of.',
      },
      controller: {
        sv: 'Socialnämnden i Demo kommun, socialnamnden@demo.kommun.example, 0123-456 00',
        en: 'The Social Services Committee of Demo kommun, socialnamnden@demo.kommun.example, 0123-456 00',
      },
      complaint: COMPLAINT,
    },
    summaryKeys: ['employerName', 'employerOrgnr', 'total'],
    // Sollefteå handles these claims in under a week; two weeks marks a claim as overdue.
    handleWithinDays: 14,
  },

  definition: {
    schemaVersion: 1,
    steps: [
      {
        id: 'arbetsgivare',
        title: { sv: 'Arbetsgivaren', en: 'The employer' },
        description: {
          sv: 'Ersättningen betalas till den som är arbetsgivare för den personliga assistenten: ett assistansbolag, ett kooperativ eller den som får assistans och själv anställer sina assistenter.',
          en: 'The compensation is paid to the personal assistant’s employer: an assistance company, a cooperative, or the person receiving assistance who employs their own assistants.',
        },
        questions: [
          {
            id: 'fs-employer-name',
            key: 'employerName',
            type: 'text',
            label: { sv: 'Arbetsgivarens namn', en: 'The employer’s name' },
            hint: {
              sv: 'Företagets eller organisationens namn. Är du själv arbetsgivare för dina assistenter skriver du ditt namn.',
              en: 'The name of the company or organisation. If you employ your assistants yourself, enter your name.',
            },
            required: true,
            maxLength: 200,
            autocomplete: 'organization',
            summary: true,
          },
          {
            id: 'fs-employer-orgnr',
            key: 'employerOrgnr',
            type: 'orgnr',
            label: { sv: 'Arbetsgivarens organisationsnummer', en: 'The employer’s organisation number' },
            hint: {
              sv: 'Tio siffror, till exempel 556123-4567. Har du enskild firma eller anställer du själv skriver du ditt personnummer.',
              en: 'Ten digits, for example 556123-4567. If you are a sole trader or employ your assistants yourself, enter your personal identity number.',
            },
            required: true,
            allowSoleTrader: true,
            summary: true,
          },
          {
            id: 'fs-giro',
            key: 'paymentAccount',
            type: 'text',
            label: {
              sv: 'Bankgiro eller plusgiro som ersättningen ska betalas till',
              en: 'Bankgiro or plusgiro number the compensation should be paid to',
            },
            hint: {
              sv: 'Bankgiro skrivs 123-4567 eller 1234-5678, plusgiro 12345-6.',
              en: 'A bankgiro number is written 123-4567 or 1234-5678, a plusgiro number 12345-6.',
            },
            required: true,
            maxLength: 12,
            pattern: '\\d{3,4}-\\d{4}|\\d{1,7}-\\d',
            patternMessage: {
              sv: 'Skriv bankgiro som 123-4567 eller 1234-5678, eller plusgiro som 12345-6',
              en: 'Enter a bankgiro number as 123-4567 or 1234-5678, or a plusgiro number as 12345-6',
            },
          },
          {
            id: 'fs-contact',
            key: 'contactPerson',
            type: 'contact',
            label: { sv: 'Kontaktperson för ansökan', en: 'Contact person for the application' },
            hint: {
              sv: 'Den som kan svara på frågor om ansökan. Vi meddelar den här personen när något händer i ärendet.',
              en: 'The person who can answer questions about the application. We notify this person when something happens in the case.',
            },
            required: true,
            prefill: true,
            fields: { name: 'required', email: 'required', phone: 'required' },
          },
        ],
      },
      {
        id: 'assistent',
        title: { sv: 'Assistenten', en: 'The assistant' },
        questions: [
          {
            id: 'fs-employee-name',
            key: 'employeeName',
            type: 'text',
            label: { sv: 'Assistentens för- och efternamn', en: 'The assistant’s first name and surname' },
            required: true,
            maxLength: 100,
            autocomplete: 'off',
          },
          {
            id: 'fs-employee-pnr',
            key: 'employeePnr',
            type: 'personnummer',
            label: { sv: 'Assistentens personnummer', en: 'The assistant’s personal identity number' },
            hint: { sv: '12 siffror: ÅÅÅÅMMDD-NNNN', en: '12 digits: YYYYMMDD-NNNN' },
            required: true,
            allowSamordningsnummer: true,
          },
          {
            id: 'fs-recipient-pnr',
            key: 'recipientPnr',
            type: 'personnummer',
            label: {
              sv: 'Personnummer för den som får assistans',
              en: 'Personal identity number of the person who receives assistance',
            },
            hint: {
              sv: 'Den person som assistenten arbetar hos. Vi behöver det för att se att personen har beslut om personlig assistans.',
              en: 'The person the assistant works for. We need it to see that the person has a decision on personal assistance.',
            },
            required: true,
            allowSamordningsnummer: true,
          },
        ],
      },
      {
        id: 'sjuklon',
        title: { sv: 'Sjukfrånvaro och sjuklön', en: 'Sick leave and sick pay' },
        description: {
          sv: 'Kommunen ersätter sjuklön för sjukdag 1–14. Skriv varje sjukperiod på en egen rad.',
          en: 'The municipality pays for sick pay for days 1–14 of sick leave. Enter each period of sick leave on its own row.',
        },
        questions: [
          {
            id: 'fs-periods',
            key: 'periods',
            type: 'group',
            label: { sv: 'Sjukperioder', en: 'Periods of sick leave' },
            hint: {
              sv: 'Lägg till en rad för varje gång assistenten har varit sjuk.',
              en: 'Add a row for each time the assistant was ill.',
            },
            required: true,
            minRows: 1,
            maxRows: 10,
            questions: [
              {
                id: 'fs-period-from',
                key: 'from',
                type: 'date',
                label: { sv: 'Första sjukdagen', en: 'First day of sick leave' },
                required: true,
                max: 'today',
              },
              {
                id: 'fs-period-to',
                key: 'to',
                type: 'date',
                label: { sv: 'Sista sjukdagen', en: 'Last day of sick leave' },
                required: true,
                max: 'today',
              },
              {
                id: 'fs-period-days',
                key: 'sickDays',
                type: 'number',
                label: { sv: 'Antal dagar med sjuklön', en: 'Number of days with sick pay' },
                required: true,
                integer: true,
                min: 1,
                max: 14,
              },
              {
                id: 'fs-period-pay',
                key: 'sickPay',
                type: 'number',
                label: { sv: 'Utbetald sjuklön', en: 'Sick pay paid out' },
                hint: {
                  sv: 'Före skatt, efter karensavdrag.',
                  en: 'Before tax, after the qualifying deduction.',
                },
                unit: { sv: 'kr', en: 'SEK' },
                required: true,
                min: 0,
                max: 200000,
              },
            ],
          },
        ],
      },
      {
        id: 'belopp',
        title: { sv: 'Belopp att ersätta', en: 'Amount to be paid' },
        questions: [
          {
            id: 'fs-how',
            key: 'howCalculated',
            type: 'info',
            label: { sv: 'Så räknar vi', en: 'How we calculate' },
            text: {
              sv: 'Beloppen räknas ut från den sjuklön du har angett: semesterersättning är 12 procent av sjuklönen, och arbetsgivaravgifter är 31,42 procent av sjuklönen och semesterersättningen tillsammans. Kontrollera att beloppen stämmer innan du går vidare.',
              en: 'The amounts are calculated from the sick pay you entered: holiday pay is 12 per cent of the sick pay, and employer contributions are 31.42 per cent of the sick pay and holiday pay together. Check that the amounts are right before you continue.',
            },
          },
          {
            id: 'fs-sick-pay-total',
            key: 'sickPayTotal',
            type: 'computed',
            label: { sv: 'Sjuklön', en: 'Sick pay' },
            expression: {
              reduce: [{ var: 'periods' }, { '+': [{ var: 'accumulator' }, { var: 'current.sickPay' }] }, 0],
            },
            format: 'currency',
          },
          {
            id: 'fs-holiday-pay',
            key: 'holidayPay',
            type: 'computed',
            label: { sv: 'Semesterersättning 12 %', en: 'Holiday pay 12%' },
            expression: { '*': [{ var: 'sickPayTotal' }, HOLIDAY_PAY_RATE] },
            format: 'currency',
          },
          {
            id: 'fs-employer-fees',
            key: 'employerFees',
            type: 'computed',
            label: { sv: 'Arbetsgivaravgifter 31,42 %', en: 'Employer contributions 31.42%' },
            expression: {
              '*': [{ '+': [{ var: 'sickPayTotal' }, { var: 'holidayPay' }] }, EMPLOYER_FEE_RATE],
            },
            format: 'currency',
          },
          {
            id: 'fs-total',
            key: 'total',
            type: 'computed',
            label: { sv: 'Summa att ersätta', en: 'Total to be paid' },
            expression: { '+': [{ var: 'sickPayTotal' }, { var: 'holidayPay' }, { var: 'employerFees' }] },
            format: 'currency',
            summary: true,
          },
        ],
      },
      {
        id: 'underlag',
        title: { sv: 'Underlag', en: 'Supporting documents' },
        questions: [
          {
            id: 'fs-payslips',
            key: 'payslips',
            type: 'file',
            label: {
              sv: 'Lönespecifikationer för sjukperioderna',
              en: 'Payslips for the periods of sick leave',
            },
            hint: {
              sv: 'En lönespecifikation för varje månad med sjuklön.',
              en: 'One payslip for each month with sick pay.',
            },
            required: true,
            accept: DOCUMENT_TYPES,
            maxSizeBytes: TEN_MB,
            maxFiles: 10,
          },
          {
            id: 'fs-schedule',
            key: 'schedule',
            type: 'file',
            label: { sv: 'Assistentens schema', en: 'The assistant’s work schedule' },
            hint: {
              sv: 'Schemat ska visa de pass assistenten skulle ha arbetat under sjukperioderna.',
              en: 'The schedule should show the shifts the assistant would have worked during the sick leave.',
            },
            required: true,
            accept: DOCUMENT_TYPES,
            maxSizeBytes: TEN_MB,
            maxFiles: 5,
          },
          {
            id: 'fs-doctor',
            key: 'doctorsCertificate',
            type: 'file',
            label: { sv: 'Läkarintyg', en: 'Doctor’s certificate' },
            hint: {
              sv: 'Krävs när en sjukperiod är längre än sju dagar.',
              en: 'Required when a period of sick leave is longer than seven days.',
            },
            required: true,
            visibleWhen: { some: [{ var: 'periods' }, { '>': [{ var: 'sickDays' }, 7] }] },
            accept: DOCUMENT_TYPES,
            maxSizeBytes: TEN_MB,
            maxFiles: 5,
          },
          {
            id: 'fs-other',
            key: 'otherInfo',
            type: 'textarea',
            label: { sv: 'Vill du lägga till något?', en: 'Do you want to add anything?' },
            required: false,
            maxLength: 2000,
          },
          {
            id: 'fs-truthful',
            key: 'truthful',
            type: 'consent',
            label: {
              sv: 'Jag intygar att uppgifterna är riktiga och att sjuklönen har betalats ut till assistenten',
              en: 'I confirm that the information is correct and that the sick pay has been paid to the assistant',
            },
            required: true,
          },
        ],
      },
    ],
  },
};
