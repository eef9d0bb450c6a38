/**
 * What the product drill-down asks the worker: the selection narrowed to the drill target, the
 * sort order a header click gives, and the page window. Pure: no DOM, no Svelte.
 */
import type { DrillTarget, ProductQuery, ProductSortKey, Selection } from '../../../engine';

/** Rows shown on one page. */
export const PRODUCT_PAGE_SIZE = 100;
/** Rows asked per worker call when collecting every matching row for the CSV. */
export const PRODUCT_CSV_PAGE = 50_000;

/**
 * The selection a drill-down covers: the target's partners replace the selection's, and its
 * sector narrows the product scope (to nothing when the scope had already left that sector out).
 */
export function drillSelection(selection: Selection, drill: DrillTarget | null): Selection {
	if (!drill) return selection;
	const { sector } = drill;
	const sectors =
		sector === null
			? selection.scope.sectors
			: selection.scope.sectors === null || selection.scope.sectors.includes(sector)
				? [sector]
				: [];
	return { ...selection, partners: drill.partners, scope: { ...selection.scope, sectors } };
}

/** A sort order of the product list. */
export interface ProductSort {
	key: ProductSortKey;
	descending: boolean;
}

/** Largest trade first: the products that matter most open the list. */
export const DEFAULT_PRODUCT_SORT: ProductSort = { key: 'trade', descending: true };

// Names and codes read best A→Z; amounts and ratios largest first.
const ASCENDING_FIRST: readonly ProductSortKey[] = ['year', 'partner', 'product'];

/** The order after a click on `key`'s header: the same key flips, another starts in its natural direction. */
export function nextSort(current: ProductSort, key: ProductSortKey): ProductSort {
	if (current.key === key) return { key, descending: !current.descending };
	return { key, descending: !ASCENDING_FIRST.includes(key) };
}

/** The `aria-sort` of a column header. */
export function ariaSort(
	current: ProductSort,
	key: ProductSortKey | null
): 'ascending' | 'descending' | 'none' {
	if (key === null || current.key !== key) return 'none';
	return current.descending ? 'descending' : 'ascending';
}

/** One page of the product list (or, with `limit` = PRODUCT_CSV_PAGE, one batch of the CSV). */
export function productQuery(
	selection: Selection,
	search: string,
	searchPartners: string[],
	sort: ProductSort,
	offset: number,
	limit = PRODUCT_PAGE_SIZE
): ProductQuery {
	return {
		selection,
		search: search.trim(),
		searchPartners,
		sort: sort.key,
		descending: sort.descending,
		offset,
		limit
	};
}

/** Where a page sits in the list: 1-based first and last row shown, and the moves allowed. */
export interface PageWindow {
	first: number;
	last: number;
	total: number;
	hasPrevious: boolean;
	hasNext: boolean;
}

/** The window of a page of `shown` rows starting at `offset`, out of `total` matching rows. */
export function pageWindow(offset: number, shown: number, total: number): PageWindow {
	return {
		first: shown === 0 ? 0 : offset + 1,
		last: offset + shown,
		total,
		hasPrevious: offset > 0,
		hasNext: offset + shown < total
	};
}
