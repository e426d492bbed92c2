// The e-service question fields in one import; see README.md.
export { DefaultSubmit } from './default-submit.tsx';
export { errorAnchor, errorMessage, toSummaryErrors } from './error-messages.ts';
export { type FormAction, pressedAction, withAddedRow } from './form-actions.ts';
export { questionAnchor } from './question-anchor.ts';
export { QuestionField, type QuestionFieldProps } from './question-field.tsx';
export { RENDERERS } from './registry.ts';
export { RevealedBanner } from './revealed-banner.tsx';
