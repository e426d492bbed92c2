/**
 * Driving a page with the keyboard alone, the way a resident who cannot use a
 * mouse does: Tab and Shift+Tab to move, Space and Enter to act, arrow keys
 * inside radio groups and selects, typing into boxes. No click, fill or
 * check. Every move goes through `tabTo`, which presses Tab until the wanted
 * control has focus and fails after a number of presses, so a control that
 * the keyboard cannot reach, or a trap that keeps focus from moving on,
 * fails the test with the path focus took.
 *
 *   await tabTo(page, 'Fortsätt');                       // accessible name
 *   await typeInto(page, page.getByLabel('Namn'), 'Anna');
 *   await chooseRadio(page, page.getByRole('radiogroup', …).getByRole('radio'), 'Svår');
 *   await pressAndWaitForPage(page, 'Enter');
 */
import assert from 'node:assert/strict';
import type { FileChooser, Locator, Page } from 'playwright-core';

/** What to move focus to: a locator (the element itself), or an accessible name. */
export type FocusTarget = Locator | string | RegExp;

export interface TabOptions {
  /** Presses before giving up. Generous for long pages; a trap still fails. */
  max?: number;
  /** Shift+Tab instead of Tab. */
  backwards?: boolean;
}

interface FocusedElement {
  /** "checkbox \"Medicinska skäl\"", "link \"Tillbaka\"", or "(page)" when nothing has focus. */
  description: string;
  /** The accessible name, as a screen reader announces it. */
  name: string;
  /** Nothing focused: the document itself (before the first control or past the last). */
  onPage: boolean;
}

/** The focused element's role and accessible name, from Chromium's accessibility tree. */
export async function focusedElement(page: Page): Promise<FocusedElement> {
  const onPage = await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { activeElement: unknown; body: unknown } }).document;
    return doc.activeElement === null || doc.activeElement === doc.body;
  });
  if (onPage) return { description: '(page)', name: '', onPage: true };
  const snapshot = await page.locator(':focus').ariaSnapshot({ timeout: 2000 });
  // The first line is the focused element itself: `- role "name" [checked]`.
  const first = snapshot.split('\n')[0]?.replace(/^- /, '') ?? '';
  const name = /^[\w-]+ "((?:[^"\\]|\\.)*)"/.exec(first)?.[1]?.replace(/\\"/g, '"') ?? '';
  return { description: first.replace(/:$/, ''), name, onPage: false };
}

/**
 * A quick look at the focused element, in one round trip: where it is, and
 * every text its accessible name can come from (labels, aria-label and
 * -labelledby, its content, title, alt). The name itself is only asked of
 * Chromium's accessibility tree when one of these could match the target.
 */
interface Glance {
  onPage: boolean;
  where: string;
  texts: string[];
}

function glance(page: Page): Promise<Glance> {
  return page.evaluate(() => {
    type El = {
      tagName: string;
      id: string;
      textContent: string | null;
      labels?: ArrayLike<El> | null;
      getAttribute(name: string): string | null;
      querySelectorAll(selector: string): ArrayLike<El>;
    };
    const doc = (
      globalThis as unknown as {
        document: { activeElement: El | null; body: unknown; getElementById(id: string): El | null };
      }
    ).document;
    const el = doc.activeElement;
    if (el === null || el === doc.body) return { onPage: true, where: '(page)', texts: [] };
    const texts = [
      el.getAttribute('aria-label'),
      ...(el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => doc.getElementById(id)?.textContent),
      ...Array.from(el.labels ?? []).map((l) => l.textContent),
      el.textContent,
      el.getAttribute('title'),
      el.getAttribute('alt'),
      ...Array.from(el.querySelectorAll('img[alt]')).map((i) => i.getAttribute('alt')),
    ]
      // No named helpers in here: the function runs in the page, where the test transpiler's __name() does not exist.
      .map((x) => (x ?? '').replace(/\s+/g, ' ').trim())
      .filter((x) => x !== '');
    const where = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(texts[0] ?? '').slice(0, 60)}"`;
    return { onPage: false, where, texts: [...texts, texts.join(' ')] };
  });
}

async function isFocused(page: Page, target: FocusTarget, seen: Glance): Promise<boolean> {
  if (seen.onPage) return false;
  if (typeof target === 'string' || target instanceof RegExp) {
    const could = seen.texts.some((x) => (typeof target === 'string' ? x.includes(target) : target.test(x)));
    if (!could) return false;
    const { name } = await focusedElement(page);
    return typeof target === 'string' ? name === target : target.test(name);
  }
  // No waiting and no strictness: any of the locator's elements will do.
  return target.evaluateAll((els) =>
    els.includes((globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement),
  );
}

function describeTarget(target: FocusTarget): string {
  return typeof target === 'string' || target instanceof RegExp ? String(target) : target.toString();
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus. Fails after `max`
 * presses, or once focus has gone round the whole page twice without
 * reaching it (the control is not in the tab order), listing where focus went.
 */
export async function tabTo(page: Page, target: FocusTarget, options: TabOptions = {}): Promise<void> {
  const max = options.max ?? 80;
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  if (await isFocused(page, target, await glance(page))) return;
  const path: string[] = [];
  let roundTrips = 0;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const seen = await glance(page);
    path.push(seen.where);
    if (await isFocused(page, target, seen)) return;
    if (seen.onPage && ++roundTrips >= 2) break;
  }
  assert.fail(
    `${key} did not reach ${describeTarget(target)} on ${page.url()} after ${path.length} presses.\n` +
      `Focus went:\n  ${path.join('\n  ')}`,
  );
}

/** Presses a key and waits for the page it leads to (a link followed, a form posted). */
export async function pressAndWaitForPage(page: Page, key: 'Enter' | 'Space'): Promise<void> {
  const loaded = page.waitForEvent('load');
  await page.keyboard.press(key);
  await loaded;
}

/** Tabs to a link or button and presses Enter on it, waiting for the next page. */
export async function activate(page: Page, target: FocusTarget, options: TabOptions = {}): Promise<void> {
  await tabTo(page, target, options);
  await pressAndWaitForPage(page, 'Enter');
}

/** Tabs to a text box and types `text` in place of what it holds. */
export async function typeInto(
  page: Page,
  target: FocusTarget,
  text: string,
  options: TabOptions = {},
): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press('ControlOrMeta+A');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(text);
}

/** Tabs to a checkbox and presses Space if it is not already as wanted. */
export async function setCheckbox(
  page: Page,
  checkbox: Locator,
  checked: boolean,
  options: TabOptions = {},
): Promise<void> {
  await tabTo(page, checkbox, options);
  if ((await checkbox.isChecked()) !== checked) await page.keyboard.press('Space');
  assert.equal(await checkbox.isChecked(), checked, `${checkbox} should be ${checked ? '' : 'un'}checked`);
}

/**
 * Chooses a radio button as a keyboard user does: Tab into the group (focus
 * lands on the checked radio, or the first), then ArrowDown until the wanted
 * one is checked (arrows move and check at once; Space checks the first).
 * `radios` are the group's radio buttons.
 */
export async function chooseRadio(
  page: Page,
  radios: Locator,
  option: FocusTarget,
  options: TabOptions = {},
): Promise<void> {
  await tabTo(page, radios, options);
  const count = await radios.count();
  for (let i = 0; i <= count; i++) {
    if (await isFocused(page, option, await glance(page))) {
      await page.keyboard.press('Space');
      const checked = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { checked?: boolean } } }).document
            .activeElement.checked,
      );
      assert.equal(checked, true, `Space should check ${describeTarget(option)}`);
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  assert.fail(`ArrowDown in ${radios} never reached ${describeTarget(option)}`);
}

/**
 * Chooses an option in a closed <select> with the arrow keys (no list pops
 * up): ArrowDown from the top until the option whose text matches is chosen.
 */
export async function chooseOption(
  page: Page,
  select: Locator,
  optionText: string | RegExp,
  options: TabOptions = {},
): Promise<void> {
  await tabTo(page, select, options);
  const count = await select.locator('option').count();
  await page.keyboard.press('Home');
  for (let i = 0; i <= count; i++) {
    const text = await select.evaluate((el) => {
      const s = el as unknown as { selectedOptions: { textContent: string | null }[] };
      return s.selectedOptions[0]?.textContent?.trim() ?? '';
    });
    if (typeof optionText === 'string' ? text === optionText : optionText.test(text)) return;
    await page.keyboard.press('ArrowDown');
  }
  assert.fail(`ArrowDown in ${select} never chose ${String(optionText)}`);
}

/**
 * Catches the file choosers the page opens (a file input activated with
 * Space or Enter) from now on; call the returned function to take the next
 * one. Listening from early on matters: Chromium hands the chooser to the
 * test only once interception is switched on, which takes a round trip, and
 * a chooser opened before that is lost.
 */
export function catchFileChoosers(page: Page): (timeoutMs?: number) => Promise<FileChooser> {
  const caught: FileChooser[] = [];
  page.on('filechooser', (chooser) => caught.push(chooser));
  return async (timeoutMs = 10_000) => {
    for (const started = Date.now(); Date.now() - started < timeoutMs; ) {
      const chooser = caught.shift();
      if (chooser) return chooser;
      await page.waitForTimeout(50);
    }
    return assert.fail(`no file chooser opened on ${page.url()} within ${timeoutMs} ms`);
  };
}
