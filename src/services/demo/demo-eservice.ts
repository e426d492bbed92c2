/**
 * What one demo e-service is (its catalogue information and the form of its
 * first version) and the texts several of them share. The demo municipality
 * is "Demo kommun"; addresses and e-mail domains are made up
 * (`demo.kommun.example`), so nothing here reaches a real person.
 */
import type { FormDefinition, JsonLogicRule, LangText } from '../../domain/forms/definition.ts';
import type { NewEService } from '../eservices/eservices.ts';

export interface DemoEService {
  info: NewEService;
  definition: FormDefinition;
}

/** Catalogue categories, named the way Swedish municipal websites group their services. */
export const CATEGORIES = {
  school: { sv: 'Förskola och skola', en: 'Preschool and school', ar: 'الروضة والمدرسة' },
  care: { sv: 'Omsorg och stöd', en: 'Care and support' },
  culture: { sv: 'Kultur och fritid', en: 'Culture and leisure' },
  municipality: { sv: 'Kommunen och politik', en: 'The municipality and politics' },
} as const satisfies Record<string, LangText>;

/**
 * The complaint text every personal-data section ends with (GDPR art. 13.2 d):
 * the data protection officer first, then the supervisory authority.
 */
export const COMPLAINT: LangText = {
  sv: 'Du har rätt att få veta vilka uppgifter vi har om dig och att begära att felaktiga uppgifter rättas. Om du tycker att vi behandlar dina personuppgifter fel kan du kontakta kommunens dataskyddsombud, dataskyddsombud@demo.kommun.example. Du kan också lämna klagomål till Integritetsskyddsmyndigheten (IMY), www.imy.se.',
  en: 'You have the right to know what data we hold about you and to ask us to correct data that is wrong. If you think we process your personal data wrongly, you can contact the municipality’s data protection officer, dataskyddsombud@demo.kommun.example. You can also complain to the Swedish Authority for Privacy Protection (IMY), www.imy.se.',
  ar: 'يحق لك أن تعرف ما هي البيانات التي نحتفظ بها عنك، وأن تطلب تصحيح البيانات غير الصحيحة. إذا كنت ترى أننا نعالج بياناتك الشخصية بطريقة خاطئة، يمكنك التواصل مع مسؤول حماية البيانات في البلدية عبر البريد الإلكتروني dataskyddsombud@demo.kommun.example. ويمكنك أيضاً تقديم شكوى إلى هيئة حماية الخصوصية السويدية (IMY) عبر الموقع www.imy.se.',
};

/** Rule: the checkbox answer `key` includes `value` (false while it is unanswered). */
export function ticked(key: string, value: string): JsonLogicRule {
  return { in: [value, { var: [key, []] }] };
}

/** Rule: the checkbox answer `key` includes any of `values`. */
export function tickedAny(key: string, values: readonly string[]): JsonLogicRule {
  return { some: [{ var: [key, []] }, { in: [{ var: '' }, [...values]] }] };
}

/** Rule: the answer `key` equals `value` (a radio, select or yes/no answer). */
export function answerIs(key: string, value: string | boolean): JsonLogicRule {
  return { '==': [{ var: key }, value] };
}

/** Rule: the answer `key` is one of `values`. */
export function answerIn(key: string, values: readonly string[]): JsonLogicRule {
  return { in: [{ var: key }, [...values]] };
}

/** Rule: the question `key` has an answer (a hidden question never has one). */
export function answered(key: string): JsonLogicRule {
  return { '!!': { var: key } };
}

/** Accepted attachments: what phones and scanners produce. */
export const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'];
/** 10 MB as the page writes it (decimal megabytes). */
export const TEN_MB = 10_000_000;
