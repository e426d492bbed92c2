import type { Translator } from '../../../../web/ui/i18n/translator.ts';
import type { Html } from '../../../../web/ui/jsx/jsx-runtime.ts';
import { CancelForm, DevIdpPage } from './page.tsx';
import { decorativeQrCode, testCode } from './qr-art.ts';

export interface QrPageProps {
  t: Translator;
  stylesheetUrl: string;
  switchLanguageHref: string;
  /** Seed for the picture and code (the interaction id). */
  seed: string;
  /** The person step (GET), reached with "I have scanned the code". */
  action: string;
  changeMethodHref: string;
  cancelAction: string;
}

/** BankID on another device: a pretend QR code, then "I have scanned the code". */
export function QrPage(props: QrPageProps): Html {
  const { t } = props;
  return (
    <DevIdpPage
      t={t}
      title={t.t('devIdp.qr.title')}
      switchLanguageHref={props.switchLanguageHref}
      stylesheetUrl={props.stylesheetUrl}
    >
      <span class="govuk-caption-l">{t.t('devIdp.qr.caption')}</span>
      <h1 class="govuk-heading-l">{t.t('devIdp.qr.title')}</h1>
      <p class="govuk-body">{t.t('devIdp.qr.body')}</p>
      <div class="govuk-!-margin-bottom-4">{decorativeQrCode(props.seed)}</div>
      <p class="govuk-body govuk-!-font-weight-bold">
        {t.t('devIdp.qr.code', { code: testCode(props.seed) })}
      </p>
      <form method="get" action={props.action} novalidate>
        <input type="hidden" name="lang" value={t.lang} />
        <input type="hidden" name="method" value="bankid-qr" />
        <button type="submit" class="govuk-button" data-module="govuk-button">
          {t.t('devIdp.qr.scanned')}
        </button>
      </form>
      <p class="govuk-body">
        <a class="govuk-link" href={props.changeMethodHref}>
          {t.t('devIdp.qr.changeMethod')}
        </a>
      </p>
      <CancelForm t={t} action={props.cancelAction} lang={t.lang} />
    </DevIdpPage>
  );
}
