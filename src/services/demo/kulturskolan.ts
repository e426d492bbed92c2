/**
 * Kulturskolan – ansökan, after Örnsköldsvik's e-service (guide for case
 * officers, section 5.2): the service shows the courses held at the student's
 * own school and the central courses after school. Each school's courses are
 * their own question shown for that school, so the options never mix; the
 * school is a summary field because officers are assigned by school.
 */
import type { ChoiceOption, Question } from '../../domain/forms/definition.ts';
import { answered, answerIn, answerIs, CATEGORIES, COMPLAINT, type DemoEService } from './demo-eservice.ts';
import { GRADE_OPTIONS, SCHOOLS, schoolOption } from './schools.ts';

/** The option on every school's list that leads to the central courses. */
const AFTER_SCHOOL: ChoiceOption = {
  value: 'afterSchool',
  label: { sv: 'En kurs efter skoltid i Kulturhuset', en: 'A course after school at Kulturhuset' },
  hint: { sv: 'Du väljer kurs i nästa fråga.', en: 'You choose the course in the next question.' },
};

/** Courses held during school hours, by school (option value in `schools.ts`). */
const SCHOOL_COURSES: Record<string, ChoiceOption[]> = {
  bjorkskolan: [
    {
      value: 'strings',
      label: { sv: 'Stråkklass, årskurs 3–6', en: 'String class, years 3–6' },
      hint: { sv: 'Fiol, viola eller cello.', en: 'Violin, viola or cello.' },
    },
    { value: 'windBand', label: { sv: 'Blåsorkester, årskurs 4–9', en: 'Wind band, years 4–9' } },
  ],
  vastraSkolan: [
    { value: 'choir', label: { sv: 'Kör, årskurs 1–6', en: 'Choir, years 1–6' } },
    { value: 'guitarGroup', label: { sv: 'Gitarrgrupp, årskurs 4–6', en: 'Guitar group, years 4–6' } },
  ],
  angsskolan: [
    {
      value: 'rhythmics',
      label: {
        sv: 'Rytmik och sång, förskoleklass–årskurs 3',
        en: 'Rhythmics and singing, preschool class to year 3',
      },
    },
  ],
  lovasensSkola: [{ value: 'drama', label: { sv: 'Drama, årskurs 4–6', en: 'Drama, years 4–6' } }],
  centralskolan: [
    { value: 'band', label: { sv: 'Band och ensemble, årskurs 7–9', en: 'Band and ensemble, years 7–9' } },
    {
      value: 'musicProduction',
      label: { sv: 'Musikproduktion, årskurs 7–9', en: 'Music production, years 7–9' },
    },
  ],
};

/** The question key of a school's course list: `courseBjorkskolan`, … */
export function courseKey(school: string): string {
  return `course${school[0]?.toUpperCase()}${school.slice(1)}`;
}

function schoolCourseQuestion(school: (typeof SCHOOLS)[number]): Question {
  return {
    id: `ks-${courseKey(school.value)}`,
    key: courseKey(school.value),
    type: 'radio',
    label: {
      sv: `Vilken kurs på ${school.name} vill eleven gå?`,
      en: `Which course at ${school.name} does the student want to take?`,
    },
    required: true,
    visibleWhen: answerIs('school', school.value),
    options: [...(SCHOOL_COURSES[school.value] ?? []), AFTER_SCHOOL],
  };
}

export const kulturskolan: DemoEService = {
  info: {
    slug: 'kulturskolan-ansokan',
    category: CATEGORIES.culture,
    name: { sv: 'Kulturskolan – ansökan', en: 'Culture school – application' },
    description: {
      sv: 'Ansök om en kurs i Kulturskolan: instrument, sång, dans, teater, bild eller film. Du ser vilka kurser som finns på elevens skola och vilka kurser som hålls efter skoltid i Kulturhuset.',
      en: 'Apply for a course at the culture school: an instrument, singing, dance, theatre, art or film. You see the courses held at the student’s school and the courses held after school at Kulturhuset.',
    },
    whatYouNeed: {
      sv: 'Elevens personnummer och vilken skola eleven går på.\nE-legitimation (BankID, Freja eID+ eller Svenska Pass). Vårdnadshavare ansöker för elever under 18 år. Har eleven fyllt 18 år ansöker eleven själv.\nÄr kursen full får eleven en plats i kön. En gång om året frågar vi om ni vill behålla platsen.',
      en: 'The student’s personal identity number and which school the student attends.\nAn e-ID (BankID, Freja eID+ or Svenska Pass). Guardians apply for students under 18. Students who are 18 or older apply themselves.\nIf the course is full, the student gets a place in the queue. Once a year we ask whether you want to keep the place.',
    },
    contact: {
      unit: { sv: 'Kulturskolan', en: 'The culture school' },
      email: 'kulturskolan@demo.kommun.example',
      phone: '0123-456 60',
    },
    loginRequirement: 'required',
    personalData: {
      dataProcessed: {
        sv: 'Elevens namn, personnummer, skola, årskurs och de kurser eleven söker. Ditt namn, din adress, e-postadress och ditt telefonnummer. Om eleven får fotograferas.',
        en: 'The student’s name, personal identity number, school, year and the courses applied for. Your name, address, email address and phone number. Whether the student may be photographed.',
      },
      purpose: {
        sv: 'Vi behandlar uppgifterna för att ge eleven en plats på kursen eller i kön, fakturera avgiften och kontakta dig om kursen. Uppgifterna förs över till Kulturskolans elevregister, där köer och kurser hanteras.',
        en: 'We process the data to give the student a place on the course or in the queue, to invoice the fee and to contact you about the course. The data is transferred to the culture school’s student register, where queues and courses are managed.',
      },
      legalBasis: {
        sv: 'En uppgift av allmänt intresse: kommunens kulturskoleverksamhet. Fotografering och publicering av bilder: samtycke, som du kan ta tillbaka när som helst.',
        en: 'A task in the public interest: the municipality’s culture school. Photographs and publishing them: consent, which you can withdraw at any time.',
      },
      retention: {
        sv: 'Så länge eleven står i kö eller går en kurs. Uppgifterna raderas ett år efter att eleven har slutat. Fakturor sparas i sju år enligt bokföringslagen.',
        en: 'For as long as the student is in the queue or takes a course. The data is deleted one year after the student has left. Invoices are kept for seven years under the Accounting Act.',
      },
      controller: {
        sv: 'Kultur- och fritidsnämnden i Demo kommun, kultur.fritid@demo.kommun.example, 0123-456 00',
        en: 'The Culture and Leisure Committee of Demo kommun, kultur.fritid@demo.kommun.example, 0123-456 00',
      },
      complaint: COMPLAINT,
    },
    summaryKeys: ['studentName', 'school'],
    handleWithinDays: 30,
  },

  definition: {
    schemaVersion: 1,
    steps: [
      {
        id: 'elev',
        title: { sv: 'Eleven', en: 'The student' },
        questions: [
          {
            id: 'ks-role',
            key: 'applicantRole',
            type: 'radio',
            label: { sv: 'Vem fyller i ansökan?', en: 'Who is filling in the application?' },
            required: true,
            options: [
              {
                value: 'guardian',
                label: { sv: 'Jag är vårdnadshavare till eleven', en: 'I am the student’s guardian' },
              },
              {
                value: 'student',
                label: {
                  sv: 'Jag är eleven och har fyllt 18 år',
                  en: 'I am the student and I am 18 or older',
                },
              },
            ],
          },
          {
            id: 'ks-student-name',
            key: 'studentName',
            type: 'text',
            label: { sv: 'Elevens för- och efternamn', en: 'The student’s first name and surname' },
            required: true,
            maxLength: 100,
            summary: true,
          },
          {
            id: 'ks-student-pnr',
            key: 'studentPnr',
            type: 'personnummer',
            label: { sv: 'Elevens personnummer', en: 'The student’s personal identity number' },
            hint: { sv: '12 siffror: ÅÅÅÅMMDD-NNNN', en: '12 digits: YYYYMMDD-NNNN' },
            required: true,
            allowSamordningsnummer: true,
          },
          {
            id: 'ks-school',
            key: 'school',
            type: 'select',
            label: { sv: 'Vilken skola går eleven på?', en: 'Which school does the student attend?' },
            hint: {
              sv: 'Vi visar de kurser som finns på elevens skola.',
              en: 'We show the courses held at the student’s school.',
            },
            required: true,
            summary: true,
            options: [
              ...SCHOOLS.map(schoolOption),
              {
                value: 'otherSchool',
                label: { sv: 'En annan skola', en: 'Another school' },
                hint: {
                  sv: 'Till exempel en fristående skola, gymnasiet eller en skola i en annan kommun.',
                  en: 'For example an independent school, upper secondary school or a school in another municipality.',
                },
              },
            ],
          },
          {
            id: 'ks-grade',
            key: 'grade',
            type: 'select',
            label: { sv: 'Vilken årskurs går eleven i?', en: 'Which year is the student in?' },
            required: true,
            options: [
              ...GRADE_OPTIONS,
              { value: 'upperSecondary', label: { sv: 'Gymnasiet', en: 'Upper secondary school' } },
              { value: 'notInSchool', label: { sv: 'Går inte i skolan', en: 'Not in school' } },
            ],
          },
        ],
      },
      {
        id: 'kurs',
        title: { sv: 'Kurs', en: 'Course' },
        description: {
          sv: 'På några skolor har Kulturskolan kurser på skoltid. Alla elever kan också söka kurser efter skoltid i Kulturhuset, Storgatan 10.',
          en: 'At some schools the culture school holds courses during school hours. All students can also apply for courses after school at Kulturhuset, Storgatan 10.',
        },
        questions: [
          ...SCHOOLS.map(schoolCourseQuestion),
          {
            id: 'ks-central-course',
            key: 'centralCourse',
            type: 'select',
            label: {
              sv: 'Vilken kurs efter skoltid vill eleven gå?',
              en: 'Which after-school course does the student want to take?',
            },
            required: true,
            visibleWhen: {
              or: [
                answerIs('school', 'otherSchool'),
                ...SCHOOLS.map((s) => answerIs(courseKey(s.value), AFTER_SCHOOL.value)),
              ],
            },
            options: [
              { value: 'instrument', label: { sv: 'Instrument', en: 'Instrument' } },
              { value: 'singing', label: { sv: 'Sång', en: 'Singing' } },
              { value: 'dance', label: { sv: 'Dans', en: 'Dance' } },
              { value: 'theatre', label: { sv: 'Teater', en: 'Theatre' } },
              { value: 'art', label: { sv: 'Bild och form', en: 'Art and design' } },
              { value: 'film', label: { sv: 'Film och animation', en: 'Film and animation' } },
            ],
          },
          {
            id: 'ks-instrument',
            key: 'instrument',
            type: 'select',
            label: {
              sv: 'Vilket instrument vill eleven spela?',
              en: 'Which instrument does the student want to play?',
            },
            required: true,
            visibleWhen: {
              or: [answerIs('centralCourse', 'instrument'), answerIs(courseKey('centralskolan'), 'band')],
            },
            options: [
              { value: 'piano', label: { sv: 'Piano', en: 'Piano' } },
              { value: 'guitar', label: { sv: 'Gitarr', en: 'Guitar' } },
              { value: 'electricBass', label: { sv: 'Elbas', en: 'Bass guitar' } },
              { value: 'drums', label: { sv: 'Trummor', en: 'Drums' } },
              { value: 'violin', label: { sv: 'Fiol', en: 'Violin' } },
              { value: 'cello', label: { sv: 'Cello', en: 'Cello' } },
              { value: 'flute', label: { sv: 'Tvärflöjt', en: 'Flute' } },
              { value: 'clarinet', label: { sv: 'Klarinett', en: 'Clarinet' } },
              { value: 'saxophone', label: { sv: 'Saxofon', en: 'Saxophone' } },
              { value: 'trumpet', label: { sv: 'Trumpet', en: 'Trumpet' } },
            ],
          },
          {
            id: 'ks-level',
            key: 'level',
            type: 'radio',
            label: {
              sv: 'Hur länge har eleven spelat eller sjungit?',
              en: 'How long has the student been playing or singing?',
            },
            required: true,
            visibleWhen: { or: [answered('instrument'), answerIs('centralCourse', 'singing')] },
            options: [
              { value: 'beginner', label: { sv: 'Eleven är nybörjare', en: 'The student is a beginner' } },
              { value: 'upToThreeYears', label: { sv: '1–3 år', en: '1–3 years' } },
              { value: 'moreThanThreeYears', label: { sv: 'Mer än 3 år', en: 'More than 3 years' } },
            ],
          },
          {
            id: 'ks-days',
            key: 'preferredDays',
            type: 'checkbox',
            label: {
              sv: 'Vilka dagar kan eleven komma efter skoltid?',
              en: 'Which days can the student come after school?',
            },
            hint: {
              sv: 'Välj alla som passar. Vi försöker ta hänsyn till önskemålen men kan inte lova en viss dag.',
              en: 'Select all that suit you. We try to take your wishes into account but cannot promise a particular day.',
            },
            required: true,
            visibleWhen: answered('centralCourse'),
            options: [
              { value: 'monday', label: { sv: 'Måndag', en: 'Monday' } },
              { value: 'tuesday', label: { sv: 'Tisdag', en: 'Tuesday' } },
              { value: 'wednesday', label: { sv: 'Onsdag', en: 'Wednesday' } },
              { value: 'thursday', label: { sv: 'Torsdag', en: 'Thursday' } },
              { value: 'friday', label: { sv: 'Fredag', en: 'Friday' } },
              {
                value: 'anyDay',
                exclusive: true,
                label: { sv: 'Alla dagar passar', en: 'Any day suits us' },
              },
            ],
          },
          {
            id: 'ks-other',
            key: 'otherInfo',
            type: 'textarea',
            label: {
              sv: 'Finns det något vi behöver veta för att eleven ska trivas på kursen?',
              en: 'Is there anything we need to know for the student to enjoy the course?',
            },
            hint: {
              sv: 'Till exempel om eleven behöver anpassningar eller vill gå i samma grupp som ett syskon.',
              en: 'For example if the student needs adjustments or wants to be in the same group as a brother or sister.',
            },
            required: false,
            maxLength: 1000,
          },
        ],
      },
      {
        id: 'kontakt',
        title: { sv: 'Kontaktuppgifter', en: 'Contact details' },
        questions: [
          {
            id: 'ks-contact',
            key: 'contact',
            type: 'contact',
            label: { sv: 'Dina kontaktuppgifter', en: 'Your contact details' },
            hint: {
              sv: 'Fakturan för terminsavgiften skickas till den här adressen.',
              en: 'The invoice for the term fee is sent to this address.',
            },
            required: true,
            prefill: true,
            fields: { name: 'required', email: 'required', phone: 'required', address: 'required' },
          },
          {
            id: 'ks-photo',
            key: 'photoPermission',
            type: 'yesno',
            label: {
              sv: 'Får vi fotografera eller filma eleven på konserter och föreställningar och visa bilderna på kommunens webbplats?',
              en: 'May we photograph or film the student at concerts and performances and show the pictures on the municipality’s website?',
            },
            hint: { sv: 'Du kan ändra dig när som helst.', en: 'You can change your mind at any time.' },
            required: true,
          },
          {
            id: 'ks-fee',
            key: 'acceptsTerms',
            type: 'consent',
            label: {
              sv: 'Jag har läst reglerna om avgift och uppsägning och godkänner dem',
              en: 'I have read the rules on fees and cancellation and accept them',
            },
            help: {
              sv: 'Kurser efter skoltid kostar 650 kr per termin. Syskon får halva avgiften från den andra kursen. Kurser på skoltid är avgiftsfria. Vill eleven sluta säger du upp platsen på Mina sidor senast 14 dagar innan terminen börjar, annars betalar du hela terminsavgiften.',
              en: 'After-school courses cost SEK 650 per term. Brothers and sisters pay half the fee from the second course. Courses during school hours are free. If the student wants to stop, cancel the place on My pages at least 14 days before the term starts; otherwise you pay the full term fee.',
            },
            required: true,
          },
        ],
      },
    ],
  },
};

/**
 * Who gets a new application, by the student's school: Erik teaches at
 * Björkskolan and Centralskolan and takes theirs himself; the Kulturskolan
 * group shares the other schools'. An application from another school is left
 * unassigned for whoever takes it.
 */
export function kulturskolanAssignmentRules(to: { erik: string; kulturskolanGroup: string }): object[] {
  return [
    { when: answerIn('school', ['bjorkskolan', 'centralskolan']), userId: to.erik },
    {
      when: answerIn('school', ['vastraSkolan', 'angsskolan', 'lovasensSkola']),
      groupId: to.kulturskolanGroup,
    },
  ];
}
