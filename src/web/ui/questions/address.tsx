import type { Html } from '#jsx/jsx-runtime';
import type { AddressQuestion } from '../../../domain/forms/definition.ts';
import { ADDRESS_PARTS } from '../../../domain/forms/questions/address-parts.ts';
import { PartsFieldset } from './parts-fieldset.tsx';
import type { RenderProps } from './render-props.ts';

/** Street, postal code and city: all three or none, so no part is marked optional on its own. */
export function AddressField(props: RenderProps<AddressQuestion>): Html {
  return <PartsFieldset {...props} parts={ADDRESS_PARTS.map((part) => ({ part, optional: false }))} />;
}
