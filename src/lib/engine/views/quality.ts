/**
 * Relative quality index per row: the value-weighted mean and spread of ln R (R = UVx / UVm)
 * over the two-way keys whose R is defined, from the cells' QualitySums.
 */
import type { Dimension } from '../model/selection';
import type { Cell, QualitySums } from '../model/types';
import { selectionSums, sumsByRow, type GroupSums, type ViewFilter } from './tables';

/** The relative quality of one row (or of the whole selection) over the period. */
export interface QualityRow {
	id: string;
	/** Σ T (USD, over the period) of the two-way keys with a defined R. */
	weight: number;
	/** weight / total trade of the row over the period: how much of its trade the index covers. */
	coverage: number;
	/** Value-weighted mean of ln R: Σ T·ln R / Σ T. */
	meanLnR: number;
	/** Value-weighted standard deviation of ln R. */
	sd: number;
	/** exp(meanLnR) − 1: how much dearer the reporter's exports are than its imports, for a typical product. */
	premium: number;
}

/** Rows with a defined index, by weight (largest first), and the whole selection. */
export interface QualityTable {
	rows: QualityRow[];
	/** The whole selection; NaN figures when no key has a defined R. */
	total: QualityRow;
}

/** The figures of a row from its per-year sums. */
function qualityRow(id: string, sums: GroupSums): QualityRow {
	const period: QualitySums = { weight: 0, sum: 0, sumSq: 0 };
	let trade = 0;
	for (const year of sums) {
		trade += year.trade;
		period.weight += year.quality.weight;
		period.sum += year.quality.sum;
		period.sumSq += year.quality.sumSq;
	}
	const { weight } = period;
	const meanLnR = weight > 0 ? period.sum / weight : NaN;
	// max(0, …): E[x²] − E[x]² can come out a hair below 0 in floating point when ln R is constant.
	const sd = weight > 0 ? Math.sqrt(Math.max(0, period.sumSq / weight - meanLnR * meanLnR)) : NaN;
	return {
		id,
		weight,
		coverage: trade > 0 ? weight / trade : NaN,
		meanLnR,
		sd,
		premium: Math.expm1(meanLnR)
	};
}

/** Relative quality per row of the dimension (rows with weight > 0) and for the whole selection. */
export function qualityTable(
	cells: readonly Cell[],
	filter: ViewFilter,
	dimension: Dimension
): QualityTable {
	const rows = [...sumsByRow(cells, filter, dimension)]
		.map(([id, sums]) => qualityRow(id, sums))
		.filter((row) => row.weight > 0)
		.sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { rows, total: qualityRow('total', selectionSums(cells, filter)) };
}
