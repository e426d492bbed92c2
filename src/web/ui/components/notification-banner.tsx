import type { Children, Html } from '#jsx/jsx-runtime';
import type { Translator } from '../i18n/translator.ts';

export interface NotificationBannerProps {
  t: Translator;
  /** 'success' after an action (role=alert, focused on load); 'info' otherwise (a region). */
  type?: 'info' | 'success';
  /** Defaults to "Viktigt" / "Klart". */
  title?: string;
  /** Unique on the page; the banner is labelled by its title. */
  id?: string;
  /** A success banner takes focus on load; turn that off when something else must (an error summary). */
  disableAutoFocus?: boolean;
  children: Children;
}

/** A message about the whole page or service, above the <h1>. Plain text is shown as one bold line. */
export function NotificationBanner(props: NotificationBannerProps): Html {
  const { t } = props;
  const success = props.type === 'success';
  const titleId = `${props.id ?? 'notification-banner'}-title`;
  const title =
    props.title ?? t.t(success ? 'components.notification.success' : 'components.notification.important');
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is region or alert, and both take a label
    <div
      class={
        success ? 'govuk-notification-banner govuk-notification-banner--success' : 'govuk-notification-banner'
      }
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      data-disable-auto-focus={props.disableAutoFocus ? 'true' : undefined}
      id={props.id}
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id={titleId}>
          {title}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        {typeof props.children === 'string' ? (
          <p class="govuk-notification-banner__heading">{props.children}</p>
        ) : (
          props.children
        )}
      </div>
    </div>
  );
}
