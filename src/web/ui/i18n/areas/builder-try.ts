import { defineMessages } from '../define-messages.ts';

/**
 * "Prova e-tjänsten" (the builder's test mode). The banner and the test
 * receipt are shown on the resident pages, in the language being tried, so
 * they are in Arabic too; the start page is a staff page.
 */
export const builderTryMessages = defineMessages(
  {
    'builderTry.start.title': 'Prova e-tjänsten',
    'builderTry.start.caption': 'Version {number}',
    'builderTry.start.lead':
      'Du fyller i e-tjänsten som en invånare gör: samma steg, villkor, kontroller och filuppladdningar, och till sist sidan där svaren kontrolleras. Ingenting skickas och inget ärende skapas.',
    'builderTry.start.draftNote':
      'Du provar utkastet som det är sparat nu. Ändrar du det i byggaren under tiden syns ändringen när du öppnar steget igen.',
    'builderTry.start.publishedNote': 'Du provar den publicerade versionen, som invånarna använder.',
    'builderTry.start.loginNote':
      'I testläge krävs ingen inloggning och inga uppgifter hämtas från e-legitimation. Provet raderas när du skickar eller avslutar, och annars efter ett dygn.',
    'builderTry.start.lang': 'Språk',
    'builderTry.start.langHint': 'Du kan byta språk på varje sida under provet.',
    'builderTry.start.submit': 'Starta provet',
    'builderTry.start.back': 'Tillbaka till e-tjänsten',
    'builderTry.banner.tag': 'Testläge',
    'builderTry.banner.text':
      'Testläge — inget ärende skapas. Du provar e-tjänsten och ingenting du fyller i skickas.',
    'builderTry.end.title': 'Vill du sluta prova?',
    'builderTry.end.submit': 'Avsluta provet',
    'builderTry.receipt.title': 'Provet är klart',
    'builderTry.receipt.body':
      'Svaren gick igenom samma kontroller som när en invånare skickar in. Inget ärende skapades och inget meddelande skickades. Provet och filerna du laddade upp är raderade.',
    'builderTry.receipt.summary': 'Det här hade skickats in',
    'builderTry.receipt.again': 'Prova igen',
    'builderTry.receipt.back': 'Tillbaka till e-tjänsten i byggaren',
  },
  {
    'builderTry.start.title': 'Try the e-service',
    'builderTry.start.caption': 'Version {number}',
    'builderTry.start.lead':
      'You fill in the e-service as a resident would: the same steps, conditions, checks and file uploads, and finally the page where the answers are checked. Nothing is sent and no case is made.',
    'builderTry.start.draftNote':
      'You try the draft as it is saved now. If you change it in the builder meanwhile, the change shows when you open the step again.',
    'builderTry.start.publishedNote': 'You try the published version, the one residents use.',
    'builderTry.start.loginNote':
      'In test mode no login is needed and nothing is filled in from an e-ID. The try is deleted when you send or end it, and otherwise after a day.',
    'builderTry.start.lang': 'Language',
    'builderTry.start.langHint': 'You can change the language on every page while trying.',
    'builderTry.start.submit': 'Start trying',
    'builderTry.start.back': 'Back to the e-service',
    'builderTry.banner.tag': 'Test mode',
    'builderTry.banner.text':
      'Test mode — no case is made. You are trying the e-service and nothing you fill in is sent.',
    'builderTry.end.title': 'Want to stop trying?',
    'builderTry.end.submit': 'End the try',
    'builderTry.receipt.title': 'The try is done',
    'builderTry.receipt.body':
      'The answers went through the same checks as when a resident sends them. No case was made and no message was sent. The try and the files you uploaded have been deleted.',
    'builderTry.receipt.summary': 'This is what would have been sent',
    'builderTry.receipt.again': 'Try again',
    'builderTry.receipt.back': 'Back to the e-service in the builder',
  },
  {
    'builderTry.start.title': 'جرّب الخدمة الإلكترونية',
    'builderTry.start.caption': 'الإصدار {number}',
    'builderTry.start.lead':
      'تملأ الخدمة الإلكترونية كما يفعل المقيم: نفس الخطوات والشروط والتحققات ورفع الملفات، وأخيرًا صفحة مراجعة الإجابات. لا يُرسل أي شيء ولا تُنشأ أي قضية.',
    'builderTry.start.draftNote':
      'تجرّب المسودة كما هي محفوظة الآن. إذا غيّرتها في المنشئ أثناء ذلك، يظهر التغيير عند فتح الخطوة مرة أخرى.',
    'builderTry.start.publishedNote': 'تجرّب الإصدار المنشور الذي يستخدمه المقيمون.',
    'builderTry.start.loginNote':
      'في وضع الاختبار لا يلزم تسجيل الدخول ولا تُجلب أي بيانات من الهوية الإلكترونية. تُحذف التجربة عند الإرسال أو الإنهاء، وإلا بعد يوم.',
    'builderTry.start.lang': 'اللغة',
    'builderTry.start.langHint': 'يمكنك تغيير اللغة في كل صفحة أثناء التجربة.',
    'builderTry.start.submit': 'ابدأ التجربة',
    'builderTry.start.back': 'العودة إلى الخدمة الإلكترونية',
    'builderTry.banner.tag': 'وضع الاختبار',
    'builderTry.banner.text':
      'وضع الاختبار — لن تُنشأ أي قضية. أنت تجرّب الخدمة الإلكترونية ولن يُرسل شيء مما تملؤه.',
    'builderTry.end.title': 'هل تريد التوقف عن التجربة؟',
    'builderTry.end.submit': 'إنهاء التجربة',
    'builderTry.receipt.title': 'انتهت التجربة',
    'builderTry.receipt.body':
      'مرّت الإجابات بنفس التحققات كما عند إرسال المقيم لها. لم تُنشأ أي قضية ولم تُرسل أي رسالة. حُذفت التجربة والملفات التي رفعتها.',
    'builderTry.receipt.summary': 'هذا ما كان سيُرسل',
    'builderTry.receipt.again': 'جرّب مرة أخرى',
    'builderTry.receipt.back': 'العودة إلى الخدمة الإلكترونية في المنشئ',
  },
);

/** Copying an e-service, and the builder list's categories (staff pages: Swedish and English). */
export const builderCopyMessages = defineMessages(
  {
    'builderCopy.title': 'Kopiera e-tjänsten',
    'builderCopy.lead':
      'Kopian får e-tjänstens beskrivningar och inställningar och den aktuella versionens frågor som ett utkast, version 1. Ärenden, utkast och historik följer inte med.',
    'builderCopy.slug': 'Ny adress',
    'builderCopy.slugHint': 'Små bokstäver a–z, siffror och bindestreck, till exempel ansokan-om-parkering.',
    'builderCopy.nameSv': 'Nytt namn på svenska',
    'builderCopy.nameEn': 'Nytt namn på engelska (valfritt)',
    'builderCopy.nameHint': 'Namn på andra språk följer med från originalet; ändra dem under Översättningar.',
    'builderCopy.submit': 'Kopiera',
    'builderCopy.copyOf': 'Kopia av {name}',
    'builderCopy.done': 'E-tjänsten är kopierad. Kopian är ett utkast som inte är publicerat.',
    'builderCopy.error.slugRequired': 'Ange en ny adress',
    'builderCopy.error.slug':
      'Adressen får bara innehålla små bokstäver a–z, siffror och bindestreck och vara 2–81 tecken',
    'builderCopy.error.slugTaken': 'Adressen används redan av en annan e-tjänst. Välj en annan adress',
    'builderCopy.error.nameRequired': 'Ange ett namn på svenska',
    'builderCopy.error.tooLong': 'Namnet får vara högst 200 tecken',
    'builderCopy.error.noVersion': 'E-tjänsten har ingen version att kopiera',
    'builder.change.copiedFrom': 'Kopierad från {name} ({slug})',
    'builder.change.copiedTo': 'Kopierad till {name} ({slug})',
    'builderCopy.list.category': 'Kategori',
    'builderCopy.list.allCategories': 'Alla kategorier',
    'builderCopy.list.filter': 'Visa',
    'builderCopy.list.noCategory': 'Utan kategori',
    'builderCopy.list.state': 'Läge',
    'builderCopy.list.published': 'Publicerad',
    'builderCopy.list.hasDraft': 'Utkast',
    'builderCopy.list.notPublished': 'Inte publicerad',
    'builderCopy.list.shown': 'Visar {count} av {total} e-tjänster',
  },
  {
    'builderCopy.title': 'Copy the e-service',
    'builderCopy.lead':
      "The copy gets the e-service's descriptions and settings and the current version's questions as a draft, version 1. Cases, drafts and history are not copied.",
    'builderCopy.slug': 'New address',
    'builderCopy.slugHint': 'Lower-case letters a–z, digits and hyphens, for example apply-for-parking.',
    'builderCopy.nameSv': 'New name in Swedish',
    'builderCopy.nameEn': 'New name in English (optional)',
    'builderCopy.nameHint':
      'Names in other languages come from the original; change them under Translations.',
    'builderCopy.submit': 'Copy',
    'builderCopy.copyOf': 'Copy of {name}',
    'builderCopy.done': 'The e-service has been copied. The copy is a draft and not published.',
    'builderCopy.error.slugRequired': 'Enter a new address',
    'builderCopy.error.slug':
      'The address may only contain lower-case letters a–z, digits and hyphens and be 2–81 characters',
    'builderCopy.error.slugTaken': 'The address is already used by another e-service. Choose another address',
    'builderCopy.error.nameRequired': 'Enter a name in Swedish',
    'builderCopy.error.tooLong': 'The name may be at most 200 characters',
    'builderCopy.error.noVersion': 'The e-service has no version to copy',
    'builder.change.copiedFrom': 'Copied from {name} ({slug})',
    'builder.change.copiedTo': 'Copied to {name} ({slug})',
    'builderCopy.list.category': 'Category',
    'builderCopy.list.allCategories': 'All categories',
    'builderCopy.list.filter': 'Show',
    'builderCopy.list.noCategory': 'No category',
    'builderCopy.list.state': 'State',
    'builderCopy.list.published': 'Published',
    'builderCopy.list.hasDraft': 'Draft',
    'builderCopy.list.notPublished': 'Not published',
    'builderCopy.list.shown': 'Showing {count} of {total} e-services',
  },
  null,
);
