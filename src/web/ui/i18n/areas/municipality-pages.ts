import { defineMessages } from '../define-messages.ts';

/** The municipality's own pages: start page, accessibility statement, personal data. */
export const municipalityPageMessages = defineMessages(
  {
    'municipality.start.lead':
      'Här kan du ansöka, anmäla och följa dina ärenden hos {municipality} dygnet runt.',
    'municipality.start.loginLead': 'Logga in för att se dina ärenden och fortsätta med sparade utkast.',
    'municipality.start.noServices': 'Det finns inga publicerade e-tjänster ännu.',
    'municipality.fallbackNote': 'Texten finns inte på ditt språk och visas på svenska.',
    'municipality.accessibility.title': 'Tillgänglighetsredogörelse',
    'municipality.accessibility.missing':
      '{municipality} har inte publicerat någon tillgänglighetsredogörelse ännu.',
    'municipality.accessibility.platform':
      'Plattformen Ingång testas automatiskt mot WCAG 2.1 nivå AA (EN 301 549) med axe-core i en riktig webbläsare, och alla e-tjänster kan användas med enbart tangentbord.',
    'municipality.personalData.title': 'Så hanterar vi personuppgifter',
    'municipality.personalData.body':
      '{municipality} är personuppgiftsansvarig för de uppgifter du lämnar i e-tjänsterna. Varje e-tjänst beskriver vilka uppgifter som behandlas, varför, med vilket rättsligt stöd och hur länge de sparas. Du har rätt att få veta vilka uppgifter vi har om dig och att begära rättelse.',
    'municipality.personalData.contact': 'Frågor om personuppgifter: kontakta {municipality}.',
  },
  {
    'municipality.start.lead':
      'Here you can apply, report and follow your cases with {municipality}, day and night.',
    'municipality.start.loginLead': 'Log in to see your cases and continue with saved drafts.',
    'municipality.start.noServices': 'There are no published e-services yet.',
    'municipality.fallbackNote': 'This text is not available in your language and is shown in Swedish.',
    'municipality.accessibility.title': 'Accessibility statement',
    'municipality.accessibility.missing': '{municipality} has not published an accessibility statement yet.',
    'municipality.accessibility.platform':
      'The Ingång platform is tested automatically against WCAG 2.1 level AA (EN 301 549) with axe-core in a real browser, and every e-service can be used with the keyboard alone.',
    'municipality.personalData.title': 'How we handle personal data',
    'municipality.personalData.body':
      '{municipality} is the controller of the personal data you give in the e-services. Each e-service describes which data is processed, why, on what legal basis and for how long it is kept. You have the right to know what data we hold about you and to ask for it to be corrected.',
    'municipality.personalData.contact': 'Questions about personal data: contact {municipality}.',
  },
  {
    'municipality.start.lead':
      'هنا يمكنك تقديم الطلبات والإبلاغ ومتابعة قضاياك لدى {municipality} على مدار الساعة.',
    'municipality.start.loginLead': 'سجّل الدخول لرؤية قضاياك ومتابعة المسودات المحفوظة.',
    'municipality.start.noServices': 'لا توجد خدمات إلكترونية منشورة حتى الآن.',
    'municipality.fallbackNote': 'هذا النص غير متوفر بلغتك ويُعرض باللغة السويدية.',
    'municipality.accessibility.title': 'بيان إمكانية الوصول',
    'municipality.accessibility.missing': 'لم تنشر {municipality} بيان إمكانية الوصول بعد.',
    'municipality.accessibility.platform':
      'يتم اختبار منصة Ingång تلقائياً وفق WCAG 2.1 المستوى AA (EN 301 549) باستخدام axe-core في متصفح حقيقي، ويمكن استخدام جميع الخدمات الإلكترونية بلوحة المفاتيح وحدها.',
    'municipality.personalData.title': 'كيف نتعامل مع البيانات الشخصية',
    'municipality.personalData.body':
      '{municipality} هي الجهة المسؤولة عن البيانات الشخصية التي تقدمها في الخدمات الإلكترونية. تصف كل خدمة إلكترونية البيانات التي تتم معالجتها وسبب ذلك والأساس القانوني ومدة الاحتفاظ بها. يحق لك معرفة البيانات التي نحتفظ بها عنك وطلب تصحيحها.',
    'municipality.personalData.contact': 'للأسئلة حول البيانات الشخصية: اتصل بـ {municipality}.',
  },
);
