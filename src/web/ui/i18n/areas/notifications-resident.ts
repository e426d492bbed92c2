import { defineMessages } from '../define-messages.ts';

/** The applicant's side of notifications: where they are told about a case. Resident pages: Swedish, English and Arabic. */
export const notificationResidentMessages = defineMessages(
  {
    'notifyContact.title': 'Aviseringar för ärende {number}',
    'notifyContact.lead':
      'Vi skickar ett kort meddelande när något händer i ärendet, till exempel när det får ny status eller när du får ett meddelande. Själva innehållet läser du här på Mina sidor.',
    'notifyContact.current': 'Så här får du aviseringar nu',
    'notifyContact.email': 'E-postadress',
    'notifyContact.phone': 'Mobilnummer',
    'notifyContact.none': 'Inga',
    'notifyContact.emailHint': 'Lämna tomt om du inte vill få e-post om ärendet.',
    'notifyContact.phoneHint':
      'Ett svenskt mobilnummer, till exempel 070-123 45 67. Lämna tomt om du inte vill få sms. Det är e-tjänsten som bestämmer om sms skickas.',
    'notifyContact.invalidEmail': 'Skriv en e-postadress i rätt format, till exempel namn@exempel.se',
    'notifyContact.invalidPhone': 'Skriv ett mobilnummer som kan ta emot sms, till exempel 070-123 45 67',
    'notifyContact.save': 'Spara',
    'notifyContact.saved': 'Ändringen är sparad.',
    'notifyContact.back': 'Tillbaka till ärendet',
    'notifyContact.link': 'Ändra var du får aviseringar',
    'notifyContact.row': 'Aviseringar',
  },
  {
    'notifyContact.title': 'Notifications for case {number}',
    'notifyContact.lead':
      'We send a short message when something happens in the case, for example when it gets a new status or when you get a message. You read the content itself here on My pages.',
    'notifyContact.current': 'How you get notifications now',
    'notifyContact.email': 'E-mail address',
    'notifyContact.phone': 'Mobile number',
    'notifyContact.none': 'None',
    'notifyContact.emailHint': 'Leave empty if you do not want e-mails about the case.',
    'notifyContact.phoneHint':
      'A Swedish mobile number, for example 070-123 45 67. Leave empty if you do not want text messages. The e-service decides whether text messages are sent.',
    'notifyContact.invalidEmail': 'Enter an e-mail address in the correct format, like name@example.com',
    'notifyContact.invalidPhone': 'Enter a mobile number that can receive text messages, like 070-123 45 67',
    'notifyContact.save': 'Save',
    'notifyContact.saved': 'The change is saved.',
    'notifyContact.back': 'Back to the case',
    'notifyContact.link': 'Change where you get notifications',
    'notifyContact.row': 'Notifications',
  },
  {
    'notifyContact.title': 'الإشعارات الخاصة بالطلب {number}',
    'notifyContact.lead':
      'نرسل رسالة قصيرة عندما يحدث شيء في الطلب، مثلًا عندما تتغيّر حالته أو عندما تصلك رسالة. أما المحتوى نفسه فتقرؤه هنا في صفحاتي.',
    'notifyContact.current': 'كيف تصلك الإشعارات الآن',
    'notifyContact.email': 'عنوان البريد الإلكتروني',
    'notifyContact.phone': 'رقم الهاتف المحمول',
    'notifyContact.none': 'لا شيء',
    'notifyContact.emailHint': 'اترك الحقل فارغًا إذا كنت لا تريد رسائل بريد إلكتروني بخصوص الطلب.',
    'notifyContact.phoneHint':
      'رقم هاتف محمول سويدي، مثلًا 070-123 45 67. اترك الحقل فارغًا إذا كنت لا تريد رسائل نصية. الخدمة الإلكترونية هي التي تقرر إرسال الرسائل النصية.',
    'notifyContact.invalidEmail': 'اكتب عنوان بريد إلكتروني بالصيغة الصحيحة، مثل name@example.com',
    'notifyContact.invalidPhone': 'اكتب رقم هاتف محمول يستقبل الرسائل النصية، مثل 070-123 45 67',
    'notifyContact.save': 'حفظ',
    'notifyContact.saved': 'تم حفظ التغيير.',
    'notifyContact.back': 'العودة إلى الطلب',
    'notifyContact.link': 'غيّر مكان استلام الإشعارات',
    'notifyContact.row': 'الإشعارات',
  },
);
