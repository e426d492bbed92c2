import type { Html } from '#jsx/jsx-runtime';
import { href, type PageContext, type PageMunicipality } from '../page-context.ts';

function Contact(props: { ctx: PageContext; m: PageMunicipality }): Html | null {
  const { ctx, m } = props;
  if (!m.contactPhone && !m.contactEmail && !m.contactAddress) return null;
  return (
    <div class="ingang-footer__contact">
      <h2 class="govuk-heading-s">{ctx.t.t('layout.contact', { municipality: m.name })}</h2>
      <dl class="ingang-footer__details">
        {m.contactPhone ? (
          <div>
            <dt>{ctx.t.t('layout.phone')}</dt>
            <dd>
              <a class="ingang-footer__link" href={`tel:${m.contactPhone.replace(/[^+0-9]/g, '')}`}>
                <bdi dir="ltr">{m.contactPhone}</bdi>
              </a>
            </dd>
          </div>
        ) : null}
        {m.contactEmail ? (
          <div>
            <dt>{ctx.t.t('layout.email')}</dt>
            <dd>
              <a class="ingang-footer__link" href={`mailto:${m.contactEmail}`}>
                <bdi>{m.contactEmail}</bdi>
              </a>
            </dd>
          </div>
        ) : null}
        {m.contactAddress ? (
          <div>
            <dt>{ctx.t.t('layout.address')}</dt>
            <dd class="ingang-preserve-lines">
              <bdi>{m.contactAddress}</bdi>
            </dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}

/**
 * The contentinfo: the municipality's contact details, the accessibility
 * statement and personal data pages (both required of a public body), and
 * the platform's name.
 */
export function SiteFooter(props: { ctx: PageContext }): Html {
  const { ctx } = props;
  const m = ctx.municipality;
  return (
    <footer class="ingang-footer">
      <div class="govuk-width-container ingang-footer__container">
        {m ? <Contact ctx={ctx} m={m} /> : null}
        <ul class="ingang-footer__links">
          <li>
            <a class="ingang-footer__link" href={href(ctx, '/tillganglighet')}>
              {ctx.t.t('layout.accessibility')}
            </a>
          </li>
          <li>
            <a class="ingang-footer__link" href={href(ctx, '/personuppgifter')}>
              {ctx.t.t('layout.personalData')}
            </a>
          </li>
        </ul>
        <p class="ingang-footer__powered">{ctx.t.t('layout.poweredBy')}</p>
      </div>
    </footer>
  );
}
