import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BackLink } from '../../../../src/web/ui/components/back-link.tsx';
import { Breadcrumbs } from '../../../../src/web/ui/components/breadcrumbs.tsx';
import { Button, ButtonGroup } from '../../../../src/web/ui/components/button.tsx';
import { CsrfField } from '../../../../src/web/ui/components/csrf-field.tsx';
import { Fieldset } from '../../../../src/web/ui/components/fieldset.tsx';
import { Form } from '../../../../src/web/ui/components/form.tsx';
import { Heading, PageHeading } from '../../../../src/web/ui/components/heading.tsx';
import { InlineHelp } from '../../../../src/web/ui/components/inline-help.tsx';
import { NotificationBanner } from '../../../../src/web/ui/components/notification-banner.tsx';
import { Panel } from '../../../../src/web/ui/components/panel.tsx';
import { Tag } from '../../../../src/web/ui/components/tag.tsx';
import { VisuallyHidden } from '../../../../src/web/ui/components/visually-hidden.tsx';
import { WarningText } from '../../../../src/web/ui/components/warning-text.tsx';
import { en, sv } from './context.ts';
import { find, findAll, text, textOf } from './html.ts';

describe('Button', () => {
  it('submits by default, with a name and value for forms with several actions', () => {
    const b = find(
      <Button name="action" value="save" variant="secondary" preventDoubleClick>
        Spara
      </Button>,
      'button',
    );
    assert.equal(b.attrs.type, 'submit');
    assert.equal(b.attrs.name, 'action');
    assert.equal(b.attrs.value, 'save');
    assert.equal(b.attrs.class, 'govuk-button govuk-button--secondary');
    assert.equal(b.attrs['data-prevent-double-click'], 'true');
    assert.equal(b.attrs['data-module'], 'govuk-button');
  });

  it('can be a link that looks like a button, with the start arrow hidden from screen readers', () => {
    const html = (
      <Button href="/demo/start" start>
        Starta
      </Button>
    );
    const a = find(html, 'a');
    assert.equal(a.attrs.href, '/demo/start');
    assert.equal(a.attrs.role, 'button');
    assert.equal(a.attrs.class, 'govuk-button govuk-button--start');
    assert.equal(find(html, 'svg').attrs['aria-hidden'], 'true');
  });

  it('marks a disabled button for assistive technology too', () => {
    const b = find(<Button disabled>Skicka</Button>, 'button');
    assert.ok('disabled' in b.attrs);
    assert.equal(b.attrs['aria-disabled'], 'true');
    assert.match(String(<ButtonGroup>x</ButtonGroup>), /^<div class="govuk-button-group">/);
  });
});

describe('forms', () => {
  it('puts the CSRF token in every POST form, and turns off browser validation', () => {
    const html = (
      <Form ctx={{ csrfToken: 'tok"en' }} action="/demo/skicka" multipart>
        x
      </Form>
    );
    const form = find(html, 'form');
    assert.equal(form.attrs.method, 'post');
    assert.equal(form.attrs.enctype, 'multipart/form-data');
    assert.ok('novalidate' in form.attrs);
    assert.equal(find(html, 'input', { type: 'hidden', name: '_csrf' }).attrs.value, 'tok"en');
  });

  it('sends no token with GET forms', () => {
    assert.equal(
      findAll(
        <Form ctx={{ csrfToken: 't' }} action="/s" method="get">
          x
        </Form>,
        'input',
      ).length,
      0,
    );
    assert.equal(String(<CsrfField token="a" />), '<input type="hidden" name="_csrf" value="a">');
  });

  it('groups fields under a legend, which can hold the page heading', () => {
    const html = String(
      <Fieldset legend="Adress" legendSize="m" t={sv} requirement="optional">
        x
      </Fieldset>,
    );
    assert.match(
      html,
      /<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Adress<span class="ingang-requirement"> \(valfritt\)<\/span><\/legend>/,
    );
  });
});

describe('messages and status', () => {
  it('labels an information banner as a region by its title', () => {
    const html = (
      <NotificationBanner t={sv} id="info">
        Handläggningstiden är fyra veckor.
      </NotificationBanner>
    );
    const banner = find(html, 'div', { 'data-module': 'govuk-notification-banner' });
    assert.equal(banner.attrs.role, 'region');
    assert.equal(banner.attrs['aria-labelledby'], 'info-title');
    assert.equal(textOf(html, 'info-title'), 'Viktigt');
    assert.match(String(html), /<p class="govuk-notification-banner__heading">Handläggningstiden/);
  });

  it('announces a success banner as an alert', () => {
    const html = (
      <NotificationBanner t={en} type="success" disableAutoFocus>
        Saved
      </NotificationBanner>
    );
    const banner = find(html, 'div', { role: 'alert' });
    assert.equal(banner.attrs['data-disable-auto-focus'], 'true');
    assert.equal(textOf(html, 'notification-banner-title'), 'Success');
  });

  it('confirms with a panel that is the page heading', () => {
    const html = String(<Panel title="Ansökan skickad">Ärendenummer 2026-0104</Panel>);
    assert.match(html, /<h1 class="govuk-panel__title">Ansökan skickad<\/h1>/);
    assert.match(
      String(<Panel title="x" headingLevel={2} />),
      /<h2 class="govuk-panel__title">x<\/h2><\/div>$/,
    );
  });

  it('colours tags by status, keeping the text', () => {
    assert.equal(
      String(<Tag colour="green">Klart</Tag>),
      '<strong class="govuk-tag govuk-tag--green">Klart</strong>',
    );
    assert.equal(String(<Tag>Inskickat</Tag>), '<strong class="govuk-tag">Inskickat</strong>');
  });

  it('says "Varning" to screen readers before a warning', () => {
    assert.equal(
      text(<WarningText t={sv}>Du kan inte ändra ansökan.</WarningText>),
      '! Varning Du kan inte ändra ansökan.',
    );
  });
});

describe('navigation and text', () => {
  it('marks the current page in breadcrumbs and labels the navigation', () => {
    const html = (
      <Breadcrumbs t={sv} items={[{ text: 'Startsida', href: '/demo/' }, { text: 'Skolskjuts' }]} />
    );
    assert.equal(find(html, 'nav').attrs['aria-label'], 'Du är här');
    assert.equal(find(html, 'li', { 'aria-current': 'page' }).name, 'li');
    assert.equal(find(html, 'a').attrs.href, '/demo/');
  });

  it('writes "Tillbaka" in the page language unless told otherwise', () => {
    assert.equal(String(<BackLink t={sv} href="/a" />), '<a href="/a" class="govuk-back-link">Tillbaka</a>');
    assert.equal(text(<BackLink t={en} href="/a" text="Back to your cases" />), 'Back to your cases');
  });

  it('keeps help in a details element that opens in place', () => {
    const html = String(<InlineHelp summary="Vad räknas?">Lön och bidrag.</InlineHelp>);
    assert.match(html, /^<details class="govuk-details"><summary class="govuk-details__summary">/);
  });

  it('renders headings by level and size', () => {
    assert.equal(String(<Heading level={2}>A</Heading>), '<h2 class="govuk-heading-m">A</h2>');
    assert.equal(
      String(
        <Heading level={3} size="l">
          A
        </Heading>,
      ),
      '<h3 class="govuk-heading-l">A</h3>',
    );
    assert.equal(
      String(<PageHeading caption="Skolskjuts">Om eleven</PageHeading>),
      '<h1 class="govuk-heading-l"><span class="govuk-caption-l">Skolskjuts</span>Om eleven</h1>',
    );
    assert.equal(String(<VisuallyHidden>x</VisuallyHidden>), '<span class="govuk-visually-hidden">x</span>');
  });
});
