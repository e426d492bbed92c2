/**
 * Skolskjuts – ansökan: a guardian applies for school transport. The case
 * header shows Elev, Personnummer and Skola, as in the school transport case
 * of the guide for case officers (section 3.1). The follow-up questions depend
 * on the reasons given, and a decision needs e-identification.
 */

import {
  answerIs,
  CATEGORIES,
  COMPLAINT,
  type DemoEService,
  DOCUMENT_TYPES,
  TEN_MB,
  ticked,
} from './demo-eservice.ts';
import { GRADE_OPTIONS, SCHOOLS, schoolOption } from './schools.ts';

export const skolskjuts: DemoEService = {
  info: {
    slug: 'skolskjuts-ansokan',
    category: CATEGORIES.school,
    name: { sv: 'Skolskjuts – ansökan', en: 'School transport – application' },
    description: {
      sv: 'Ansök om skolskjuts för ditt barn i förskoleklass eller grundskola. Eleven kan få skolskjuts om det är långt till skolan, om skolvägen är trafikfarlig eller om eleven har en funktionsnedsättning.',
      en: 'Apply for school transport for your child in preschool class or compulsory school. A pupil can get school transport if the school is far away, if the way to school is dangerous because of traffic, or if the pupil has a disability.',
    },
    whatYouNeed: {
      sv: 'Elevens personnummer och adress.\nOm du söker på grund av funktionsnedsättning eller sjukdom: ett intyg från läkare eller annan sakkunnig, som PDF eller foto.\nE-legitimation (BankID, Freja eID+ eller Svenska Pass).\nSök senast den 1 maj om eleven behöver skolskjuts från början av höstterminen.',
      en: 'The pupil’s personal identity number and address.\nIf you apply because of a disability or illness: a certificate from a doctor or other expert, as a PDF or a photo.\nAn e-ID (BankID, Freja eID+ or Svenska Pass).\nApply by 1 May if the pupil needs school transport from the start of the autumn term.',
    },
    contact: {
      unit: { sv: 'Skolskjutsenheten', en: 'The school transport unit' },
      email: 'skolskjuts@demo.kommun.example',
      phone: '0123-456 40',
    },
    loginRequirement: 'required',
    personalData: {
      dataProcessed: {
        sv: 'Elevens namn, personnummer, adress, skola och årskurs. Om du söker på grund av funktionsnedsättning eller sjukdom: uppgifter om elevens hälsa och intyget, som är känsliga personuppgifter. Ditt namn, din adress, e-postadress och ditt telefonnummer.',
        en: 'The pupil’s name, personal identity number, address, school and year. If you apply because of a disability or illness: information about the pupil’s health and the certificate, which are sensitive personal data. Your name, address, email address and phone number.',
      },
      purpose: {
        sv: 'Vi behandlar uppgifterna för att pröva rätten till skolskjuts och planera resorna. Elevens namn, adress och behov under resan lämnas till trafikföretaget som kör skolskjutsen.',
        en: 'We process the data to decide whether the pupil has the right to school transport and to plan the journeys. The pupil’s name, address and needs during the journey are passed on to the transport company that runs the school transport.',
      },
      legalBasis: {
        sv: 'Myndighetsutövning: kommunens beslut om skolskjuts enligt skollagen (2010:800). Uppgifter om hälsa behandlas med stöd av dataskyddslagen (2018:218).',
        en: 'The exercise of official authority: the municipality’s decision on school transport under the Education Act (2010:800). Information about health is processed under the Swedish Data Protection Act (2018:218).',
      },
      retention: {
        sv: 'Beslutet och ansökan sparas så länge eleven går i grundskolan och gallras därefter enligt barn- och utbildningsnämndens dokumenthanteringsplan.',
        en: 'The decision and the application are kept while the pupil is in compulsory school and are then disposed of according to the Children and Education Committee’s records management plan.',
      },
      controller: {
        sv: 'Barn- och utbildningsnämnden i Demo kommun, barn.utbildning@demo.kommun.example, 0123-456 00',
        en: 'The Children and Education Committee of Demo kommun, barn.utbildning@demo.kommun.example, 0123-456 00',
      },
      complaint: COMPLAINT,
    },
    summaryKeys: ['studentName', 'studentPnr', 'school'],
    handleWithinDays: 30,
  },

  definition: {
    schemaVersion: 1,
    steps: [
      {
        id: 'elev',
        title: { sv: 'Eleven', en: 'The pupil' },
        questions: [
          {
            id: 'ss-student-name',
            key: 'studentName',
            type: 'text',
            label: { sv: 'Elevens för- och efternamn', en: 'The pupil’s first name and surname' },
            required: true,
            maxLength: 100,
            autocomplete: 'off',
            summary: true,
          },
          {
            id: 'ss-student-pnr',
            key: 'studentPnr',
            type: 'personnummer',
            label: { sv: 'Elevens personnummer', en: 'The pupil’s personal identity number' },
            hint: { sv: '12 siffror: ÅÅÅÅMMDD-NNNN', en: '12 digits: YYYYMMDD-NNNN' },
            required: true,
            allowSamordningsnummer: true,
            summary: true,
          },
          {
            id: 'ss-school',
            key: 'school',
            type: 'select',
            label: { sv: 'Vilken skola går eleven på?', en: 'Which school does the pupil attend?' },
            hint: {
              sv: 'Skolan eleven går på under den tid du söker skolskjuts för.',
              en: 'The school the pupil attends during the time you apply for.',
            },
            required: true,
            summary: true,
            options: [
              ...SCHOOLS.map(schoolOption),
              {
                value: 'independentSchool',
                label: {
                  sv: 'En fristående skola i kommunen',
                  en: 'An independent school in the municipality',
                },
              },
            ],
          },
          {
            id: 'ss-independent',
            key: 'independentSchoolName',
            type: 'text',
            label: { sv: 'Vad heter skolan?', en: 'What is the name of the school?' },
            required: true,
            maxLength: 100,
            visibleWhen: answerIs('school', 'independentSchool'),
          },
          {
            id: 'ss-grade',
            key: 'grade',
            type: 'select',
            label: {
              sv: 'Vilken årskurs går eleven i när skolskjutsen ska börja?',
              en: 'Which year will the pupil be in when the school transport starts?',
            },
            required: true,
            options: GRADE_OPTIONS,
          },
        ],
      },
      {
        id: 'boende',
        title: { sv: 'Elevens adress', en: 'The pupil’s address' },
        questions: [
          {
            id: 'ss-address',
            key: 'homeAddress',
            type: 'address',
            label: { sv: 'Var bor eleven?', en: 'Where does the pupil live?' },
            hint: {
              sv: 'Adressen där eleven är folkbokförd.',
              en: 'The address where the pupil is registered as living.',
            },
            required: true,
          },
          {
            id: 'ss-alternating',
            key: 'alternatingResidence',
            type: 'yesno',
            label: {
              sv: 'Bor eleven växelvis hos två vårdnadshavare?',
              en: 'Does the pupil live in two homes, taking turns with each guardian?',
            },
            hint: { sv: 'Till exempel varannan vecka.', en: 'For example every other week.' },
            required: true,
          },
          {
            id: 'ss-second-address',
            key: 'secondAddress',
            type: 'address',
            label: { sv: 'Adress hos den andra vårdnadshavaren', en: 'The address of the other guardian' },
            required: true,
            visibleWhen: answerIs('alternatingResidence', true),
          },
        ],
      },
      {
        id: 'skal',
        title: { sv: 'Skäl till skolskjuts', en: 'Reasons for school transport' },
        questions: [
          {
            id: 'ss-reasons',
            key: 'reasons',
            type: 'checkbox',
            label: {
              sv: 'Varför behöver eleven skolskjuts?',
              en: 'Why does the pupil need school transport?',
            },
            hint: { sv: 'Välj alla som stämmer.', en: 'Select all that apply.' },
            help: {
              sv: 'Eleven kan få skolskjuts om den kortaste gångvägen mellan hemmet och skolan är minst 2 km i förskoleklass till årskurs 3, minst 3 km i årskurs 4–6 och minst 4 km i årskurs 7–9. Eleven kan också få skolskjuts om skolvägen är trafikfarlig eller om eleven har en funktionsnedsättning. Vi bedömer varje ansökan för sig.',
              en: 'A pupil can get school transport if the shortest walking route between home and school is at least 2 km in preschool class to year 3, at least 3 km in years 4–6 and at least 4 km in years 7–9. A pupil can also get school transport if the way to school is dangerous because of traffic or if the pupil has a disability. We assess each application individually.',
            },
            required: true,
            options: [
              {
                value: 'distance',
                label: { sv: 'Det är långt till skolan', en: 'The school is far from home' },
              },
              {
                value: 'traffic',
                label: {
                  sv: 'Skolvägen är trafikfarlig',
                  en: 'The way to school is dangerous because of traffic',
                },
              },
              {
                value: 'disability',
                label: {
                  sv: 'Eleven har en funktionsnedsättning eller sjukdom',
                  en: 'The pupil has a disability or illness',
                },
              },
            ],
          },
          {
            id: 'ss-distance',
            key: 'distanceKm',
            type: 'number',
            label: {
              sv: 'Hur långt är det från hemmet till skolan?',
              en: 'How far is it from home to school?',
            },
            hint: {
              sv: 'Den kortaste vägen man kan gå. Vi kontrollerar avståndet i kartan.',
              en: 'The shortest route you can walk. We check the distance on the map.',
            },
            unit: { sv: 'km', en: 'km' },
            required: true,
            min: 0.1,
            max: 200,
            visibleWhen: ticked('reasons', 'distance'),
          },
          {
            id: 'ss-traffic',
            key: 'trafficDescription',
            type: 'textarea',
            label: {
              sv: 'Beskriv vad som gör skolvägen farlig',
              en: 'Describe what makes the way to school dangerous',
            },
            hint: {
              sv: 'Till exempel en väg utan trottoar där bilarna kör fort, eller en stor väg som eleven måste gå över.',
              en: 'For example a road without a pavement where cars drive fast, or a big road the pupil has to cross.',
            },
            required: true,
            maxLength: 2000,
            visibleWhen: ticked('reasons', 'traffic'),
          },
          {
            id: 'ss-disability',
            key: 'disabilityDescription',
            type: 'textarea',
            label: {
              sv: 'Beskriv varför eleven inte kan ta sig till skolan på egen hand',
              en: 'Describe why the pupil cannot get to school on their own',
            },
            hint: {
              sv: 'Berätta också om behovet är tillfälligt, till exempel efter en skada, och hur länge det i så fall gäller.',
              en: 'Also tell us if the need is temporary, for example after an injury, and if so for how long.',
            },
            required: true,
            maxLength: 2000,
            visibleWhen: ticked('reasons', 'disability'),
          },
          {
            id: 'ss-aids',
            key: 'aids',
            type: 'checkbox',
            label: {
              sv: 'Behöver eleven något hjälpmedel under resan?',
              en: 'Does the pupil need any aids during the journey?',
            },
            hint: { sv: 'Välj alla som stämmer.', en: 'Select all that apply.' },
            required: true,
            visibleWhen: ticked('reasons', 'disability'),
            options: [
              { value: 'wheelchair', label: { sv: 'Rullstol', en: 'Wheelchair' } },
              {
                value: 'walkingAid',
                label: { sv: 'Rullator eller kryckor', en: 'Walking frame or crutches' },
              },
              {
                value: 'childSeat',
                label: { sv: 'Bilbarnstol eller bälteskudde', en: 'Child car seat or booster cushion' },
              },
              { value: 'companion', label: { sv: 'Vuxen ledsagare', en: 'An adult escort' } },
              { value: 'none', exclusive: true, label: { sv: 'Inget hjälpmedel', en: 'No aids' } },
            ],
          },
          {
            id: 'ss-certificate',
            key: 'disabilityCertificate',
            type: 'file',
            label: {
              sv: 'Intyg om elevens funktionsnedsättning eller sjukdom',
              en: 'Certificate of the pupil’s disability or illness',
            },
            hint: {
              sv: 'Från läkare, fysioterapeut eller psykolog.',
              en: 'From a doctor, physiotherapist or psychologist.',
            },
            required: true,
            visibleWhen: ticked('reasons', 'disability'),
            accept: DOCUMENT_TYPES,
            maxSizeBytes: TEN_MB,
            maxFiles: 5,
          },
        ],
      },
      {
        id: 'resan',
        title: { sv: 'Resan', en: 'The journey' },
        questions: [
          {
            id: 'ss-start',
            key: 'startDate',
            type: 'date',
            label: {
              sv: 'Från vilket datum behöver eleven skolskjuts?',
              en: 'From which date does the pupil need school transport?',
            },
            hint: {
              sv: 'Det tar upp till fyra veckor att handlägga ansökan och planera resan.',
              en: 'It takes up to four weeks to handle the application and plan the journey.',
            },
            required: true,
            min: 'today',
            max: '+1y',
          },
          {
            id: 'ss-other',
            key: 'otherInfo',
            type: 'textarea',
            label: {
              sv: 'Finns det något mer vi behöver veta om elevens resor?',
              en: 'Is there anything else we need to know about the pupil’s journeys?',
            },
            hint: {
              sv: 'Till exempel om eleven går på fritidshem vissa dagar. Skolskjuts ges inte till och från fritidshemmet.',
              en: 'For example if the pupil goes to after-school care on some days. School transport is not given to and from after-school care.',
            },
            required: false,
            maxLength: 2000,
          },
        ],
      },
      {
        id: 'vardnadshavare',
        title: { sv: 'Dina uppgifter', en: 'Your details' },
        questions: [
          {
            id: 'ss-guardian',
            key: 'guardian',
            type: 'contact',
            label: { sv: 'Dina kontaktuppgifter', en: 'Your contact details' },
            hint: {
              sv: 'Vi skickar beslutet till Mina sidor och meddelar dig med e-post.',
              en: 'We send the decision to My pages and let you know by email.',
            },
            required: true,
            prefill: true,
            fields: { name: 'required', email: 'required', phone: 'required', address: 'optional' },
          },
          {
            id: 'ss-truthful',
            key: 'truthful',
            type: 'consent',
            label: {
              sv: 'Jag intygar att uppgifterna stämmer och att jag är vårdnadshavare till eleven',
              en: 'I confirm that the information is correct and that I am the pupil’s guardian',
            },
            required: true,
          },
        ],
      },
    ],
  },
};
