import type { ApplicationDocument, ApplicationRow } from '../../../src/services/pdf/application-document.ts';

/** A school-transport application in Swedish: 30 answers in four sections, one of them long and one in Arabic. */
export function swedishApplication(): ApplicationDocument {
  return {
    lang: 'sv',
    dir: 'ltr',
    title: 'Ansökan om skolskjuts',
    municipality: { name: 'Exempelby kommun' },
    eServiceName: 'Skolskjuts – ansökan',
    caseNumber: '2026-004711',
    submittedAt: new Date('2026-11-12T13:03:00Z'),
    applicant: { name: 'Åsa Öberg Älvdal', personalNumber: '19121212-1212' },
    labels: {
      caseNumber: 'Ärendenummer',
      submitted: 'Inskickad',
      notSubmitted: 'Inte inskickad',
      applicant: 'Sökande',
      personalNumber: 'Personnummer',
      eService: 'E-tjänst',
      attachments: 'Bifogade filer',
      notAnswered: 'Inte besvarad',
      pageOf: 'Sida {page} av {pages}',
    },
    sections: [
      {
        heading: 'Eleven',
        rows: [
          { label: 'Elevens namn', value: 'Björn Öberg Älvdal' },
          { label: 'Elevens personnummer', value: '20150304-2389' },
          { label: 'Skola', value: 'Sjöängsskolan' },
          { label: 'Årskurs', value: '5' },
          { label: 'Folkbokföringsadress', value: 'Kvarnvägen 12\n123 45 Exempelby' },
          { label: 'Växelvis boende', value: 'Ja' },
          { label: 'Den andra vårdnadshavarens adress', value: 'Ängsgatan 3 B, lgh 1102\n123 46 Exempelby' },
          { label: 'Modersmål', value: 'العربية' },
        ],
      },
      {
        heading: 'Skäl för skolskjuts',
        rows: [
          { label: 'Avstånd till skolan (km)', value: '4,8' },
          {
            label: 'Skäl',
            value: ['Avståndet är längre än 4 km', 'Trafikfarlig väg', 'Funktionsnedsättning'],
          },
          {
            label: 'Beskriv trafiksituationen',
            value:
              'Vägen till skolan går längs länsväg 225 där det saknas gång- och cykelbana på en sträcka av ungefär 1,2 kilometer. ' +
              'Hastighetsbegränsningen är 70 km/h och det går mycket tung trafik till grustaget under morgonen, samtidigt som eleverna ska till skolan. ' +
              'Under vintern plogas vägrenen sällan, så barnen tvingas gå i körbanan i mörker.\n\n' +
              'Vi har pratat med rektorn som delar vår oro och har skrivit ett intyg som bifogas.',
          },
          { label: 'Behöver eleven anpassat fordon?', value: 'Nej' },
          { label: 'Behövs hjälpmedel under resan?', value: '' },
          {
            label: 'Övriga upplysningar',
            value: 'أريد أن يجلس ابني في المقعد الأمامي بسبب دوار الحركة (منذ 2024).',
          },
        ],
      },
      {
        heading: 'Resor',
        rows: [
          { label: 'Resor på morgonen', value: ['Måndag', 'Tisdag', 'Onsdag', 'Torsdag', 'Fredag'] },
          { label: 'Resor på eftermiddagen', value: ['Måndag', 'Onsdag', 'Fredag'] },
          { label: 'Fritidshem', value: 'Nej' },
          { label: 'Önskad hämtplats', value: 'Vid brevlådorna vid korsningen Kvarnvägen/Länsväg 225' },
          { label: 'Gäller från', value: '2027-01-08' },
          { label: 'Gäller till', value: '2027-06-12' },
        ],
      },
      {
        heading: 'Vårdnadshavare och kontakt',
        rows: [
          ...guardianRows('Vårdnadshavare 1', 'Åsa Öberg Älvdal', 'asa.oberg@example.se', '070-123 45 67'),
          ...guardianRows('Vårdnadshavare 2', 'Karim Haddad', 'karim.haddad@example.com', '073-765 43 21'),
          { label: 'Kontaktsätt', value: 'E-post' },
          { label: 'Jag intygar att uppgifterna är riktiga', value: 'Ja' },
        ],
      },
    ],
    attachments: [
      { name: 'intyg-rektor.pdf', size: 184_320 },
      { name: 'karta över vägen.png', size: 1_254_000 },
    ],
  };
}

function guardianRows(who: string, name: string, email: string, phone: string): ApplicationRow[] {
  return [
    { label: `${who}: namn`, value: name },
    { label: `${who}: e-post`, value: email },
    { label: `${who}: telefon`, value: phone },
  ];
}

/** The same kind of document in English, with a draft (no case number, not submitted). */
export function englishApplication(): ApplicationDocument {
  return {
    lang: 'en',
    dir: 'ltr',
    title: 'Application for special diet at school',
    municipality: { name: 'Exempelby Municipality' },
    eServiceName: 'Application for special diet at school',
    caseNumber: null,
    submittedAt: null,
    applicant: { name: 'Jonas Lind' },
    labels: {
      caseNumber: 'Case number',
      submitted: 'Submitted',
      notSubmitted: 'Not submitted yet',
      applicant: 'Applicant',
      personalNumber: 'Personal identity number',
      eService: 'E-service',
      attachments: 'Attached files',
      notAnswered: 'Not answered',
      pageOf: 'Page {page} of {pages}',
    },
    sections: [
      {
        heading: 'The child',
        rows: [
          { label: "Child's name", value: 'Ella Lind' },
          { label: 'School', value: 'Hillside School' },
          { label: 'Diet', value: ['Gluten free', 'Lactose free'] },
          {
            label: 'Anything else the kitchen should know',
            value: 'Severe nut allergy: carries an adrenaline pen.',
          },
        ],
      },
    ],
  };
}

/** An Arabic document: right-to-left layout, Arabic labels, mixed-direction answers. */
export function arabicApplication(): ApplicationDocument {
  return {
    lang: 'ar',
    dir: 'rtl',
    title: 'طلب النقل المدرسي',
    municipality: { name: 'بلدية إكسمبلبي' },
    eServiceName: 'طلب النقل المدرسي',
    caseNumber: '2026-004712',
    submittedAt: new Date('2026-11-12T13:03:00Z'),
    applicant: { name: 'كريم حداد', personalNumber: '19800101-1234' },
    labels: {
      caseNumber: 'رقم القضية',
      submitted: 'تاريخ الإرسال',
      notSubmitted: 'لم يُرسل بعد',
      applicant: 'مقدم الطلب',
      personalNumber: 'الرقم الشخصي',
      eService: 'الخدمة الإلكترونية',
      attachments: 'الملفات المرفقة',
      notAnswered: 'لم تتم الإجابة',
      pageOf: 'صفحة {page} من {pages}',
    },
    sections: [
      {
        heading: 'التلميذ',
        rows: [
          { label: 'اسم التلميذ', value: 'سارة حداد' },
          { label: 'المدرسة', value: 'Sjöängsskolan' },
          { label: 'رقم الهاتف', value: 'رقم الهاتف 070-123 45 67 (المنزل)' },
          { label: 'أيام السفر', value: ['الاثنين', 'الأربعاء', 'الجمعة'] },
          {
            label: 'ملاحظات',
            value:
              'يعاني ابني من دوار الحركة ولذلك نرجو أن يجلس في المقعد الأمامي. الطريق إلى المدرسة طويل ويمر بطريق سريع بدون رصيف للمشاة.',
          },
        ],
      },
    ],
  };
}
