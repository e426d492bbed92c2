import type { Translator } from '../../../../web/ui/i18n/translator.ts';
import type { Html } from '../../../../web/ui/jsx/jsx-runtime.ts';
import { formatPersonalNumber, isCoordinationNumber } from '../../personal-number.ts';
import type { DevMethod } from '../methods.ts';
import type { TestPerson } from '../persons.ts';
import { CancelForm, DevIdpPage, ErrorMessage, ErrorSummary, type FieldError } from './page.tsx';

export const OTHER_PERSON = 'other';

export interface PersonPageProps {
  t: Translator;
  stylesheetUrl: string;
  switchLanguageHref: string;
  method: DevMethod;
  persons: readonly TestPerson[];
  /** Where the login is posted. */
  action: string;
  changeMethodHref: string;
  cancelAction: string;
  /** What was sent last time, kept on error. */
  selected?: string;
  typed?: string;
  errors?: { person?: string; personalNumber?: string };
}

function describe(t: Translator, person: TestPerson): string {
  const list = new Intl.ListFormat(t.lang === 'sv' ? 'sv-SE' : 'en-GB', { type: 'conjunction' });
  const parts = [formatPersonalNumber(person.personalNumber)];
  if (isCoordinationNumber(person.personalNumber)) parts.push(t.t('devIdp.person.coordinationNumber'));
  if (person.children?.length) {
    parts.push(
      t.t('devIdp.person.guardian', { children: list.format(person.children.map((c) => c.givenName)) }),
    );
  }
  if (person.signatoryFor) parts.push(t.t('devIdp.person.signatory', { company: person.signatoryFor.name }));
  return parts.join(', ');
}

/** Step 2: pick a test person or type a number of one's own. */
export function PersonPage(props: PersonPageProps): Html {
  const { t } = props;
  const errors = props.errors ?? {};
  const summary: FieldError[] = [];
  if (errors.person) summary.push({ field: 'person', message: errors.person });
  if (errors.personalNumber) summary.push({ field: 'personalNumber', message: errors.personalNumber });
  const otherChecked = props.selected === OTHER_PERSON;
  const personDescribedBy = ['person-hint', errors.person ? 'person-error' : ''].filter(Boolean).join(' ');
  const numberDescribedBy = ['personalNumber-hint', errors.personalNumber ? 'personalNumber-error' : '']
    .filter(Boolean)
    .join(' ');
  const methodName = t.t(`devIdp.method.${props.method}`);
  return (
    <DevIdpPage
      t={t}
      title={t.t('devIdp.person.title')}
      hasError={summary.length > 0}
      switchLanguageHref={props.switchLanguageHref}
      stylesheetUrl={props.stylesheetUrl}
    >
      <ErrorSummary t={t} errors={summary} />
      <form method="post" action={props.action} novalidate>
        <input type="hidden" name="lang" value={t.lang} />
        <input type="hidden" name="method" value={props.method} />
        <div class={`govuk-form-group${errors.person ? ' govuk-form-group--error' : ''}`}>
          <fieldset class="govuk-fieldset" aria-describedby={personDescribedBy}>
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--l">
              <span class="govuk-caption-l">{t.t('devIdp.person.caption', { method: methodName })}</span>
              <h1 class="govuk-fieldset__heading">{t.t('devIdp.person.title')}</h1>
            </legend>
            <div id="person-hint" class="govuk-hint">
              {t.t('devIdp.person.hint')}
            </div>
            <ErrorMessage t={t} id="person-error" message={errors.person} />
            <div class="govuk-radios" data-module="govuk-radios">
              {props.persons.map((person, i) => {
                const id = i === 0 ? 'person' : `person-${i + 1}`;
                return (
                  <div class="govuk-radios__item">
                    <input
                      class="govuk-radios__input"
                      id={id}
                      name="person"
                      type="radio"
                      value={person.personalNumber}
                      checked={props.selected === person.personalNumber}
                      aria-describedby={`${id}-item-hint`}
                    />
                    <label class="govuk-label govuk-radios__label" for={id}>
                      {person.givenName} {person.familyName}
                    </label>
                    <div id={`${id}-item-hint`} class="govuk-hint govuk-radios__hint">
                      {describe(t, person)}
                    </div>
                  </div>
                );
              })}
              <div class="govuk-radios__divider">{t.t('devIdp.person.or')}</div>
              <div class="govuk-radios__item">
                <input
                  class="govuk-radios__input"
                  id={props.persons.length === 0 ? 'person' : 'person-other'}
                  name="person"
                  type="radio"
                  value={OTHER_PERSON}
                  checked={otherChecked}
                  data-aria-controls="conditional-person-other"
                />
                <label
                  class="govuk-label govuk-radios__label"
                  for={props.persons.length === 0 ? 'person' : 'person-other'}
                >
                  {t.t('devIdp.person.other')}
                </label>
              </div>
              <div
                class={`govuk-radios__conditional${otherChecked ? '' : ' govuk-radios__conditional--hidden'}`}
                id="conditional-person-other"
              >
                <div class={`govuk-form-group${errors.personalNumber ? ' govuk-form-group--error' : ''}`}>
                  <label class="govuk-label" for="personalNumber">
                    {t.t('devIdp.person.otherLabel')}
                  </label>
                  <div id="personalNumber-hint" class="govuk-hint">
                    {t.t('devIdp.person.otherHint')}
                  </div>
                  <ErrorMessage t={t} id="personalNumber-error" message={errors.personalNumber} />
                  <input
                    class={`govuk-input govuk-input--width-20${errors.personalNumber ? ' govuk-input--error' : ''}`}
                    id="personalNumber"
                    name="personalNumber"
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    spellcheck="false"
                    value={props.typed ?? ''}
                    aria-describedby={numberDescribedBy}
                  />
                </div>
              </div>
            </div>
          </fieldset>
        </div>
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {t.t('devIdp.person.submit')}
        </button>
      </form>
      <p class="govuk-body">
        <a class="govuk-link" href={props.changeMethodHref}>
          {t.t('devIdp.person.changeMethod')}
        </a>
      </p>
      <CancelForm t={t} action={props.cancelAction} lang={t.lang} />
    </DevIdpPage>
  );
}
