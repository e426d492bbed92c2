/**
 * (Long because it is data: one e-service's every text in three languages;
 * splitting it by step would scatter one form over files.)
 *
 * Ansökan om specialkost, after Härnösand's e-service (guide for case
 * officers, section 5.1): the guardian cannot tick choices that exclude each
 * other, gets follow-up questions that depend on the choices, and attaches the
 * doctor's certificate the law requires for a medical diet. Login is optional
 * because many guardians, newly arrived families among them, have no BankID.
 * Written in Swedish, English and Arabic.
 */

import {
  answerIn,
  answerIs,
  CATEGORIES,
  COMPLAINT,
  type DemoEService,
  DOCUMENT_TYPES,
  TEN_MB,
  ticked,
  tickedAny,
} from './demo-eservice.ts';
import { PRESCHOOLS, SCHOOLS, schoolOption } from './schools.ts';

/** Diets where the child reacts to a food (severity and adrenaline are asked), as opposed to lactose, gluten and "other". */
const ALLERGENS = ['milkProtein', 'egg', 'fish', 'shellfish', 'nuts', 'peanuts', 'soy', 'legumes'];

export const specialkost: DemoEService = {
  info: {
    slug: 'ansokan-om-specialkost',
    category: CATEGORIES.school,
    name: { sv: 'Ansökan om specialkost', en: 'Application for a special diet', ar: 'طلب نظام غذائي خاص' },
    description: {
      sv: 'Ansök om specialkost för ditt barn i förskola eller grundskola om barnet inte kan äta den vanliga maten på grund av allergi, överkänslighet eller sjukdom, eller av religiösa eller etiska skäl. Här avslutar du också en specialkost som barnet inte behöver längre.',
      en: 'Apply for a special diet for your child at preschool or school if the child cannot eat the ordinary food because of an allergy, intolerance or illness, or for religious or ethical reasons. This is also where you end a special diet the child no longer needs.',
      ar: 'قدِّم طلباً للحصول على نظام غذائي خاص لطفلك في الروضة أو المدرسة الأساسية إذا كان الطفل لا يستطيع تناول الطعام العادي بسبب حساسية أو عدم تحمّل أو مرض، أو لأسباب دينية أو أخلاقية. ومن هنا أيضاً يمكنك إنهاء نظام غذائي خاص لم يعد الطفل بحاجة إليه.',
    },
    whatYouNeed: {
      sv: 'Barnets personnummer eller samordningsnummer.\nLäkarintyg om barnet behöver specialkost av medicinska skäl. Du kan ladda upp en PDF eller ett foto av intyget (JPEG eller PNG).\nOm du loggar in med e-legitimation fyller vi i dina kontaktuppgifter åt dig. Du kan också ansöka utan att logga in.\nDet tar ungefär 10 minuter.',
      en: 'The child’s personal identity number or coordination number.\nA doctor’s certificate if the child needs a special diet for medical reasons. You can upload a PDF or a photo of the certificate (JPEG or PNG).\nIf you log in with an e-ID, we fill in your contact details for you. You can also apply without logging in.\nIt takes about 10 minutes.',
      ar: 'الرقم الشخصي للطفل أو رقم التنسيق الخاص به.\nشهادة طبية إذا كان الطفل يحتاج إلى نظام غذائي خاص لأسباب طبية. يمكنك رفع الشهادة بصيغة PDF أو صورة لها (JPEG أو PNG).\nإذا سجّلت الدخول بالهوية الإلكترونية، نملأ بيانات الاتصال الخاصة بك تلقائياً. ويمكنك أيضاً تقديم الطلب دون تسجيل الدخول.\nيستغرق ذلك نحو 10 دقائق.',
    },
    contact: {
      unit: { sv: 'Kostenheten', en: 'The school meals unit', ar: 'وحدة الوجبات المدرسية' },
      email: 'kostenheten@demo.kommun.example',
      phone: '0123-456 30',
    },
    loginRequirement: 'optional',
    personalData: {
      dataProcessed: {
        sv: 'Barnets namn, personnummer, förskola eller skola och avdelning eller klass. Uppgifter om barnets hälsa (allergier, överkänslighet och sjukdomar) och läkarintyget, som är känsliga personuppgifter. Om du söker av religiösa eller etiska skäl: den kost barnet ska ha. Ditt namn, din e-postadress och ditt telefonnummer.',
        en: 'The child’s name, personal identity number, preschool or school and group or class. Information about the child’s health (allergies, intolerances and illnesses) and the doctor’s certificate, which are sensitive personal data. If you apply for religious or ethical reasons: the diet the child should have. Your name, email address and phone number.',
        ar: 'اسم الطفل ورقمه الشخصي والروضة أو المدرسة والمجموعة أو الصف. معلومات عن صحة الطفل (الحساسية وعدم التحمّل والأمراض) والشهادة الطبية، وهي بيانات شخصية حساسة. إذا قدّمت الطلب لأسباب دينية أو أخلاقية: النظام الغذائي الذي يجب أن يحصل عليه الطفل. اسمك وبريدك الإلكتروني ورقم هاتفك.',
      },
      purpose: {
        sv: 'Vi behandlar uppgifterna för att handlägga ansökan och för att köket på barnets förskola eller skola ska kunna laga och servera mat som barnet tål. Kostenheten lämnar bara de uppgifter som behövs till köket och till personalen som äter med barnet.',
        en: 'We process the data to handle the application and so that the kitchen at the child’s preschool or school can cook and serve food the child can eat safely. The school meals unit passes on only the information needed to the kitchen and to the staff who eat with the child.',
        ar: 'نعالج البيانات للنظر في الطلب، ولكي يتمكن مطبخ الروضة أو المدرسة من إعداد طعام آمن للطفل وتقديمه. ولا ترسل وحدة الوجبات المدرسية إلا المعلومات الضرورية إلى المطبخ وإلى العاملين الذين يتناولون الطعام مع الطفل.',
      },
      legalBasis: {
        sv: 'En uppgift av allmänt intresse: att erbjuda näringsriktiga måltider enligt skollagen (2010:800). Uppgifter om barnets hälsa och om religiös eller etisk övertygelse behandlas med ditt uttryckliga samtycke, som du lämnar i e-tjänsten. Du kan ta tillbaka samtycket genom att avsluta specialkosten.',
        en: 'A task in the public interest: offering nutritious meals under the Education Act (2010:800). Information about the child’s health and about religious or ethical beliefs is processed with your explicit consent, which you give in the e-service. You can withdraw your consent by ending the special diet.',
        ar: 'مهمة تخدم المصلحة العامة: تقديم وجبات مغذية وفقاً لقانون التعليم السويدي (2010:800). وتُعالج المعلومات المتعلقة بصحة الطفل وبالمعتقدات الدينية أو الأخلاقية بموافقتك الصريحة التي تقدّمها في الخدمة الإلكترونية. ويمكنك سحب موافقتك بإنهاء النظام الغذائي الخاص.',
      },
      retention: {
        sv: 'Så länge barnet har specialkost. Ett år efter att specialkosten har avslutats raderas uppgifterna.',
        en: 'For as long as the child has a special diet. The data is deleted one year after the special diet has ended.',
        ar: 'طوال مدة حصول الطفل على النظام الغذائي الخاص. وتُحذف البيانات بعد سنة واحدة من إنهائه.',
      },
      controller: {
        sv: 'Barn- och utbildningsnämnden i Demo kommun, barn.utbildning@demo.kommun.example, 0123-456 00',
        en: 'The Children and Education Committee of Demo kommun, barn.utbildning@demo.kommun.example, 0123-456 00',
        ar: 'لجنة الأطفال والتعليم في بلدية Demo kommun، البريد الإلكتروني barn.utbildning@demo.kommun.example، الهاتف 0123-456 00',
      },
      complaint: COMPLAINT,
    },
    summaryKeys: ['childName', 'school'],
    handleWithinDays: 14,
  },

  definition: {
    schemaVersion: 1,
    steps: [
      {
        id: 'barn',
        title: { sv: 'Barnet', en: 'The child', ar: 'الطفل' },
        questions: [
          {
            id: 'sk-child-name',
            key: 'childName',
            type: 'text',
            label: {
              sv: 'Barnets för- och efternamn',
              en: 'The child’s first name and surname',
              ar: 'اسم الطفل الأول واسم العائلة',
            },
            required: true,
            maxLength: 100,
            autocomplete: 'off',
            summary: true,
          },
          {
            id: 'sk-child-pnr',
            key: 'childPnr',
            type: 'personnummer',
            label: {
              sv: 'Barnets personnummer',
              en: 'The child’s personal identity number',
              ar: 'الرقم الشخصي للطفل',
            },
            hint: {
              sv: '12 siffror: ÅÅÅÅMMDD-NNNN. Har barnet samordningsnummer skriver du det i stället.',
              en: '12 digits: YYYYMMDD-NNNN. If the child has a coordination number, enter that instead.',
              ar: '12 رقماً بالصيغة YYYYMMDD-NNNN. إذا كان لدى الطفل رقم تنسيق فاكتبه بدلاً منه.',
            },
            required: true,
            allowSamordningsnummer: true,
          },
          {
            id: 'sk-school',
            key: 'school',
            type: 'select',
            label: {
              sv: 'Vilken förskola eller skola går barnet på?',
              en: 'Which preschool or school does the child attend?',
              ar: 'في أي روضة أو مدرسة يدرس الطفل؟',
            },
            required: true,
            summary: true,
            options: [...PRESCHOOLS, ...SCHOOLS].map(schoolOption),
          },
          {
            id: 'sk-group',
            key: 'groupOrClass',
            type: 'text',
            label: {
              sv: 'Avdelning eller klass (om du vet)',
              en: 'Group or class (if you know it)',
              ar: 'المجموعة أو الصف (إن كنت تعرفه)',
            },
            hint: {
              sv: 'Till exempel Blåklockan eller 3B. Det hjälper köket att veta vem maten är till.',
              en: 'For example Blåklockan or 3B. It helps the kitchen know who the food is for.',
              ar: 'مثلاً Blåklockan أو 3B. يساعد ذلك المطبخ على معرفة لمن يُعدّ الطعام.',
            },
            required: false,
            maxLength: 50,
          },
        ],
      },
      {
        id: 'kost',
        title: { sv: 'Specialkost', en: 'Special diet', ar: 'النظام الغذائي الخاص' },
        questions: [
          {
            id: 'sk-grounds',
            key: 'grounds',
            type: 'checkbox',
            label: {
              sv: 'Varför behöver barnet specialkost?',
              en: 'Why does the child need a special diet?',
              ar: 'لماذا يحتاج الطفل إلى نظام غذائي خاص؟',
            },
            hint: { sv: 'Välj alla som stämmer.', en: 'Select all that apply.', ar: 'اختر كل ما ينطبق.' },
            required: true,
            options: [
              {
                value: 'medical',
                label: { sv: 'Medicinska skäl', en: 'Medical reasons', ar: 'أسباب طبية' },
                hint: {
                  sv: 'Allergi, överkänslighet, celiaki eller annan sjukdom. Läkarintyg krävs.',
                  en: 'An allergy, intolerance, coeliac disease or another illness. A doctor’s certificate is required.',
                  ar: 'حساسية أو عدم تحمّل أو الداء البطني (السيلياك) أو مرض آخر. الشهادة الطبية مطلوبة.',
                },
              },
              {
                value: 'religious',
                label: { sv: 'Religiösa skäl', en: 'Religious reasons', ar: 'أسباب دينية' },
              },
              {
                value: 'ethical',
                label: { sv: 'Etiska skäl', en: 'Ethical reasons', ar: 'أسباب أخلاقية' },
                hint: {
                  sv: 'Till exempel vegetarisk kost.',
                  en: 'For example a vegetarian diet.',
                  ar: 'مثلاً نظام غذائي نباتي.',
                },
              },
              {
                value: 'end',
                exclusive: true,
                label: {
                  sv: 'Barnet behöver inte längre specialkost',
                  en: 'The child no longer needs a special diet',
                  ar: 'لم يعد الطفل بحاجة إلى نظام غذائي خاص',
                },
                hint: {
                  sv: 'Välj det här för att avsluta en specialkost som barnet har i dag.',
                  en: 'Choose this to end a special diet the child has today.',
                  ar: 'اختر هذا لإنهاء نظام غذائي خاص يحصل عليه الطفل حالياً.',
                },
              },
            ],
          },
          {
            id: 'sk-medical-diet',
            key: 'medicalDiet',
            type: 'checkbox',
            label: {
              sv: 'Vad kan barnet inte äta?',
              en: 'What can the child not eat?',
              ar: 'ما الذي لا يستطيع الطفل تناوله؟',
            },
            hint: { sv: 'Välj alla som stämmer.', en: 'Select all that apply.', ar: 'اختر كل ما ينطبق.' },
            required: true,
            visibleWhen: ticked('grounds', 'medical'),
            options: [
              {
                value: 'gluten',
                label: {
                  sv: 'Gluten (celiaki)',
                  en: 'Gluten (coeliac disease)',
                  ar: 'الغلوتين (الداء البطني)',
                },
              },
              {
                value: 'lactose',
                label: { sv: 'Laktos', en: 'Lactose', ar: 'اللاكتوز' },
                hint: {
                  sv: 'Barnet kan äta mjölkprodukter utan laktos.',
                  en: 'The child can eat lactose-free dairy products.',
                  ar: 'يستطيع الطفل تناول منتجات الحليب الخالية من اللاكتوز.',
                },
              },
              {
                value: 'milkProtein',
                label: { sv: 'Mjölkprotein', en: 'Milk protein', ar: 'بروتين الحليب' },
                hint: {
                  sv: 'Barnet kan inte äta någon mjölk, inte heller laktosfri.',
                  en: 'The child cannot have any milk, not even lactose-free.',
                  ar: 'لا يستطيع الطفل تناول أي حليب، ولا حتى الخالي من اللاكتوز.',
                },
              },
              { value: 'egg', label: { sv: 'Ägg', en: 'Egg', ar: 'البيض' } },
              { value: 'fish', label: { sv: 'Fisk', en: 'Fish', ar: 'السمك' } },
              { value: 'shellfish', label: { sv: 'Skaldjur', en: 'Shellfish', ar: 'القشريات والمحار' } },
              {
                value: 'nuts',
                label: { sv: 'Nötter och mandel', en: 'Tree nuts and almonds', ar: 'المكسرات واللوز' },
              },
              { value: 'peanuts', label: { sv: 'Jordnötter', en: 'Peanuts', ar: 'الفول السوداني' } },
              { value: 'soy', label: { sv: 'Soja', en: 'Soy', ar: 'الصويا' } },
              {
                value: 'legumes',
                label: {
                  sv: 'Baljväxter, till exempel ärtor, bönor och linser',
                  en: 'Legumes, for example peas, beans and lentils',
                  ar: 'البقوليات، مثل البازلاء والفاصوليا والعدس',
                },
              },
              {
                value: 'other',
                label: { sv: 'Annat', en: 'Something else', ar: 'شيء آخر' },
                hint: {
                  sv: 'Till exempel kost vid diabetes eller en annan sjukdom.',
                  en: 'For example a diet for diabetes or another illness.',
                  ar: 'مثلاً نظام غذائي لمرض السكري أو لمرض آخر.',
                },
              },
            ],
          },
          {
            id: 'sk-other-medical',
            key: 'otherMedicalDiet',
            type: 'textarea',
            label: {
              sv: 'Beskriv vad barnet inte kan äta eller vilken kost barnet behöver',
              en: 'Describe what the child cannot eat or which diet the child needs',
              ar: 'صف ما لا يستطيع الطفل تناوله أو النظام الغذائي الذي يحتاج إليه',
            },
            required: true,
            maxLength: 1000,
            visibleWhen: ticked('medicalDiet', 'other'),
          },
          {
            id: 'sk-severity',
            key: 'allergySeverity',
            type: 'radio',
            label: {
              sv: 'Hur allvarlig är barnets allergi?',
              en: 'How severe is the child’s allergy?',
              ar: 'ما مدى شدة الحساسية لدى الطفل؟',
            },
            hint: {
              sv: 'Om barnet har flera allergier, svara för den som ger kraftigast reaktion.',
              en: 'If the child has several allergies, answer for the one that causes the strongest reaction.',
              ar: 'إذا كان لدى الطفل أكثر من حساسية، فأجب عن الحساسية التي تسبب أقوى رد فعل.',
            },
            required: true,
            visibleWhen: tickedAny('medicalDiet', ALLERGENS),
            options: [
              {
                value: 'mild',
                label: { sv: 'Lindrig', en: 'Mild', ar: 'خفيفة' },
                hint: {
                  sv: 'Till exempel klåda, utslag eller ont i magen.',
                  en: 'For example itching, a rash or a stomach ache.',
                  ar: 'مثل الحكة أو الطفح الجلدي أو ألم البطن.',
                },
              },
              {
                value: 'moderate',
                label: { sv: 'Måttlig', en: 'Moderate', ar: 'متوسطة' },
                hint: {
                  sv: 'Barnet behöver medicin, till exempel antihistamin.',
                  en: 'The child needs medicine, for example an antihistamine.',
                  ar: 'يحتاج الطفل إلى دواء، مثل مضادات الهيستامين.',
                },
              },
              {
                value: 'severe',
                label: { sv: 'Svår', en: 'Severe', ar: 'شديدة' },
                hint: {
                  sv: 'Barnet kan få en livshotande reaktion (anafylaxi).',
                  en: 'The child can have a life-threatening reaction (anaphylaxis).',
                  ar: 'قد يُصاب الطفل برد فعل تحسسي يهدد حياته (صدمة الحساسية).',
                },
              },
            ],
          },
          {
            id: 'sk-traces',
            key: 'reactsToTraces',
            type: 'yesno',
            label: {
              sv: 'Reagerar barnet på små spår av livsmedlet?',
              en: 'Does the child react to small traces of the food?',
              ar: 'هل يتفاعل الطفل مع كميات ضئيلة جداً من هذا الطعام؟',
            },
            hint: {
              sv: 'Till exempel om samma slev har använts eller om maten har lagats i samma kastrull.',
              en: 'For example if the same ladle has been used or the food was cooked in the same pan.',
              ar: 'مثلاً إذا استُخدمت المغرفة نفسها أو طُبخ الطعام في القِدر نفسه.',
            },
            required: true,
            visibleWhen: answerIn('allergySeverity', ['moderate', 'severe']),
          },
          {
            id: 'sk-adrenaline',
            key: 'carriesAdrenaline',
            type: 'yesno',
            label: {
              sv: 'Har barnet en adrenalinpenna?',
              en: 'Does the child have an adrenaline pen?',
              ar: 'هل لدى الطفل قلم أدرينالين؟',
            },
            hint: {
              sv: 'Till exempel EpiPen eller Jext.',
              en: 'For example EpiPen or Jext.',
              ar: 'مثل EpiPen أو Jext.',
            },
            required: true,
            visibleWhen: answerIs('allergySeverity', 'severe'),
          },
          {
            id: 'sk-adrenaline-where',
            key: 'adrenalineLocation',
            type: 'text',
            label: {
              sv: 'Var finns adrenalinpennan under dagen?',
              en: 'Where is the adrenaline pen kept during the day?',
              ar: 'أين يُحفظ قلم الأدرينالين خلال اليوم؟',
            },
            hint: {
              sv: 'Till exempel i barnets ryggsäck eller hos personalen på avdelningen.',
              en: 'For example in the child’s backpack or with the staff in the child’s group.',
              ar: 'مثلاً في حقيبة ظهر الطفل أو لدى العاملين في مجموعة الطفل.',
            },
            required: true,
            maxLength: 200,
            visibleWhen: answerIs('carriesAdrenaline', true),
          },
          {
            id: 'sk-certificate',
            key: 'certificate',
            type: 'file',
            label: { sv: 'Läkarintyg', en: 'Doctor’s certificate', ar: 'الشهادة الطبية' },
            hint: {
              sv: 'Intyget ska vara utfärdat av läkare eller dietist.',
              en: 'The certificate must be issued by a doctor or a dietitian.',
              ar: 'يجب أن تكون الشهادة صادرة عن طبيب أو أخصائي تغذية.',
            },
            help: {
              sv: 'Enligt lag krävs läkarintyg för specialkost av medicinska skäl. Intyget ska visa vad barnet inte tål. Du kan fotografera intyget med mobilen. Har du inget intyg, kontakta barnets vårdcentral eller barnavårdscentral.',
              en: 'By law, a doctor’s certificate is required for a special diet for medical reasons. The certificate should show what the child cannot tolerate. You can take a photo of the certificate with your phone. If you do not have a certificate, contact the child’s health centre or child health clinic.',
              ar: 'يشترط القانون وجود شهادة طبية للحصول على نظام غذائي خاص لأسباب طبية. يجب أن توضّح الشهادة ما لا يتحمّله الطفل. يمكنك تصوير الشهادة بهاتفك المحمول. إذا لم تكن لديك شهادة، فتواصل مع المركز الصحي أو مركز رعاية الطفولة الذي يتابع الطفل.',
            },
            required: true,
            visibleWhen: ticked('grounds', 'medical'),
            accept: DOCUMENT_TYPES,
            maxSizeBytes: TEN_MB,
            maxFiles: 3,
          },
          {
            id: 'sk-lifestyle',
            key: 'lifestyleDiet',
            type: 'radio',
            label: {
              sv: 'Vilken kost ska barnet ha?',
              en: 'Which diet should the child have?',
              ar: 'ما النظام الغذائي الذي يجب أن يحصل عليه الطفل؟',
            },
            hint: {
              sv: 'Vi kan inte servera halal- eller koscherslaktat kött.',
              en: 'We cannot serve halal or kosher meat.',
              ar: 'لا يمكننا تقديم لحوم مذبوحة وفق الشريعة الإسلامية (حلال) أو الشريعة اليهودية (كوشر).',
            },
            required: true,
            visibleWhen: tickedAny('grounds', ['religious', 'ethical']),
            options: [
              {
                value: 'porkFree',
                label: { sv: 'Fläskfri kost', en: 'Pork-free', ar: 'طعام خالٍ من لحم الخنزير' },
                hint: {
                  sv: 'Inget kött eller andra produkter från gris, till exempel gelatin.',
                  en: 'No meat or other products from pigs, for example gelatine.',
                  ar: 'لا لحم ولا منتجات أخرى من الخنزير، مثل الجيلاتين.',
                },
              },
              {
                value: 'vegetarian',
                label: { sv: 'Vegetarisk kost', en: 'Vegetarian', ar: 'طعام نباتي' },
                hint: {
                  sv: 'Inget kött, ingen fågel och ingen fisk. Barnet äter mjölk och ägg.',
                  en: 'No meat, poultry or fish. The child eats milk and eggs.',
                  ar: 'بدون لحوم أو دواجن أو أسماك. يتناول الطفل الحليب والبيض.',
                },
              },
              {
                value: 'vegan',
                label: { sv: 'Vegansk kost', en: 'Vegan', ar: 'طعام نباتي صرف' },
                hint: {
                  sv: 'Inga livsmedel från djur.',
                  en: 'No food from animals.',
                  ar: 'بدون أي أطعمة من مصدر حيواني.',
                },
              },
            ],
          },
          {
            id: 'sk-start',
            key: 'startDate',
            type: 'date',
            label: {
              sv: 'Från vilket datum behöver barnet specialkost?',
              en: 'From which date does the child need the special diet?',
              ar: 'ابتداءً من أي تاريخ يحتاج الطفل إلى النظام الغذائي الخاص؟',
            },
            hint: {
              sv: 'Köket behöver ungefär en vecka för att börja laga specialkosten.',
              en: 'The kitchen needs about a week to start preparing the special diet.',
              ar: 'يحتاج المطبخ إلى أسبوع تقريباً للبدء في إعداد النظام الغذائي الخاص.',
            },
            required: true,
            visibleWhen: { '!': ticked('grounds', 'end') },
            min: 'today',
            max: '+1y',
          },
          {
            id: 'sk-end',
            key: 'endDate',
            type: 'date',
            label: {
              sv: 'Från vilket datum ska specialkosten avslutas?',
              en: 'From which date should the special diet end?',
              ar: 'ابتداءً من أي تاريخ يجب إنهاء النظام الغذائي الخاص؟',
            },
            required: true,
            visibleWhen: ticked('grounds', 'end'),
            min: 'today',
            max: '+1y',
          },
        ],
      },
      {
        id: 'vardnadshavare',
        title: { sv: 'Dina uppgifter', en: 'Your details', ar: 'بياناتك' },
        questions: [
          {
            id: 'sk-guardian',
            key: 'guardian',
            type: 'contact',
            label: {
              sv: 'Dina kontaktuppgifter',
              en: 'Your contact details',
              ar: 'بيانات الاتصال الخاصة بك',
            },
            hint: {
              sv: 'Vi hör av oss om vi har frågor om ansökan och skickar beskedet till din e-postadress.',
              en: 'We contact you if we have questions about the application and send our answer to your email address.',
              ar: 'سنتواصل معك إذا كانت لدينا أسئلة حول الطلب، وسنرسل الرد إلى بريدك الإلكتروني.',
            },
            required: true,
            prefill: true,
            fields: { name: 'required', email: 'required', phone: 'required' },
          },
          {
            id: 'sk-other-info',
            key: 'otherInfo',
            type: 'textarea',
            label: {
              sv: 'Finns det något mer som köket behöver veta?',
              en: 'Is there anything else the kitchen needs to know?',
              ar: 'هل هناك أي شيء آخر يحتاج المطبخ إلى معرفته؟',
            },
            required: false,
            maxLength: 1000,
          },
          {
            id: 'sk-share',
            key: 'shareWithKitchen',
            type: 'consent',
            label: {
              sv: 'Jag samtycker till att uppgifterna om barnets specialkost lämnas till kökspersonalen och till personalen på barnets förskola eller skola',
              en: 'I agree that the information about the child’s special diet is shared with the kitchen staff and with the staff at the child’s preschool or school',
              ar: 'أوافق على مشاركة المعلومات المتعلقة بالنظام الغذائي الخاص بالطفل مع العاملين في المطبخ ومع العاملين في روضة الطفل أو مدرسته',
            },
            hint: {
              sv: 'Köket behöver uppgifterna för att laga rätt mat, och personalen behöver veta vad de ska göra om barnet får en reaktion.',
              en: 'The kitchen needs the information to cook the right food, and the staff need to know what to do if the child has a reaction.',
              ar: 'يحتاج المطبخ إلى هذه المعلومات لإعداد الطعام المناسب، ويحتاج العاملون إلى معرفة ما يجب فعله إذا أصيب الطفل برد فعل تحسسي.',
            },
            required: true,
          },
        ],
      },
    ],
  },
};
