// One page that shows every component in realistic states, so one axe run
// covers the whole kit; it is long because the kit is, not because it does much.
import type { Html } from '#jsx/jsx-runtime';
import {
  Breadcrumbs,
  Button,
  ButtonGroup,
  Checkboxes,
  DateInput,
  type FieldError,
  Fieldset,
  FileUpload,
  Form,
  Heading,
  InlineHelp,
  NotificationBanner,
  Pagination,
  Panel,
  Radios,
  Select,
  type SortDirection,
  StepIndicator,
  SummaryList,
  Table,
  Tag,
  type TagColour,
  Textarea,
  TextInput,
  VisuallyHidden,
  WarningText,
} from './components/index.ts';
import type { UiLang } from './i18n/languages.ts';
import { Page } from './layout.tsx';
import { href, type PageContext } from './page-context.ts';

/**
 * Every component in realistic states, inside the real layout: the
 * development page at /_ui, and what the browser test runs axe on in each
 * language ("one component, one preview"). The sample texts are the
 * gallery's own; real pages take theirs from the i18n catalogue.
 */

const SAMPLE = {
  sv: {
    title: 'Komponenter',
    intro: 'Alla delar som Ingångs sidor byggs av, i de lägen de kan ha.',
    eService: 'Ansökan om skolskjuts',
    steps: ['Om eleven', 'Kontaktuppgifter', 'Skolskjuts', 'Bilagor', 'Kontrollera och skicka'],
    saved: 'Dina svar är sparade. Du kan fortsätta senare från Mina sidor.',
    info: 'Handläggningstiden är just nu ungefär fyra veckor.',
    forms: 'Formulärfält',
    firstName: 'Förnamn',
    lastName: 'Efternamn',
    lastNameError: 'Skriv ditt efternamn utan tecknen < och >',
    email: 'E-postadress',
    emailHint: 'Vi skickar kvittot hit.',
    income: 'Hushållets inkomst per månad',
    incomeHint: 'Före skatt, i kronor.',
    suffix: 'kr',
    reason: 'Varför behöver eleven skolskjuts?',
    reasonHint: 'Beskriv till exempel avstånd, trafikmiljö eller funktionsnedsättning.',
    reasonValue: 'Vägen till skolan saknar gångbana.\nDet är 4,5 km.',
    reasonError: 'Beskriv varför eleven behöver skolskjuts',
    birth: 'Elevens födelsedatum',
    birthHint: 'Till exempel 27 3 2014',
    start: 'När ska skolskjutsen börja?',
    startError: 'Datumet måste ha en riktig månad',
    yes: 'Ja',
    no: 'Nej',
    sibling: 'Har eleven syskon på samma skola?',
    transport: 'Hur tar sig eleven till skolan i dag?',
    transportError: 'Välj hur eleven tar sig till skolan i dag',
    walk: 'Går eller cyklar',
    bus: 'Med buss',
    busHint: 'Linjetrafik, inte skolbuss.',
    car: 'Blir skjutsad med bil',
    carWho: 'Vem kör eleven?',
    needs: 'Behöver eleven något av följande?',
    needsHint: 'Välj alla som stämmer.',
    needsError: 'Välj vad eleven behöver, eller ”Nej, inget av detta”',
    wheelchair: 'Plats för rullstol',
    escort: 'Ledsagare',
    seat: 'Bilbarnstol',
    none: 'Nej, inget av detta',
    school: 'Skola',
    schoolError: 'Välj skola',
    schools: ['Centralskolan', 'Ekbackens skola', 'Norrskolan'],
    attachment: 'Läkarintyg',
    attachmentHint: 'PDF eller bild, högst 10 MB per fil.',
    attachmentError: 'Filen måste vara en PDF, JPG eller PNG',
    helpSummary: 'Vem har rätt till skolskjuts?',
    helpText: 'Elever i förskoleklass till årskurs 9 som har lång eller farlig skolväg.',
    warning: 'Du kan inte ändra ansökan när den är skickad.',
    address: 'Adress',
    street: 'Gatuadress',
    postcode: 'Postnummer',
    city: 'Ort',
    buttons: 'Knappar',
    continue: 'Fortsätt',
    saveDraft: 'Spara utkast',
    cancel: 'Avbryt',
    delete: 'Ta bort utkastet',
    startNow: 'Starta e-tjänsten',
    answers: 'Dina svar',
    student: 'Om eleven',
    tags: 'Statusar',
    statuses: [
      'Sparat',
      'Inskickat',
      'Under behandling',
      'Komplettering begärd',
      'Klart',
      'Avslag',
      'Förfallen',
      'Ny',
      'Väntar på underskrift',
      'Flaggad',
    ],
    cases: 'Ärenden',
    caseNo: 'Ärende',
    caseName: 'E-tjänst',
    received: 'Inkom',
    amount: 'Belopp',
    status: 'Status',
    sampleServices: ['Skolskjuts', 'Bygglov', 'Föreningsbidrag'],
    done: 'Ansökan skickad',
    reference: 'Ditt ärendenummer',
    headings: 'Rubriker',
  },
  en: {
    title: 'Components',
    intro: 'Every part Ingång pages are built from, in the states it can have.',
    eService: 'Apply for school transport',
    steps: ['About the pupil', 'Contact details', 'School transport', 'Attachments', 'Check and send'],
    saved: 'Your answers are saved. You can continue later from My pages.',
    info: 'Cases currently take about four weeks.',
    forms: 'Form fields',
    firstName: 'First name',
    lastName: 'Last name',
    lastNameError: 'Enter your last name without the characters < and >',
    email: 'Email address',
    emailHint: 'We will send the receipt here.',
    income: 'Household income per month',
    incomeHint: 'Before tax, in kronor.',
    suffix: 'SEK',
    reason: 'Why does the pupil need school transport?',
    reasonHint: 'For example the distance, the traffic or a disability.',
    reasonValue: 'There is no footpath on the way to school.\nIt is 4.5 km.',
    reasonError: 'Describe why the pupil needs school transport',
    birth: "Pupil's date of birth",
    birthHint: 'For example, 27 3 2014',
    start: 'When should school transport start?',
    startError: 'The date must have a real month',
    yes: 'Yes',
    no: 'No',
    sibling: 'Does the pupil have siblings at the same school?',
    transport: 'How does the pupil get to school today?',
    transportError: 'Select how the pupil gets to school today',
    walk: 'Walks or cycles',
    bus: 'By bus',
    busHint: 'Public bus, not a school bus.',
    car: 'Is driven by car',
    carWho: 'Who drives the pupil?',
    needs: 'Does the pupil need any of these?',
    needsHint: 'Select all that apply.',
    needsError: 'Select what the pupil needs, or "No, none of these"',
    wheelchair: 'Room for a wheelchair',
    escort: 'An escort',
    seat: 'A child car seat',
    none: 'No, none of these',
    school: 'School',
    schoolError: 'Select a school',
    schools: ['Central School', 'Ekbacken School', 'North School'],
    attachment: "Doctor's certificate",
    attachmentHint: 'PDF or image, up to 10 MB per file.',
    attachmentError: 'The file must be a PDF, JPG or PNG',
    helpSummary: 'Who is entitled to school transport?',
    helpText: 'Pupils from preschool class to year 9 with a long or dangerous way to school.',
    warning: 'You cannot change the application once it is sent.',
    address: 'Address',
    street: 'Street address',
    postcode: 'Postcode',
    city: 'Town',
    buttons: 'Buttons',
    continue: 'Continue',
    saveDraft: 'Save draft',
    cancel: 'Cancel',
    delete: 'Delete the draft',
    startNow: 'Start now',
    answers: 'Your answers',
    student: 'About the pupil',
    tags: 'Statuses',
    statuses: [
      'Saved',
      'Submitted',
      'In progress',
      'Supplement requested',
      'Completed',
      'Refused',
      'Overdue',
      'New',
      'Waiting for signature',
      'Flagged',
    ],
    cases: 'Cases',
    caseNo: 'Case',
    caseName: 'E-service',
    received: 'Received',
    amount: 'Amount',
    status: 'Status',
    sampleServices: ['School transport', 'Building permit', 'Association grant'],
    done: 'Application sent',
    reference: 'Your case number',
    headings: 'Headings',
  },
  ar: {
    title: 'المكونات',
    intro: 'جميع الأجزاء التي تُبنى منها صفحات Ingång، بكل الحالات الممكنة.',
    eService: 'طلب النقل المدرسي',
    steps: ['عن التلميذ', 'معلومات الاتصال', 'النقل المدرسي', 'المرفقات', 'المراجعة والإرسال'],
    saved: 'تم حفظ إجاباتك. يمكنك المتابعة لاحقاً من صفحاتي.',
    info: 'تستغرق معالجة الطلبات حالياً حوالي أربعة أسابيع.',
    forms: 'حقول النموذج',
    firstName: 'الاسم الأول',
    lastName: 'اسم العائلة',
    lastNameError: 'اكتب اسم العائلة بدون الرمزين < و >',
    email: 'البريد الإلكتروني',
    emailHint: 'سنرسل الإيصال إلى هذا العنوان.',
    income: 'دخل الأسرة الشهري',
    incomeHint: 'قبل الضريبة، بالكرونة.',
    suffix: 'كرونة',
    reason: 'لماذا يحتاج التلميذ إلى النقل المدرسي؟',
    reasonHint: 'مثلاً المسافة أو حركة المرور أو الإعاقة.',
    reasonValue: 'لا يوجد رصيف للمشاة في الطريق إلى المدرسة.\nالمسافة 4,5 كم.',
    reasonError: 'اشرح لماذا يحتاج التلميذ إلى النقل المدرسي',
    birth: 'تاريخ ميلاد التلميذ',
    birthHint: 'مثلاً 27 3 2014',
    start: 'متى يجب أن يبدأ النقل المدرسي؟',
    startError: 'يجب أن يحتوي التاريخ على شهر صحيح',
    yes: 'نعم',
    no: 'لا',
    sibling: 'هل للتلميذ إخوة في المدرسة نفسها؟',
    transport: 'كيف يذهب التلميذ إلى المدرسة اليوم؟',
    transportError: 'اختر كيف يذهب التلميذ إلى المدرسة اليوم',
    walk: 'مشياً أو بالدراجة',
    bus: 'بالحافلة',
    busHint: 'حافلة عامة، وليست حافلة مدرسية.',
    car: 'بالسيارة',
    carWho: 'من يقود السيارة؟',
    needs: 'هل يحتاج التلميذ إلى أي مما يلي؟',
    needsHint: 'اختر كل ما ينطبق.',
    needsError: 'اختر ما يحتاجه التلميذ، أو «لا، لا شيء من هذا»',
    wheelchair: 'مكان لكرسي متحرك',
    escort: 'مرافق',
    seat: 'مقعد سيارة للأطفال',
    none: 'لا، لا شيء من هذا',
    school: 'المدرسة',
    schoolError: 'اختر المدرسة',
    schools: ['المدرسة المركزية', 'مدرسة إكباكن', 'المدرسة الشمالية'],
    attachment: 'شهادة طبية',
    attachmentHint: 'ملف PDF أو صورة، بحد أقصى 10 ميغابايت لكل ملف.',
    attachmentError: 'يجب أن يكون الملف بصيغة PDF أو JPG أو PNG',
    helpSummary: 'من يحق له النقل المدرسي؟',
    helpText: 'التلاميذ من الصف التمهيدي حتى الصف التاسع الذين طريقهم إلى المدرسة طويل أو خطير.',
    warning: 'لا يمكنك تغيير الطلب بعد إرساله.',
    address: 'العنوان',
    street: 'عنوان الشارع',
    postcode: 'الرمز البريدي',
    city: 'المدينة',
    buttons: 'الأزرار',
    continue: 'متابعة',
    saveDraft: 'حفظ المسودة',
    cancel: 'إلغاء',
    delete: 'حذف المسودة',
    startNow: 'ابدأ الآن',
    answers: 'إجاباتك',
    student: 'عن التلميذ',
    tags: 'الحالات',
    statuses: [
      'محفوظ',
      'مُرسَل',
      'قيد المعالجة',
      'مطلوب استكمال',
      'مكتمل',
      'مرفوض',
      'متأخر',
      'جديد',
      'بانتظار التوقيع',
      'مُعلَّم',
    ],
    cases: 'القضايا',
    caseNo: 'القضية',
    caseName: 'الخدمة الإلكترونية',
    received: 'تاريخ الورود',
    amount: 'المبلغ',
    status: 'الحالة',
    sampleServices: ['النقل المدرسي', 'رخصة البناء', 'منحة الجمعيات'],
    done: 'تم إرسال الطلب',
    reference: 'رقم قضيتك',
    headings: 'العناوين',
  },
} satisfies Record<UiLang, unknown>;

const TAG_COLOURS: readonly TagColour[] = [
  'grey',
  'blue',
  'light-blue',
  'yellow',
  'green',
  'red',
  'orange',
  'turquoise',
  'purple',
  'pink',
];

interface CaseRow {
  id: string;
  service: string;
  received: Date;
  amount: number;
  status: number;
}

function sortedRows(rows: CaseRow[], key: string | null, dir: SortDirection): CaseRow[] {
  const by: Record<string, (r: CaseRow) => string | number> = {
    id: (r) => r.id,
    received: (r) => r.received.getTime(),
    amount: (r) => r.amount,
  };
  const get = key ? by[key] : undefined;
  if (!get) return rows;
  const sign = dir === 'desc' ? -1 : 1;
  return [...rows].sort((a, b) => (get(a) < get(b) ? -sign : get(a) > get(b) ? sign : 0));
}

export function GalleryPage(ctx: PageContext): Html {
  const s = SAMPLE[ctx.lang];
  const { t } = ctx;
  const query = new URL(ctx.currentUrl, 'http://localhost').searchParams;
  const sortKey = query.get('sort');
  const sortDir: SortDirection = query.get('dir') === 'desc' ? 'desc' : 'asc';
  const page = Number.parseInt(query.get('page') ?? '1', 10) || 1;
  const errors: FieldError[] = [
    { field: 'lastName', message: s.lastNameError },
    { field: 'reasonWithError', message: s.reasonError },
    { field: 'startDate', message: s.startError, href: '#startDate-month' },
    { field: 'transportWithError', message: s.transportError },
    { field: 'needsWithError', message: s.needsError },
    { field: 'schoolWithError', message: s.schoolError },
    { field: 'attachmentWithError', message: s.attachmentError },
  ];
  const error = (field: string) => errors.find((e) => e.field === field)?.message;
  const rows = sortedRows(
    s.sampleServices.map((service, i) => ({
      id: `2026-${String(104 - i * 17).padStart(4, '0')}`,
      service,
      received: new Date(Date.UTC(2026, 9, 3 + i * 9)),
      amount: [1200, 850, 15000][i] ?? 0,
      status: i + 1,
    })),
    sortKey,
    sortDir,
  );
  const money = (n: number) => `${t.number(n)} ${s.suffix}`;

  return (
    <Page
      ctx={ctx}
      title={s.title}
      errors={errors}
      backLink="#"
      beforeContent={
        <Breadcrumbs
          t={t}
          items={[
            { text: t.t('layout.home'), href: '#' },
            { text: t.t('layout.eServices'), href: '#' },
            { text: s.title },
          ]}
        />
      }
    >
      <h1 class="govuk-heading-xl">
        <span class="govuk-caption-l">{s.eService}</span>
        {s.title}
      </h1>
      <p class="govuk-body-l">{s.intro}</p>

      <NotificationBanner t={t} type="success" id="banner-saved" disableAutoFocus>
        {s.saved}
      </NotificationBanner>
      <NotificationBanner t={t} id="banner-info">
        <p class="govuk-body">{s.info}</p>
      </NotificationBanner>

      <StepIndicator
        t={t}
        current={2}
        steps={s.steps.map((title, i) => ({ title, href: i < 1 ? '#' : undefined }))}
      />

      <Form ctx={ctx} action="#" multipart>
        <Heading level={2}>{s.forms}</Heading>
        <TextInput
          t={t}
          name="firstName"
          label={s.firstName}
          autocomplete="given-name"
          spellcheck={false}
          requirement="required"
          value="Anna"
          width="two-thirds"
        />
        <TextInput
          t={t}
          name="lastName"
          label={s.lastName}
          autocomplete="family-name"
          requirement="required"
          value="Andersson <script>"
          error={error('lastName')}
          width="two-thirds"
        />
        <TextInput
          t={t}
          name="email"
          type="email"
          label={s.email}
          hint={s.emailHint}
          autocomplete="email"
          spellcheck={false}
          requirement="optional"
          width="two-thirds"
        />
        <TextInput
          t={t}
          name="income"
          label={s.income}
          hint={s.incomeHint}
          inputmode="numeric"
          width={10}
          suffix={s.suffix}
        />
        <Textarea
          t={t}
          name="reason"
          label={s.reason}
          hint={s.reasonHint}
          maxLength={1500}
          value={s.reasonValue}
        />
        <Textarea
          t={t}
          name="reasonWithError"
          label={s.reason}
          maxLength={1500}
          requirement="required"
          error={error('reasonWithError')}
        />
        <DateInput t={t} name="birthDate" legend={s.birth} hint={s.birthHint} birthday />
        <DateInput
          t={t}
          name="startDate"
          legend={s.start}
          hint={s.birthHint}
          value={{ day: '12', month: '13', year: '2026' }}
          error={error('startDate')}
          errorParts={['month']}
        />
        <Radios
          t={t}
          name="sibling"
          legend={s.sibling}
          legendSize="m"
          inline
          value="no"
          items={[
            { value: 'yes', label: s.yes },
            { value: 'no', label: s.no },
          ]}
        />
        <Radios
          t={t}
          name="transport"
          legend={s.transport}
          legendSize="m"
          value="car"
          items={[
            { value: 'walk', label: s.walk },
            { value: 'bus', label: s.bus, hint: s.busHint },
            {
              value: 'car',
              label: s.car,
              conditional: <TextInput t={t} name="driver" label={s.carWho} width="two-thirds" />,
            },
          ]}
        />
        <Radios
          t={t}
          name="transportWithError"
          legend={s.transport}
          legendSize="m"
          requirement="required"
          error={error('transportWithError')}
          items={[
            { value: 'walk', label: s.walk },
            { value: 'bus', label: s.bus, hint: s.busHint },
          ]}
        />
        <Checkboxes
          t={t}
          name="needs"
          legend={s.needs}
          legendSize="m"
          hint={s.needsHint}
          values={['wheelchair', 'escort']}
          items={[
            { value: 'wheelchair', label: s.wheelchair },
            { value: 'escort', label: s.escort },
            { value: 'seat', label: s.seat },
            { divider: true },
            { value: 'none', label: s.none, exclusive: true },
          ]}
        />
        <Checkboxes
          t={t}
          name="needsWithError"
          legend={s.needs}
          legendSize="m"
          small
          error={error('needsWithError')}
          items={[
            { value: 'wheelchair', label: s.wheelchair },
            { value: 'escort', label: s.escort },
            { divider: true },
            { value: 'none', label: s.none, exclusive: true },
          ]}
        />
        <Select
          t={t}
          name="school"
          label={s.school}
          emptyOption
          value="b"
          options={s.schools.map((text, i) => ({ value: 'abc'[i] ?? '', text }))}
        />
        <Select
          t={t}
          name="schoolWithError"
          label={s.school}
          emptyOption
          error={error('schoolWithError')}
          options={s.schools.map((text, i) => ({ value: 'abc'[i] ?? '', text }))}
        />
        <FileUpload
          t={t}
          name="attachment"
          label={s.attachment}
          hint={s.attachmentHint}
          multiple
          accept=".pdf,.jpg,.jpeg,.png"
        />
        <FileUpload
          t={t}
          name="attachmentWithError"
          label={s.attachment}
          error={error('attachmentWithError')}
        />
        <Fieldset legend={s.address} legendSize="m">
          <TextInput t={t} name="street" label={s.street} autocomplete="street-address" />
          <TextInput
            t={t}
            name="postcode"
            label={s.postcode}
            autocomplete="postal-code"
            inputmode="numeric"
            width={5}
          />
          <TextInput t={t} name="city" label={s.city} autocomplete="address-level2" width="two-thirds" />
        </Fieldset>
        <InlineHelp summary={s.helpSummary}>{s.helpText}</InlineHelp>
        <WarningText t={t}>{s.warning}</WarningText>

        <Heading level={2}>{s.buttons}</Heading>
        <ButtonGroup>
          <Button name="action" value="continue" preventDoubleClick>
            {s.continue}
          </Button>
          <Button variant="secondary" name="action" value="save" formnovalidate>
            {s.saveDraft}
          </Button>
          <a class="govuk-link" href={href(ctx, '/')}>
            {s.cancel}
          </a>
        </ButtonGroup>
        <ButtonGroup>
          <Button variant="warning" name="action" value="delete">
            {s.delete}
          </Button>
          <Button href="#" start>
            {s.startNow}
          </Button>
        </ButtonGroup>
      </Form>

      <Heading level={2}>{s.answers}</Heading>
      <SummaryList
        t={t}
        rows={[
          { key: s.firstName, value: 'Anna', changeHref: '#firstName' },
          { key: s.reason, value: s.reasonValue, changeHref: '#reason' },
          { key: s.birth, value: t.date(new Date(Date.UTC(2014, 2, 27))) },
        ]}
      />
      <SummaryList
        t={t}
        title={s.student}
        cardChangeHref="#"
        rows={[
          { key: s.school, value: s.schools[1] ?? '' },
          { key: s.transport, value: s.car },
        ]}
      />

      <Heading level={2}>{s.tags}</Heading>
      <ul class="govuk-list ingang-gallery__tags">
        {TAG_COLOURS.map((colour, i) => (
          <li>
            <Tag colour={colour}>{s.statuses[i]}</Tag>
          </li>
        ))}
      </ul>

      <Table
        t={t}
        caption={s.cases}
        url={ctx.currentUrl}
        sort={sortKey ? { key: sortKey, dir: sortDir } : null}
        columns={[
          { key: 'id', header: s.caseNo, cell: (r: CaseRow) => r.id, sortable: true, rowHeader: true },
          { key: 'service', header: s.caseName, cell: (r: CaseRow) => r.service },
          { key: 'received', header: s.received, cell: (r: CaseRow) => t.date(r.received), sortable: true },
          {
            key: 'amount',
            header: s.amount,
            cell: (r: CaseRow) => money(r.amount),
            sortable: true,
            numeric: true,
          },
          {
            key: 'status',
            header: s.status,
            cell: (r: CaseRow) => <Tag colour={TAG_COLOURS[r.status] ?? 'grey'}>{s.statuses[r.status]}</Tag>,
          },
        ]}
        rows={rows}
      />
      <Pagination t={t} current={page} total={12} url={ctx.currentUrl} />

      <Panel title={s.done} headingLevel={2}>
        {s.reference}
        <br />
        <strong>2026-0104</strong>
      </Panel>

      <Heading level={2}>{s.headings}</Heading>
      <Heading level={3}>
        {s.student}
        <VisuallyHidden> – {s.eService}</VisuallyHidden>
      </Heading>
    </Page>
  );
}
