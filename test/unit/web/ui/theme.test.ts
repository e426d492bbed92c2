import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  contrastRatio,
  DEFAULT_BRAND_COLOUR,
  parseHexColour,
  themeCss,
  themeFor,
} from '../../../../src/web/ui/theme.ts';

const rgb = (hex: string) => {
  const c = parseHexColour(hex);
  assert.ok(c, hex);
  return c;
};
const WHITE = rgb('#ffffff');
const GREY = rgb('#f3f2f1');

describe('contrastRatio', () => {
  it('follows WCAG 2.1', () => {
    assert.equal(contrastRatio(rgb('#000'), WHITE), 21);
    assert.equal(contrastRatio(WHITE, WHITE), 1);
    assert.equal(contrastRatio(rgb('#767676'), WHITE).toFixed(2), '4.54');
  });
});

describe('themeFor', () => {
  const brands = [
    '#00605a',
    '#ffdd00',
    '#e4007f',
    '#808080',
    '#ff0000',
    '#8a8a00',
    '#3399ff',
    '#000000',
    '#ffffff',
    '#7a7a7a',
  ];

  for (const brand of brands) {
    it(`keeps text and links readable for ${brand}`, () => {
      const theme = themeFor(brand);
      assert.ok(contrastRatio(rgb(theme.brand), rgb(theme.brandText)) >= 4.5, 'text on the brand colour');
      assert.ok(contrastRatio(rgb(theme.link), WHITE) >= 4.5, 'links on white');
      assert.ok(contrastRatio(rgb(theme.link), GREY) >= 4.5, 'links on light grey');
      assert.ok(contrastRatio(rgb(theme.linkHover), GREY) >= 4.5, 'hovered links');
    });
  }

  it('keeps the brand colour when it already works, preferring white text', () => {
    assert.deepEqual(themeFor('#00605a'), {
      brand: '#00605a',
      brandText: '#ffffff',
      link: '#00605a',
      linkHover: '#00433f',
    });
    assert.equal(themeFor('#ffdd00').brandText, '#0b0c0c');
  });

  it('uses near-black text where white fails', () => {
    // #3399ff: 3.0:1 with white, 6.1:1 with near-black.
    assert.equal(themeFor('#3399ff').brandText, '#0b0c0c');
    assert.equal(themeFor('#3399ff').brand, '#3399ff');
  });

  it('darkens when both white and near-black fail', () => {
    // #b46400: 4.41:1 with white and 4.44:1 with #0b0c0c.
    const theme = themeFor('#b46400');
    assert.ok(contrastRatio(rgb('#b46400'), WHITE) < 4.5);
    assert.ok(contrastRatio(rgb('#b46400'), rgb('#0b0c0c')) < 4.5);
    assert.equal(theme.brand, '#b06200', 'darkened only as far as needed');
    assert.equal(theme.brandText, '#ffffff');
    assert.ok(contrastRatio(rgb(theme.brand), WHITE) >= 4.5);
  });

  it('gives grey and black brands the usual blue links', () => {
    assert.equal(themeFor('#000000').link, '#1d70b8');
    assert.equal(themeFor('#808080').link, '#1d70b8');
  });

  it('falls back to the default colour for anything that is not a hex colour', () => {
    assert.deepEqual(themeFor('red; } body { display: none'), themeFor(DEFAULT_BRAND_COLOUR));
    assert.deepEqual(themeFor('#12345'), themeFor(DEFAULT_BRAND_COLOUR));
    assert.equal(themeFor('#FFF').brand, '#ffffff');
  });
});

describe('themeCss', () => {
  it('sets only custom properties, from checked colours', () => {
    assert.equal(
      themeCss('#00605a'),
      ':root{--ingang-brand:#00605a;--ingang-brand-text:#ffffff;--ingang-link:#00605a;--ingang-link-hover:#00433f}\n',
    );
    assert.doesNotMatch(themeCss('x</style><script>'), /script|style/);
  });
});
