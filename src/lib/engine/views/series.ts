/**
 * Year-by-year figures of chosen rows (partners, sectors, groups or the whole selection), for
 * line charts: the volumes of each class and the IIT index and VIIT-sup share of each year.
 */
import type { Dimension } from '../model/selection';
import type { Cell, ClassSplit } from '../model/types';
import {
	emptyGroupSums,
	filterYears,
	iitOf,
	ratio,
	selectionSums,
	sumsByRow,
	type GroupSums,
	type Method,
	type ViewFilter
} from './tables';

/** One method's figures of one row in one year (USD, not averaged). */
export interface YearPoint {
	/** Total trade T_t. */
	trade: number;
	/** IIT_t: GHM Σ O, FF all two-way trade. */
	iit: number;
	hiit: number;
	viitSup: number;
	viitInf: number;
	unclassified: number;
	/** IIT_t / T_t; NaN when T_t = 0. */
	iitIndex: number;
	/** VIIT-sup / (VIIT-sup + VIIT-inf); NaN when there is no VIIT. */
	viitSupShare: number;
}

/** The yearly points of one row, per method, one per year of the series. */
export interface SeriesLine {
	id: string;
	ghm: YearPoint[];
	ff: YearPoint[];
}

/** Lines of the requested rows over every year of the filter's range. */
export interface AnnualSeries {
	years: number[];
	lines: SeriesLine[];
}

function yearPoint(trade: number, split: ClassSplit): YearPoint {
	const iit = iitOf(split);
	return {
		trade,
		iit,
		hiit: split.hiit,
		viitSup: split.viitSup,
		viitInf: split.viitInf,
		unclassified: split.unclassified,
		iitIndex: ratio(iit, trade),
		viitSupShare: ratio(split.viitSup, split.viitSup + split.viitInf)
	};
}

function points(sums: GroupSums, method: Method): YearPoint[] {
	return sums.map((year) => yearPoint(year.trade, year[method]));
}

/**
 * The annual series of `ids` (row ids of the dimension; 'total' is the whole selection), in the
 * order given. An id without trade in the selection gets zero volumes and NaN ratios.
 */
export function annualSeries(
	cells: readonly Cell[],
	filter: ViewFilter,
	dimension: Dimension,
	ids: string[]
): AnnualSeries {
	const years = filterYears(filter);
	const byRow = sumsByRow(cells, filter, dimension);
	// Only summed when asked for: it is a second pass over the cells.
	const total = ids.includes('total') ? selectionSums(cells, filter) : null;
	const lines = ids.map((id): SeriesLine => {
		const sums = (id === 'total' ? total : byRow.get(id)) ?? emptyGroupSums(years.length);
		return { id, ghm: points(sums, 'ghm'), ff: points(sums, 'ff') };
	});
	return { years, lines };
}
