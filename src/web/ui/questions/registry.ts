/**
 * Question type -> how it is drawn. Adding a type to the engine
 * (QUESTION_TYPES) is a type error here until it has a renderer.
 */
import type { Question, QuestionOfType, QuestionType } from '../../../domain/forms/definition.ts';
import { AddressField } from './address.tsx';
import { CheckboxField } from './checkbox.tsx';
import { ComputedField } from './computed.tsx';
import { ConsentField } from './consent.tsx';
import { ContactField } from './contact.tsx';
import { DateField } from './date.tsx';
import { FileField } from './file.tsx';
import { GroupField } from './group.tsx';
import { InfoField } from './info.tsx';
import { NumberField } from './number.tsx';
import { OrgnrField } from './orgnr.tsx';
import { PersonnummerField } from './personnummer.tsx';
import { RadioField } from './radio.tsx';
import type { QuestionRenderer } from './render-props.ts';
import { SelectField } from './select.tsx';
import { TextField } from './text.tsx';
import { TextareaField } from './textarea.tsx';
import { YesNoField } from './yesno.tsx';

export const RENDERERS: { readonly [T in QuestionType]: QuestionRenderer<QuestionOfType<T>> } = {
  text: TextField,
  textarea: TextareaField,
  number: NumberField,
  date: DateField,
  radio: RadioField,
  checkbox: CheckboxField,
  select: SelectField,
  yesno: YesNoField,
  file: FileField,
  contact: ContactField,
  personnummer: PersonnummerField,
  orgnr: OrgnrField,
  address: AddressField,
  group: GroupField,
  info: InfoField,
  consent: ConsentField,
  computed: ComputedField,
};

/**
 * The renderer for a question. TypeScript cannot correlate a union's `type`
 * with the mapped renderer type, so the lookup is widened once here.
 */
export function rendererFor<Q extends Question>(q: Q): QuestionRenderer<Q> {
  return RENDERERS[q.type] as unknown as QuestionRenderer<Q>;
}
