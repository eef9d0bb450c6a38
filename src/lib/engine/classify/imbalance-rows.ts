/**
 * Aquino's Q of each row of a partner, group or sector table (METHODS 7.3). Q needs every key of
 * a row, which only the worker keeps, so it is computed here and joined to the table rows built
 * from the cells (views/tables.ts dimensionTable).
 */
import { sectorOfProduct } from '../codes/sectors';
import { rowIdsOf, type Dimension, type Selection } from '../model/selection';
import type { TradeKeys } from '../model/types';
import { aquinoQ } from './imbalance';
import { selectionFilter } from './key-filter';

/** The id of the whole selection in an AquinoQByRow (as the table's total row). */
export const TOTAL_ROW = 'total';
/** The id of the rows folded into the table's "Others" row, pooled (as views/tables.ts sums them). */
export const OTHERS_ROW = 'others';

/** Row id → the mean over the years where it is defined of Q_t; NaN when no year has it. */
export type AquinoQByRow = Record<string, number>;

/** Mean of the numbers that are not NaN; NaN when there are none (as glc over years). */
function meanDefined(values: number[]): number {
	const defined = values.filter((value) => !Number.isNaN(value));
	return defined.length === 0 ? NaN : defined.reduce((a, b) => a + b, 0) / defined.length;
}

/**
 * Q per row of `dimension`, for the whole selection (`total`) and, when `folded` names rows, for
 * those rows pooled (`others`), each the mean over the selection's years of Q of that year's
 * keys. A key counts in every row rowIdsOf gives it, as a cell does. Rows without keys are
 * absent. `keys` are those the figures come from (classify.ts keysValuedAtLevel).
 */
export function aquinoQByRow(
	keys: TradeKeys,
	selection: Selection,
	dimension: Dimension,
	folded: readonly string[] = []
): AquinoQByRow {
	const inOthers = new Set(folded);
	const inSelection = selectionFilter(keys, selection);
	const yearCount = Math.max(0, selection.yearTo - selection.yearFrom + 1);
	// Row id → per-year key indexes.
	const items = new Map<string, number[][]>();
	const add = (id: string, year: number, k: number) => {
		let years = items.get(id);
		if (years === undefined) {
			years = Array.from({ length: yearCount }, () => []);
			items.set(id, years);
		}
		years[year].push(k);
	};
	for (let k = 0; k < keys.count; k++) {
		if (!inSelection(k)) continue;
		// Keys outside chapters 01–99 have no cell either (classify.ts), so no row.
		const sector = sectorOfProduct(keys.product[k]);
		if (sector === null) continue;
		const year = keys.year[k] - selection.yearFrom;
		const partner = keys.countries[keys.partner[k]];
		add(TOTAL_ROW, year, k);
		let isFolded = false;
		for (const id of rowIdsOf(dimension, partner, keys.year[k], sector)) {
			add(id, year, k);
			isFolded ||= inOthers.has(id);
		}
		if (isFolded) add(OTHERS_ROW, year, k);
	}
	const result: AquinoQByRow = {};
	for (const [id, years] of items) {
		result[id] = meanDefined(years.map((year) => aquinoQ(keys, year)));
	}
	return result;
}
