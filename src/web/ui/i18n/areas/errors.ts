import { defineMessages } from '../define-messages.ts';

/** Error pages and the error summary, shown to everyone. */
export const errorMessages = defineMessages(
  {
    'errors.summaryTitle': 'Det finns ett problem',
    'errors.pageTitlePrefix': 'Fel: ',
    'errors.notFound.title': 'Sidan finns inte',
    'errors.notFound.body':
      'Kontrollera att adressen är rätt. Om du klistrade in den, kontrollera att du fick med hela adressen.',
    'errors.forbidden.title': 'Du har inte behörighet till sidan',
    'errors.forbidden.body': 'Du kan behöva logga in med ett annat konto.',
    'errors.staffSession.title': 'Du är inloggad som handläggare',
    'errors.staffSession.body':
      'Logga ut om du vill ansöka som invånare. Vill du prova en e-tjänst utan att skapa ett ärende, välj Prova i e-tjänstebyggaren.',
    'errors.csrf.title': 'Formuläret kunde inte skickas',
    'errors.csrf.body':
      'Sidan var för gammal eller skickades från fel ställe. Gå tillbaka, ladda om sidan och försök igen. Det du skrev har inte sparats.',
    'errors.rateLimited.title': 'För många försök',
    'errors.rateLimited.body': 'Vänta en stund innan du försöker igen.',
    'errors.server.title': 'Något gick fel hos oss',
    'errors.server.body': 'Försök igen om en stund. Om felet kvarstår, kontakta kommunen.',
    'errors.badRequest.title': 'Begäran kunde inte behandlas',
    'errors.badRequest.body': 'Uppgifterna som skickades var felaktiga. Gå tillbaka och försök igen.',
    'errors.tooLarge.title': 'Filen är för stor',
    'errors.tooLarge.body':
      'Det du skickade var större än vad som är tillåtet. Gå tillbaka och välj en mindre fil.',
    'errors.goHome': 'Gå till startsidan',
    'errors.reference': 'Referens: {id}',
  },
  {
    'errors.summaryTitle': 'There is a problem',
    'errors.pageTitlePrefix': 'Error: ',
    'errors.notFound.title': 'Page not found',
    'errors.notFound.body':
      'If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.',
    'errors.forbidden.title': 'You do not have access to this page',
    'errors.forbidden.body': 'You may need to log in with a different account.',
    'errors.staffSession.title': 'You are logged in as staff',
    'errors.staffSession.body':
      'Log out to apply as a resident. To try an e-service without making a case, choose Try in the e-service builder.',
    'errors.csrf.title': 'The form could not be sent',
    'errors.csrf.body':
      'The page was too old or was sent from the wrong place. Go back, reload the page and try again. What you entered has not been saved.',
    'errors.rateLimited.title': 'Too many attempts',
    'errors.rateLimited.body': 'Wait a while before you try again.',
    'errors.server.title': 'Sorry, something went wrong on our side',
    'errors.server.body': 'Try again later. If the problem continues, contact the municipality.',
    'errors.badRequest.title': 'The request could not be processed',
    'errors.badRequest.body': 'The information sent was not valid. Go back and try again.',
    'errors.tooLarge.title': 'The file is too large',
    'errors.tooLarge.body': 'What you sent was larger than allowed. Go back and choose a smaller file.',
    'errors.goHome': 'Go to the home page',
    'errors.reference': 'Reference: {id}',
  },
  {
    'errors.summaryTitle': 'توجد مشكلة',
    'errors.pageTitlePrefix': 'خطأ: ',
    'errors.notFound.title': 'الصفحة غير موجودة',
    'errors.notFound.body':
      'إذا كتبت عنوان الصفحة، فتأكد من صحته. إذا قمت بلصقه، فتأكد من نسخ العنوان كاملاً.',
    'errors.forbidden.title': 'ليس لديك صلاحية للوصول إلى هذه الصفحة',
    'errors.forbidden.body': 'قد تحتاج إلى تسجيل الدخول بحساب آخر.',
    'errors.staffSession.title': 'أنت مسجل الدخول كموظف',
    'errors.staffSession.body':
      'سجّل الخروج إذا أردت التقديم كمقيم. لتجربة خدمة إلكترونية دون إنشاء قضية، اختر التجربة في منشئ الخدمات الإلكترونية.',
    'errors.csrf.title': 'تعذّر إرسال النموذج',
    'errors.csrf.body':
      'كانت الصفحة قديمة جداً أو أُرسلت من مكان خاطئ. عد إلى الخلف وأعد تحميل الصفحة وحاول مرة أخرى. لم يتم حفظ ما أدخلته.',
    'errors.rateLimited.title': 'محاولات كثيرة جداً',
    'errors.rateLimited.body': 'انتظر قليلاً قبل المحاولة مرة أخرى.',
    'errors.server.title': 'عذراً، حدث خطأ من جانبنا',
    'errors.server.body': 'حاول مرة أخرى لاحقاً. إذا استمرت المشكلة، اتصل بالبلدية.',
    'errors.badRequest.title': 'تعذّرت معالجة الطلب',
    'errors.badRequest.body': 'المعلومات المرسلة غير صالحة. عد إلى الخلف وحاول مرة أخرى.',
    'errors.tooLarge.title': 'الملف كبير جداً',
    'errors.tooLarge.body': 'ما أرسلته أكبر من المسموح به. عد إلى الخلف واختر ملفاً أصغر.',
    'errors.goHome': 'الذهاب إلى الصفحة الرئيسية',
    'errors.reference': 'المرجع: {id}',
  },
);
