import { FIELD_PREFIX } from '../../../domain/forms/plan.ts';
import { fieldId } from '../components/field-id.ts';

/**
 * The id of a question's wrapper, `question-q-school`: where a link from
 * another page ("Ändra" on check answers) should land. A fragment that names
 * the control itself scrolls its label out of sight, and Chromium then starts
 * Tab from that control, so a keyboard user's first Tab skips the very field
 * they came to change. Landing on the wrapper shows the label, and the first
 * Tab reaches the question's first control. Field ids start with "q-", so
 * this never collides with one.
 */
export function questionAnchor(key: string): string {
  return `question-${fieldId(FIELD_PREFIX + key)}`;
}
