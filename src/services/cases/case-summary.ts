import type { Answers } from '../../domain/forms/answers.ts';
import type { FormDefinition } from '../../domain/forms/definition.ts';
import { summaryAnswers } from '../../domain/forms/format.ts';

const SWEDISH_TEXTS = { yes: 'Ja', no: 'Nej', consented: 'Godkänt' };

/**
 * The case's `summary` column: the summary answers as text, by question key,
 * in Swedish (what case lists and the search text read). `keys` are the
 * e-service's summary fields; empty means the questions marked `summary`.
 * Written on submit, on a supplement, on an officer's edit and for manual cases.
 */
export function caseSummaryColumn(
  definition: FormDefinition,
  answers: Answers,
  keys: readonly string[],
): Record<string, string> {
  const summary: Record<string, string> = {};
  for (const s of summaryAnswers(definition, answers, { lang: 'sv', texts: SWEDISH_TEXTS }, keys)) {
    summary[s.key] = Array.isArray(s.value) ? s.value.join(', ') : s.value;
  }
  return summary;
}
