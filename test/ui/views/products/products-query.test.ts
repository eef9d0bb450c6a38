/** What the product drill-down asks the worker: the drilled selection, the sort order, the paging. */
import { describe, expect, it } from 'vitest';
import { ALL_PARTNERS, type Selection } from '../../../../src/lib/engine/model/selection';
import {
	DEFAULT_PRODUCT_SORT,
	PRODUCT_PAGE_SIZE,
	ariaSort,
	drillSelection,
	nextSort,
	pageWindow,
	productQuery
} from '../../../../src/lib/ui/views/products/products-query';

const SELECTION: Selection = {
	reporter: 'BRA',
	yearFrom: 2001,
	yearTo: 2016,
	partners: { kind: 'group', id: 'oecd' },
	scope: { sectors: ['footwear', 'textiles'], chapters: [64] }
};

describe('drillSelection', () => {
	it('keeps the selection when nothing is drilled', () => {
		expect(drillSelection(SELECTION, null)).toBe(SELECTION);
	});

	it('replaces the partners and narrows the sectors to the target’s', () => {
		const drilled = drillSelection(SELECTION, {
			partners: { kind: 'country', id: 'USA' },
			sector: 'footwear'
		});
		expect(drilled).toEqual({
			...SELECTION,
			partners: { kind: 'country', id: 'USA' },
			scope: { sectors: ['footwear'], chapters: [64] }
		});
		// The caller's selection is left as it was.
		expect(SELECTION.scope.sectors).toEqual(['footwear', 'textiles']);
	});

	it('keeps the scope’s sectors for a target without a sector', () => {
		const drilled = drillSelection(SELECTION, { partners: ALL_PARTNERS, sector: null });
		expect(drilled.partners).toEqual(ALL_PARTNERS);
		expect(drilled.scope).toEqual(SELECTION.scope);
	});

	it('narrows all sectors to one, and a sector outside the scope to none', () => {
		const open = { ...SELECTION, scope: { sectors: null, chapters: null } };
		expect(
			drillSelection(open, { partners: ALL_PARTNERS, sector: 'metals' }).scope.sectors
		).toEqual(['metals']);
		expect(
			drillSelection(SELECTION, { partners: ALL_PARTNERS, sector: 'metals' }).scope.sectors
		).toEqual([]);
	});
});

describe('sorting', () => {
	it('starts with the largest trade first', () => {
		expect(DEFAULT_PRODUCT_SORT).toEqual({ key: 'trade', descending: true });
	});

	it('flips the order on a second click and starts a new column in its natural direction', () => {
		expect(nextSort(DEFAULT_PRODUCT_SORT, 'trade')).toEqual({ key: 'trade', descending: false });
		expect(nextSort(DEFAULT_PRODUCT_SORT, 'partner')).toEqual({
			key: 'partner',
			descending: false
		});
		expect(nextSort(DEFAULT_PRODUCT_SORT, 'r')).toEqual({ key: 'r', descending: true });
	});

	it('tells assistive technology which header sorts, and how', () => {
		expect(ariaSort(DEFAULT_PRODUCT_SORT, 'trade')).toBe('descending');
		expect(ariaSort({ key: 'year', descending: false }, 'year')).toBe('ascending');
		expect(ariaSort(DEFAULT_PRODUCT_SORT, 'year')).toBe('none');
		expect(ariaSort(DEFAULT_PRODUCT_SORT, null)).toBe('none');
	});
});

describe('productQuery', () => {
	it('asks one page of 100 rows with the search trimmed', () => {
		expect(productQuery(SELECTION, ' 6403 ', ['USA'], DEFAULT_PRODUCT_SORT, 200)).toEqual({
			selection: SELECTION,
			search: '6403',
			searchPartners: ['USA'],
			sort: 'trade',
			descending: true,
			offset: 200,
			limit: 100
		});
		expect(PRODUCT_PAGE_SIZE).toBe(100);
	});
});

describe('pageWindow', () => {
	it('numbers the rows of a page from 1', () => {
		// Page 2 of 2 345 rows: rows 101–200.
		expect(pageWindow(100, 100, 2345)).toEqual({
			first: 101,
			last: 200,
			total: 2345,
			hasPrevious: true,
			hasNext: true
		});
	});

	it('ends at the last row and allows no further page', () => {
		// 2 345 = 23 · 100 + 45: the last page starts at 2 300 and shows 45 rows.
		expect(pageWindow(2300, 45, 2345)).toEqual({
			first: 2301,
			last: 2345,
			total: 2345,
			hasPrevious: true,
			hasNext: false
		});
	});

	it('shows 0–0 of 0 when nothing matches', () => {
		expect(pageWindow(0, 0, 0)).toEqual({
			first: 0,
			last: 0,
			total: 0,
			hasPrevious: false,
			hasNext: false
		});
	});
});
