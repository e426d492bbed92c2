import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StepIndicator } from '../../../../src/web/ui/components/step-indicator.tsx';
import { SummaryList } from '../../../../src/web/ui/components/summary-list.tsx';
import { en, sv } from './context.ts';
import { find, findAll, text } from './html.ts';

describe('StepIndicator', () => {
  const steps = [
    { title: 'Om eleven', href: '/demo/steg/1' },
    { title: 'Kontakt', href: '/demo/steg/2' },
    { title: 'Bilagor', href: '/demo/steg/3' },
    { title: 'Skicka' },
  ];
  const html = <StepIndicator t={sv} steps={steps} current={2} />;

  it('says where you are in words', () => {
    assert.match(text(html), /^Steg 2 av 4/);
    assert.match(text(<StepIndicator t={en} steps={steps} current={3} />), /^Step 3 of 4/);
  });

  it('marks the current step with aria-current="step", and only that one', () => {
    const current = findAll(html, 'li', { 'aria-current': 'step' });
    assert.equal(current.length, 1);
    assert.match(current[0]?.attrs.class ?? '', /ingang-steps__item--current/);
    assert.match(String(html), /aria-current="step">.*?Kontakt<\/span><\/li>/);
  });

  it('links completed steps back, and only those', () => {
    assert.deepEqual(
      findAll(html, 'a').map((a) => a.attrs.href),
      ['/demo/steg/1'],
    );
    assert.match(text(html), /Om eleven \(klart\)/);
  });

  it('is an ordered list in a labelled navigation', () => {
    assert.equal(find(html, 'nav').attrs['aria-label'], 'Formulärets steg');
    assert.equal(findAll(html, 'ol').length, 1);
    assert.equal(findAll(html, 'li').length, 4);
  });
});

describe('SummaryList', () => {
  const html = (
    <SummaryList
      t={sv}
      rows={[
        { key: 'Förnamn', value: 'Anna <3', changeHref: '/demo/steg/1#firstName' },
        { key: 'Inkom', value: '3 oktober 2026' },
      ]}
    />
  );

  it('gives each change link its question as hidden context: "Ändra Förnamn"', () => {
    const a = find(html, 'a');
    assert.equal(a.attrs.href, '/demo/steg/1#firstName');
    assert.match(String(html), /Ändra<span class="govuk-visually-hidden"> Förnamn<\/span><\/a>/);
  });

  it('keeps rows without a change link aligned', () => {
    assert.equal(
      findAll(html, 'div', { class: 'govuk-summary-list__row govuk-summary-list__row--no-actions' }).length,
      1,
    );
  });

  it('escapes answers and keeps their line breaks', () => {
    assert.match(String(html), /Anna &lt;3/);
    assert.equal(findAll(html, 'dd', { class: 'govuk-summary-list__value ingang-preserve-lines' }).length, 2);
  });

  it('can be a card with a heading and a change link for the whole card', () => {
    const card = String(
      <SummaryList
        t={en}
        title="About the pupil"
        titleLevel={3}
        cardChangeHref="/x"
        rows={[{ key: 'A', value: 'B' }]}
      />,
    );
    assert.match(card, /<h3 class="govuk-summary-card__title">About the pupil<\/h3>/);
    assert.match(card, /Change<span class="govuk-visually-hidden"> About the pupil<\/span>/);
  });
});
