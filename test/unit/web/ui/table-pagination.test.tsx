import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Pagination, pageItems } from '../../../../src/web/ui/components/pagination.tsx';
import { Table } from '../../../../src/web/ui/components/table.tsx';
import { withQuery } from '../../../../src/web/ui/components/with-query.ts';
import { sv } from './context.ts';
import { find, findAll, text } from './html.ts';

interface Row {
  id: string;
  amount: number;
}

const rows: Row[] = [
  { id: '2026-1', amount: 5 },
  { id: '2026-2', amount: 10 },
];

function table(sort: { key: string; dir: 'asc' | 'desc' } | null) {
  return (
    <Table
      t={sv}
      caption="Ärenden"
      url="/demo/arenden?status=ny&page=3"
      sort={sort}
      columns={[
        { key: 'id', header: 'Ärende', cell: (r: Row) => r.id, sortable: true, rowHeader: true },
        { key: 'amount', header: 'Belopp', cell: (r: Row) => r.amount, sortable: true, numeric: true },
        { key: 'note', header: 'Notering', cell: () => '<i>x</i>' },
      ]}
      rows={rows}
    />
  );
}

describe('Table', () => {
  it('marks the sorted column with aria-sort and offers the other direction', () => {
    const html = table({ key: 'amount', dir: 'asc' });
    const sorted = findAll(html, 'th', { 'aria-sort': 'ascending' });
    assert.equal(sorted.length, 1);
    assert.match(sorted[0]?.attrs.class ?? '', /govuk-table__header--numeric/);
    assert.equal(findAll(html, 'th', { 'aria-sort': 'none' }).length, 1);
    const links = findAll(html, 'a').map((a) => a.attrs.href);
    assert.deepEqual(links, [
      '/demo/arenden?status=ny&sort=id&dir=asc',
      '/demo/arenden?status=ny&sort=amount&dir=desc',
    ]);
    assert.match(text(html), /Belopp \(sortera fallande\)/);
  });

  it('sorts with plain links, keeping filters and going back to page 1', () => {
    const html = table(null);
    for (const a of findAll(html, 'a')) assert.doesNotMatch(a.attrs.href ?? '', /page=/);
    assert.equal(findAll(html, 'th', { 'aria-sort': 'descending' }).length, 0);
  });

  it('has a caption, column headers, row headers and escaped cells', () => {
    const html = String(table(null));
    assert.match(
      html,
      /<caption class="govuk-table__caption govuk-table__caption--m" id="table-Arenden-caption">Ärenden<\/caption>/,
    );
    assert.equal(findAll(html, 'th', { scope: 'col' }).length, 3);
    assert.equal(findAll(html, 'th', { scope: 'row' }).length, 2);
    assert.match(html, /&lt;i&gt;x&lt;\/i&gt;/);
    assert.equal(find(html, 'section').attrs['aria-labelledby'], 'table-Arenden-caption');
  });
});

describe('pageItems', () => {
  it('shows the first, last, current and neighbours, with gaps', () => {
    assert.deepEqual(pageItems(1, 1), [1]);
    assert.deepEqual(pageItems(1, 5), [1, 2, null, 5]);
    assert.deepEqual(pageItems(5, 10), [1, null, 4, 5, 6, null, 10]);
    assert.deepEqual(pageItems(3, 10), [1, 2, 3, 4, null, 10]);
    assert.deepEqual(pageItems(10, 10), [1, null, 9, 10]);
    assert.deepEqual(pageItems(4, 7), [1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('Pagination', () => {
  it('renders nothing for a single page', () => {
    assert.equal(Pagination({ t: sv, current: 1, total: 1, url: '/x' }), null);
  });

  it('is a labelled navigation with the current page marked', () => {
    const html = <Pagination t={sv} current={5} total={10} url="/demo/arenden?status=ny&page=5" />;
    assert.equal(find(html, 'nav').attrs['aria-label'], 'Sidnumrering');
    const current = find(html, 'a', { 'aria-current': 'page' });
    assert.equal(current.attrs['aria-label'], 'Sida 5');
    assert.equal(current.attrs.href, '/demo/arenden?status=ny&page=5');
    assert.equal(find(html, 'a', { rel: 'prev' }).attrs.href, '/demo/arenden?status=ny&page=4');
    assert.equal(find(html, 'a', { rel: 'next' }).attrs.href, '/demo/arenden?status=ny&page=6');
    assert.equal(find(html, 'a', { 'aria-label': 'Sida 1' }).attrs.href, '/demo/arenden?status=ny');
    assert.equal(
      findAll(html, 'li', { class: 'govuk-pagination__item govuk-pagination__item--ellipsis' }).length,
      2,
    );
    assert.match(text(html), /^Föregående/);
    assert.match(text(html), /Nästa$/);
  });

  it('has no previous link on the first page and no next link on the last', () => {
    assert.equal(
      findAll(<Pagination t={sv} current={1} total={3} url="/x" />, 'a', { rel: 'prev' }).length,
      0,
    );
    assert.equal(
      findAll(<Pagination t={sv} current={3} total={3} url="/x" />, 'a', { rel: 'next' }).length,
      0,
    );
  });
});

describe('withQuery', () => {
  it('sets and removes parameters and keeps the rest', () => {
    assert.equal(withQuery('/a?x=1&y=2', { y: null, lang: 'en' }), '/a?x=1&lang=en');
    assert.equal(withQuery('/a', { page: 2 }), '/a?page=2');
    assert.equal(withQuery('/a?q=%C3%A5%20b', { page: null }), '/a?q=%C3%A5+b');
  });

  it('never leaves the site, whatever the current URL', () => {
    assert.equal(withQuery('//evil.example/x?a=1', { lang: 'sv' }), '/x?a=1&lang=sv');
  });
});
