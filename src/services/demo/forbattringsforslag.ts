/**
 * Förbättringsförslag – befintlig e-service, after the e-service the TEO
 * project built for suggestions about the municipality's e-services (final
 * report, activity 4.3): what the suggestion concerns, which e-service, and a
 * free text of at most 1 500 characters. Anonymous: contact details are left
 * only by someone who wants an answer.
 */
import { answerIs, CATEGORIES, type DemoEService } from './demo-eservice.ts';

export const forbattringsforslag: DemoEService = {
  info: {
    slug: 'forbattringsforslag-befintlig-e-service',
    category: CATEGORIES.municipality,
    name: {
      sv: 'Förbättringsförslag – befintlig e-service',
      en: 'Suggest an improvement – existing e-service',
    },
    description: {
      sv: 'Har du ett förslag på hur en av kommunens e-tjänster kan bli enklare eller bättre? Både invånare och medarbetare kan lämna förslag. Du behöver inte logga in och du är anonym om du inte själv lämnar kontaktuppgifter.',
      en: 'Do you have a suggestion for how one of the municipality’s e-services could be simpler or better? Both residents and staff can make suggestions. You do not need to log in, and you stay anonymous unless you leave your contact details.',
    },
    whatYouNeed: {
      sv: 'Ditt förslag, gärna med ett exempel på vad som var krångligt.\nDet tar ungefär 5 minuter.',
      en: 'Your suggestion, preferably with an example of what was difficult.\nIt takes about 5 minutes.',
    },
    contact: {
      unit: { sv: 'E-förvaltningsrådet', en: 'The e-government council' },
      email: 'e-tjanster@demo.kommun.example',
    },
    loginRequirement: 'anonymous',
    personalData: {
      dataProcessed: {
        sv: 'Inga uppgifter om dig, om du inte själv väljer att lämna namn, e-postadress eller telefonnummer. Skriv inte personuppgifter om dig själv eller andra i förslaget.',
        en: 'No data about you, unless you choose to leave your name, email address or phone number. Do not write personal data about yourself or others in the suggestion.',
      },
      purpose: {
        sv: 'Vi använder förslagen för att förbättra kommunens e-tjänster. Kontaktuppgifterna använder vi bara för att svara dig eller ställa frågor om förslaget.',
        en: 'We use the suggestions to improve the municipality’s e-services. We use contact details only to answer you or ask questions about the suggestion.',
      },
      legalBasis: {
        sv: 'Samtycke: du väljer själv om du vill lämna kontaktuppgifter. Du kan ta tillbaka samtycket genom att mejla e-tjanster@demo.kommun.example, så raderar vi uppgifterna.',
        en: 'Consent: you choose whether to leave contact details. You can withdraw your consent by emailing e-tjanster@demo.kommun.example, and we will delete the details.',
      },
      retention: {
        sv: 'Förslaget sparas i två år. Kontaktuppgifterna raderas när vi har svarat dig, senast efter ett år.',
        en: 'The suggestion is kept for two years. Contact details are deleted when we have answered you, at the latest after one year.',
      },
      controller: {
        sv: 'Kommunstyrelsen i Demo kommun, kommunstyrelsen@demo.kommun.example, 0123-456 00',
        en: 'The Municipal Executive Board of Demo kommun, kommunstyrelsen@demo.kommun.example, 0123-456 00',
      },
      complaint: {
        sv: 'Om du tycker att vi behandlar dina personuppgifter fel kan du kontakta kommunens dataskyddsombud, dataskyddsombud@demo.kommun.example. Du kan också lämna klagomål till Integritetsskyddsmyndigheten (IMY), www.imy.se.',
        en: 'If you think we process your personal data wrongly, you can contact the municipality’s data protection officer, dataskyddsombud@demo.kommun.example. You can also complain to the Swedish Authority for Privacy Protection (IMY), www.imy.se.',
      },
    },
    summaryKeys: ['concerns', 'externalEService'],
    handleWithinDays: 30,
  },

  definition: {
    schemaVersion: 1,
    steps: [
      {
        id: 'forslag',
        title: { sv: 'Förbättringsförslag', en: 'Suggestion' },
        questions: [
          {
            id: 'ff-concerns',
            key: 'concerns',
            type: 'radio',
            label: { sv: 'Vad gäller förslaget?', en: 'What is the suggestion about?' },
            required: true,
            summary: true,
            options: [
              {
                value: 'internal',
                label: { sv: 'En intern e-tjänst för medarbetare', en: 'An internal e-service for staff' },
                hint: {
                  sv: 'Till exempel ”Ny anställning” eller ”Överenskommelse om distansarbete”.',
                  en: 'For example “New employment” or “Agreement on remote work”.',
                },
              },
              {
                value: 'external',
                label: {
                  sv: 'En e-tjänst för invånare och företag',
                  en: 'An e-service for residents and businesses',
                },
                hint: {
                  sv: 'Till exempel ”Färdtjänst – ansökan” eller ”Kulturskolan – ansökan”.',
                  en: 'For example “Transport service – application” or “Culture school – application”.',
                },
              },
              {
                value: 'general',
                label: {
                  sv: 'Kommunens e-tjänster i stort',
                  en: 'The municipality’s e-services in general',
                },
                hint: {
                  sv: 'Till exempel inloggningen, Mina sidor eller hur man hittar e-tjänsterna.',
                  en: 'For example logging in, My pages or how to find the e-services.',
                },
              },
            ],
          },
          {
            id: 'ff-internal-name',
            key: 'internalEService',
            type: 'text',
            label: { sv: 'Vilken intern e-tjänst gäller det?', en: 'Which internal e-service is it about?' },
            required: true,
            maxLength: 200,
            visibleWhen: answerIs('concerns', 'internal'),
          },
          {
            id: 'ff-external',
            key: 'externalEService',
            type: 'select',
            label: { sv: 'Vilken e-tjänst gäller det?', en: 'Which e-service is it about?' },
            required: true,
            summary: true,
            visibleWhen: answerIs('concerns', 'external'),
            options: [
              {
                value: 'specialkost',
                label: { sv: 'Ansökan om specialkost', en: 'Application for a special diet' },
              },
              {
                value: 'skolskjuts',
                label: { sv: 'Skolskjuts – ansökan', en: 'School transport – application' },
              },
              {
                value: 'kulturskolan',
                label: { sv: 'Kulturskolan – ansökan', en: 'Culture school – application' },
              },
              {
                value: 'modersmal',
                label: { sv: 'Modersmålsundervisning – ansökan', en: 'Mother tongue tuition – application' },
              },
              {
                value: 'fardtjanst',
                label: { sv: 'Färdtjänst – ansökan', en: 'Transport service – application' },
              },
              { value: 'bygglov', label: { sv: 'Bygglov – ansökan', en: 'Building permit – application' } },
              {
                value: 'livsmedel',
                label: { sv: 'Registrering av livsmedelsanläggning', en: 'Registration of a food business' },
              },
              {
                value: 'funktionsstod',
                label: {
                  sv: 'Funktionsstöd – ersättning för sjuklönekostnader',
                  en: 'Disability support – compensation for sick pay costs',
                },
              },
              { value: 'eforslag', label: { sv: 'E-förslag', en: 'E-petition' } },
              { value: 'other', label: { sv: 'En annan e-tjänst', en: 'Another e-service' } },
            ],
          },
          {
            id: 'ff-external-other',
            key: 'otherEService',
            type: 'text',
            label: { sv: 'Vad heter e-tjänsten?', en: 'What is the e-service called?' },
            required: true,
            maxLength: 200,
            visibleWhen: answerIs('externalEService', 'other'),
          },
          {
            id: 'ff-suggestion',
            key: 'suggestion',
            type: 'textarea',
            label: { sv: 'Ditt förslag', en: 'Your suggestion' },
            hint: {
              sv: 'Förklara gärna med ett exempel hur e-tjänsten kan bli enklare eller bättre. Skriv inte personuppgifter.',
              en: 'If you can, explain with an example how the e-service could be simpler or better. Do not write personal data.',
            },
            required: true,
            maxLength: 1500,
          },
        ],
      },
      {
        id: 'kontakt',
        title: { sv: 'Kontaktuppgifter', en: 'Contact details' },
        questions: [
          {
            id: 'ff-anonymous-info',
            key: 'anonymousInfo',
            type: 'info',
            label: { sv: 'Du är anonym', en: 'You are anonymous' },
            text: {
              sv: 'Vi vet inte vem du är. Vill du ha svar på ditt förslag, eller kan vi få kontakta dig med frågor, lämnar du kontaktuppgifter här.',
              en: 'We do not know who you are. If you want an answer to your suggestion, or if we may contact you with questions, leave your contact details here.',
            },
          },
          {
            id: 'ff-wants-reply',
            key: 'wantsReply',
            type: 'yesno',
            label: { sv: 'Vill du att vi kontaktar dig?', en: 'Do you want us to contact you?' },
            required: true,
          },
          {
            id: 'ff-contact',
            key: 'contact',
            type: 'contact',
            label: { sv: 'Dina kontaktuppgifter', en: 'Your contact details' },
            hint: {
              sv: 'Vi behöver din e-postadress. Namn och telefonnummer kan du lämna om du vill.',
              en: 'We need your email address. You may also leave your name and phone number.',
            },
            required: true,
            visibleWhen: answerIs('wantsReply', true),
            fields: { name: 'optional', email: 'required', phone: 'optional' },
          },
        ],
      },
    ],
  },
};
