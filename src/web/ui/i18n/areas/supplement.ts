import { defineMessages } from '../define-messages.ts';

/** The applicant supplements a case (komplettering): change the answers and send them in again. */
export const supplementMessages = defineMessages(
  {
    'supplement.start': 'Komplettera ansökan',
    'supplement.startHint':
      'Du kan ändra dina svar och lägga till bilagor. Ärendet ändras först när du skickar in kompletteringen.',
    'supplement.check.title': 'Komplettera din ansökan',
    'supplement.check.lead':
      'Här är dina svar som de ser ut i ärendet. Ändra det som behöver kompletteras och skicka sedan in ansökan igen.',
    'supplement.check.declarationTitle': 'Skicka in kompletteringen',
    'supplement.check.declaration':
      'Dina nya svar ersätter de tidigare och handläggaren får se ärendet igen. När du skickar in intygar du att uppgifterna är riktiga.',
    'supplement.check.submit': 'Skicka in kompletteringen',
    'supplement.check.incomplete':
      'Kompletteringen är inte klar. Rätta det som står nedan innan du skickar in.',
    'supplement.cancelTitle': 'Vill du inte ändra något?',
    'supplement.cancel': 'Avbryt kompletteringen',
    'supplement.notEditable.title': 'Ärendet kan inte kompletteras nu',
    'supplement.notEditable.body':
      'Handläggaren har ändrat ärendets status, så det går inte längre att komplettera ansökan. Ingenting har ändrats i ärendet. Skicka ett meddelande till handläggaren om du har frågor.',
    'supplement.answersChanged.title': 'Svaren i ärendet har ändrats',
    'supplement.answersChanged.body':
      'Handläggaren har ändrat svaren i ansökan medan du kompletterade, så ingenting har skickats in. Börja om från svaren som de ser ut nu.',
    'supplement.restart': 'Börja om från de nya svaren',
    'supplement.backToCase': 'Tillbaka till ärendet',
    'supplement.sent.title': 'Din komplettering är skickad',
    'supplement.sent.body':
      'Dina nya svar finns nu i ärendet och handläggaren får se det igen. Du får besked på samma sätt som tidigare.',
    'supplement.sent.pdf': 'Ladda ner ansökan med dina nya svar som PDF',
  },
  {
    'supplement.start': 'Supplement your application',
    'supplement.startHint':
      'You can change your answers and add attachments. The case changes only when you send in the supplement.',
    'supplement.check.title': 'Supplement your application',
    'supplement.check.lead':
      'These are your answers as they are in the case. Change what needs supplementing, then send the application in again.',
    'supplement.check.declarationTitle': 'Send in the supplement',
    'supplement.check.declaration':
      'Your new answers replace the earlier ones and the case officer will look at the case again. By sending, you confirm that the information is correct.',
    'supplement.check.submit': 'Send in the supplement',
    'supplement.check.incomplete':
      'The supplement is not complete. Correct what is listed below before you send it in.',
    'supplement.cancelTitle': 'Nothing to change?',
    'supplement.cancel': 'Cancel the supplement',
    'supplement.notEditable.title': 'The case cannot be supplemented now',
    'supplement.notEditable.body':
      'The case officer has changed the status of the case, so the application can no longer be supplemented. Nothing in the case has changed. Send the case officer a message if you have questions.',
    'supplement.answersChanged.title': 'The answers in the case have changed',
    'supplement.answersChanged.body':
      'The case officer changed the answers in the application while you were supplementing it, so nothing was sent. Start again from the answers as they are now.',
    'supplement.restart': 'Start again from the new answers',
    'supplement.backToCase': 'Back to the case',
    'supplement.sent.title': 'Your supplement has been sent',
    'supplement.sent.body':
      'Your new answers are now in the case and the case officer will look at it again. You will hear back the same way as before.',
    'supplement.sent.pdf': 'Download the application with your new answers as a PDF',
  },
  {
    'supplement.start': 'استكمال الطلب',
    'supplement.startHint': 'يمكنك تغيير إجاباتك وإضافة مرفقات. لا تتغير القضية إلا عندما ترسل الاستكمال.',
    'supplement.check.title': 'استكمال طلبك',
    'supplement.check.lead': 'هذه إجاباتك كما هي في القضية. غيّر ما يحتاج إلى استكمال ثم أرسل الطلب مرة أخرى.',
    'supplement.check.declarationTitle': 'إرسال الاستكمال',
    'supplement.check.declaration':
      'تحل إجاباتك الجديدة محل الإجابات السابقة وسيطّلع الموظف المسؤول على القضية مرة أخرى. بالإرسال تؤكد أن المعلومات صحيحة.',
    'supplement.check.submit': 'إرسال الاستكمال',
    'supplement.check.incomplete': 'الاستكمال غير مكتمل. صحّح ما هو مذكور أدناه قبل الإرسال.',
    'supplement.cancelTitle': 'لا تريد تغيير شيء؟',
    'supplement.cancel': 'إلغاء الاستكمال',
    'supplement.notEditable.title': 'لا يمكن استكمال القضية الآن',
    'supplement.notEditable.body':
      'غيّر الموظف المسؤول حالة القضية، لذا لم يعد بالإمكان استكمال الطلب. لم يتغير شيء في القضية. أرسل رسالة إلى الموظف المسؤول إذا كانت لديك أسئلة.',
    'supplement.answersChanged.title': 'تغيّرت الإجابات في القضية',
    'supplement.answersChanged.body':
      'غيّر الموظف المسؤول الإجابات في الطلب أثناء استكمالك له، لذا لم يُرسل شيء. ابدأ من جديد من الإجابات كما هي الآن.',
    'supplement.restart': 'البدء من جديد من الإجابات الجديدة',
    'supplement.backToCase': 'العودة إلى القضية',
    'supplement.sent.title': 'تم إرسال استكمالك',
    'supplement.sent.body':
      'أصبحت إجاباتك الجديدة في القضية وسيطّلع عليها الموظف المسؤول مرة أخرى. ستتلقى الرد بالطريقة نفسها كما في السابق.',
    'supplement.sent.pdf': 'نزّل الطلب بإجاباتك الجديدة بصيغة PDF',
  },
);
