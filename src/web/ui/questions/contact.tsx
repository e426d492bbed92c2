import type { Html } from '#jsx/jsx-runtime';
import type { ContactQuestion } from '../../../domain/forms/definition.ts';
import { ADDRESS_PARTS } from '../../../domain/forms/questions/address-parts.ts';
import { askedParts } from '../../../domain/forms/questions/contact.ts';
import { PartsFieldset } from './parts-fieldset.tsx';
import type { RenderProps } from './render-props.ts';

/** The parts the definition asks for, in the engine's order; optional ones marked "(valfritt)". */
export function ContactField(props: RenderProps<ContactQuestion>): Html {
  const q = props.question;
  const parts = askedParts(q).map((part) => {
    const field = (ADDRESS_PARTS as readonly string[]).includes(part) ? 'address' : part;
    return { part, optional: q.fields[field as keyof ContactQuestion['fields']] === 'optional' };
  });
  return <PartsFieldset {...props} parts={parts} />;
}
