import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GalleryPage } from '../../../../src/web/ui/gallery.tsx';
import { UI_LANGUAGES } from '../../../../src/web/ui/i18n/languages.ts';
import { testContext } from './context.ts';
import { findAll, tags } from './html.ts';

describe('GalleryPage', () => {
  for (const lang of UI_LANGUAGES) {
    it(`renders every component in ${lang} with one <h1> and unique ids`, () => {
      const html = GalleryPage(testContext({ lang, currentUrl: '/demo/_ui' }));
      assert.equal(findAll(html, 'h1').length, 1);
      const ids = tags(html)
        .map((t) => t.attrs.id)
        .filter((id): id is string => id !== undefined);
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      assert.deepEqual(dupes, []);
      // Every label and every aria reference points at an element that exists.
      const idSet = new Set(ids);
      for (const t of tags(html)) {
        if (t.name === 'label') assert.ok(idSet.has(t.attrs.for ?? ''), `label for=${t.attrs.for}`);
        for (const attr of ['aria-describedby', 'aria-labelledby', 'data-aria-controls']) {
          for (const ref of (t.attrs[attr] ?? '').split(/\s+/).filter(Boolean))
            assert.ok(idSet.has(ref), `${attr}=${ref}`);
        }
      }
      // Every error summary link has a target on the page.
      for (const a of findAll(html, 'a')) {
        const href = a.attrs.href ?? '';
        if (href.startsWith('#') && href.length > 1) assert.ok(idSet.has(href.slice(1)), href);
      }
    });
  }

  it('sorts its table and pages its list from the query', () => {
    const html = String(GalleryPage(testContext({ currentUrl: '/demo/_ui?sort=amount&dir=desc&page=3' })));
    assert.match(html, /aria-sort="descending"/);
    assert.match(html, /aria-current="page"[^>]*>3</);
    // Swedish groups thousands with a no-break space.
    assert.ok(html.indexOf('15\u00a0000') < html.indexOf('1\u00a0200'));
  });
});
