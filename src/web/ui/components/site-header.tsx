import type { Html } from '#jsx/jsx-runtime';
import { href, type PageContext } from '../page-context.ts';
import { CsrfField } from './csrf-field.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';

/** The platform's own name, shown where no municipality is chosen yet. */
export const PLATFORM_NAME = 'Ingång';

function Home(props: { ctx: PageContext }): Html {
  const { ctx } = props;
  const m = ctx.municipality;
  if (!m) {
    return (
      <a class="ingang-header__home" href="/">
        <span class="ingang-header__name">{PLATFORM_NAME}</span>
      </a>
    );
  }
  // The logo is the link's only content, so its alt text names the link's destination.
  return (
    <a class="ingang-header__home" href={href(ctx, '/')}>
      {m.logoUrl ? (
        <img
          class="ingang-header__logo"
          src={m.logoUrl}
          alt={ctx.t.t('layout.homeOf', { municipality: m.name })}
        />
      ) : (
        <span class="ingang-header__name">
          {m.name}
          <span class="govuk-visually-hidden"> – {ctx.t.t('layout.home')}</span>
        </span>
      )}
    </a>
  );
}

function Account(props: { ctx: PageContext }): Html | null {
  const { ctx } = props;
  if (ctx.user) {
    return (
      <div class="ingang-header__account">
        <span class="ingang-header__user">{ctx.t.t('layout.loggedInAs', { name: ctx.user.name })}</span>
        <form class="ingang-header__logout" method="post" action={href(ctx, '/logga-ut')}>
          <CsrfField token={ctx.csrfToken} />
          <button type="submit" class="ingang-header__link ingang-header__button">
            {ctx.t.t('layout.logout')}
          </button>
        </form>
      </div>
    );
  }
  // Login belongs to a municipality; the platform's own pages have none.
  if (!ctx.municipality) return null;
  return (
    <div class="ingang-header__account">
      <a class="ingang-header__link" href={href(ctx, '/logga-in')}>
        {ctx.t.t('layout.login')}
      </a>
    </div>
  );
}

/**
 * The banner: the municipality's logo or name (linking to its start page) on
 * the brand colour, the language switcher and the login state. A test
 * environment says so in words above it.
 */
export function SiteHeader(props: { ctx: PageContext }): Html {
  const { ctx } = props;
  return (
    <header class="ingang-header">
      {ctx.testEnvironment ? (
        <div class="ingang-test-banner">
          <p class="govuk-width-container ingang-test-banner__text">{ctx.t.t('layout.testService')}</p>
        </div>
      ) : null}
      <div class="govuk-width-container ingang-header__container">
        <Home ctx={ctx} />
        <div class="ingang-header__tools">
          <LanguageSwitcher ctx={ctx} />
          <Account ctx={ctx} />
        </div>
      </div>
    </header>
  );
}
