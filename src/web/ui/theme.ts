/**
 * The municipality's colour, applied through CSS custom properties that
 * ingang.css reads (header, menu accent, links, notification banners). The
 * colour comes from an administrator, so it is checked here: every text on it
 * and every link drawn in it meets WCAG 2.1 AA (4.5:1), darkening the colour
 * where it has to. Served at `<basePath>/theme.css`, so no inline style is needed.
 */

type Rgb = readonly [number, number, number];

/** The colour used when a municipality has none, or an unreadable one. */
export const DEFAULT_BRAND_COLOUR = '#1d5a8e';

const WHITE: Rgb = [255, 255, 255];
/** govuk-frontend's text colour: softer than pure black, still 19:1 on white. */
const NEAR_BLACK: Rgb = [11, 12, 12];
/** govuk-frontend's link blue, for brands too grey to make links look like links. */
const DEFAULT_LINK: Rgb = [29, 112, 184];
/** The lightest background links sit on (the footer). */
const LIGHT_GREY: Rgb = [243, 242, 241];
const AA = 4.5;

export function parseHexColour(value: string): Rgb | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!m?.[1]) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.1 relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio, from 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Mixes towards black by `amount` (0–1), keeping the hue. */
function darken(rgb: Rgb, amount: number): Rgb {
  return rgb.map((c) => c * (1 - amount)) as unknown as Rgb;
}

/** Darkens in small steps until `ok` holds (black always satisfies the checks we make). */
function darkenUntil(rgb: Rgb, ok: (c: Rgb) => boolean): Rgb {
  for (let step = 0; step <= 100; step += 1) {
    const c = darken(rgb, step / 100);
    // Round as the CSS will, so the check is made on the colour actually shown.
    const shown = c.map(Math.round) as unknown as Rgb;
    if (ok(shown)) return shown;
  }
  return [0, 0, 0];
}

export interface Theme {
  /** Header and accent background. */
  brand: string;
  /** Text on the brand background: white or near-black, whichever passes (white preferred). */
  brandText: string;
  /** Links on white and light grey. */
  link: string;
  linkHover: string;
}

export function themeFor(brandColour: string): Theme {
  const input = parseHexColour(brandColour) ?? (parseHexColour(DEFAULT_BRAND_COLOUR) as Rgb);
  let brand = input;
  let text: Rgb;
  if (contrastRatio(brand, WHITE) >= AA) text = WHITE;
  else if (contrastRatio(brand, NEAR_BLACK) >= AA) text = NEAR_BLACK;
  else {
    // A mid-tone that neither white nor black text reads well on.
    brand = darkenUntil(brand, (c) => contrastRatio(c, WHITE) >= AA);
    text = WHITE;
  }
  // A black or grey brand would give links the colour of body text or of
  // disabled text; such brands keep the familiar blue links.
  const grey = Math.max(...input) - Math.min(...input) < 40;
  const link = darkenUntil(
    grey ? DEFAULT_LINK : input,
    (c) => contrastRatio(c, WHITE) >= AA && contrastRatio(c, LIGHT_GREY) >= AA,
  );
  const linkHover = darkenUntil(darken(link, 0.3), (c) => contrastRatio(c, LIGHT_GREY) >= AA);
  return { brand: toHex(brand), brandText: toHex(text), link: toHex(link), linkHover: toHex(linkHover) };
}

/** The stylesheet served at `<basePath>/theme.css`: custom properties only. */
export function themeCss(brandColour: string): string {
  const theme = themeFor(brandColour);
  return `:root{--ingang-brand:${theme.brand};--ingang-brand-text:${theme.brandText};--ingang-link:${theme.link};--ingang-link-hover:${theme.linkHover}}\n`;
}
