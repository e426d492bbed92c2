import { defineMessages } from '../define-messages.ts';

/** The e-service start page's list of the languages it is offered in (issue 7, item 4). Residents: sv, en, ar. */
export const eServiceLanguageMessages = defineMessages(
  {
    'eserviceLang.heading': 'Språk',
    'eserviceLang.lead': 'E-tjänsten finns på de här språken:',
    'eserviceLang.current': '(valt)',
  },
  {
    'eserviceLang.heading': 'Languages',
    'eserviceLang.lead': 'The e-service is available in these languages:',
    'eserviceLang.current': '(chosen)',
  },
  {
    'eserviceLang.heading': 'اللغات',
    'eserviceLang.lead': 'الخدمة الإلكترونية متاحة بهذه اللغات:',
    'eserviceLang.current': '(المختارة)',
  },
);
