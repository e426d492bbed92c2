import type { Html } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';
import type { Requirement } from './types.ts';

/**
 * " (obligatoriskt)" or " (valfritt)" after a label or legend: the requirement
 * is said in words, never by colour or an asterisk alone.
 */
export function RequirementMark(props: { t: Translator; requirement: Requirement | undefined }): Html | null {
  if (!props.requirement) return null;
  const text = props.t.t(props.requirement === 'required' ? 'components.required' : 'components.optional');
  return <span class="ingang-requirement"> {text}</span>;
}
