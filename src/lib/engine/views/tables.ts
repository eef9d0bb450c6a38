import { emptySplit } from '../classify/classify';
import { OTHERS_ROW, TOTAL_ROW, type AquinoQByRow } from '../classify/imbalance-rows';
import { partnerInSet, rowIdsOf, type Dimension } from '../model/selection';
import type { Cell, ClassSplit, QualitySums } from '../model/types';
import type { GroupRow, GroupTable, Method, MethodFigures, ViewFilter } from './table-types';

// The tables' shapes live in a module of their own; every importer of this one still finds them.
export type {
	GroupRow,
	GroupTable,
	Method,
	MethodFigures,
	PartnerDimension,
	ViewFilter
} from './table-types';

type ClassName = keyof ClassSplit;

const CLASS_NAMES: readonly ClassName[] = [
	'oneWay',
	'hiit',
	'viitSup',
	'viitInf',
	'unclassified',
	'outlier'
];

/** The sums of one row in one year. */
export interface YearSums {
	trade: number;
	/** Σ X and Σ M (METHODS 7.3); NaN for cells of a version 1 results link, which had neither. */
	exports: number;
	imports: number;
	ghm: ClassSplit;
	ff: ClassSplit;
	quality: QualitySums;
}

/** Per-year sums of one row, indexed by year − yearFrom (one entry per year of the filter). */
export type GroupSums = YearSums[];

/** Sums of zero for `yearCount` years. */
export function emptyGroupSums(yearCount: number): GroupSums {
	return Array.from({ length: yearCount }, () => ({
		trade: 0,
		exports: 0,
		imports: 0,
		ghm: emptySplit(),
		ff: emptySplit(),
		quality: { weight: 0, sum: 0, sumSq: 0 }
	}));
}

function addSplit(into: ClassSplit, from: ClassSplit): void {
	// Written out: this runs for every cell of every view, and a loop over names is several times slower.
	into.oneWay += from.oneWay;
	into.hiit += from.hiit;
	into.viitSup += from.viitSup;
	into.viitInf += from.viitInf;
	into.unclassified += from.unclassified;
	into.outlier += from.outlier;
}

function addYear(into: YearSums, from: YearSums): void {
	into.trade += from.trade;
	into.exports += from.exports;
	into.imports += from.imports;
	addSplit(into.ghm, from.ghm);
	addSplit(into.ff, from.ff);
	into.quality.weight += from.quality.weight;
	into.quality.sum += from.quality.sum;
	into.quality.sumSq += from.quality.sumSq;
}

/** Two-way (IIT) dollars of a split: the overlap for GHM, all two-way trade for FF. */
export function iitOf(split: ClassSplit): number {
	// The sum of the classes rather than T − oneWay: no cancellation, and the shares add up to 1.
	return split.hiit + split.viitSup + split.viitInf + split.unclassified + split.outlier;
}

/** GLC of one year's sums (METHODS 7.3): Σ O / (Σ T − |X_S − M_S|); NaN when X_S or M_S is 0. */
export function glcOf(sums: YearSums): number {
	if (!(sums.exports > 0 && sums.imports > 0)) return NaN;
	return ratio(iitOf(sums.ghm), sums.trade - Math.abs(sums.exports - sums.imports));
}

/** a / b, NaN when b is 0 (a share of nothing is undefined, not zero). */
export function ratio(a: number, b: number): number {
	return b === 0 ? NaN : a / b;
}

/** Mean over years with trade of IIT_t / T_t; NaN when no year has trade. */
function annualIndex(sums: GroupSums, method: Method): number {
	let total = 0;
	let years = 0;
	for (const year of sums) {
		if (year.trade > 0) {
			total += iitOf(year[method]) / year.trade;
			years++;
		}
	}
	return years === 0 ? NaN : total / years;
}

/** One method's figures from a row's per-year sums (METHODS 3). */
function methodFigures(sums: GroupSums, method: Method): MethodFigures {
	const period = emptySplit();
	for (const year of sums) addSplit(period, year[method]);
	const years = sums.length;
	const volume = emptySplit();
	for (const name of CLASS_NAMES) volume[name] = period[name] / years;

	const iit = iitOf(period);
	const hiit = period.hiit;
	const viit = period.viitSup + period.viitInf;
	return {
		volume,
		iit: iit / years,
		hiit: hiit / years,
		viit: viit / years,
		iitIndex: annualIndex(sums, method),
		hiitShare: ratio(hiit, iit),
		viitShare: ratio(viit, iit),
		unclassifiedShare: ratio(period.unclassified, iit),
		outlierShare: ratio(period.outlier, iit),
		viitSupShare: ratio(period.viitSup, viit),
		viitInfShare: ratio(period.viitInf, viit),
		hiitShareClassified: ratio(hiit, hiit + viit),
		viitShareClassified: ratio(viit, hiit + viit)
	};
}

/** The one path from per-year sums to a table row: rows, others, total and every other view alike. */
export function groupRow(id: string, sums: GroupSums, aquinoQ = NaN): GroupRow {
	let trade = 0;
	for (const year of sums) trade += year.trade;
	return {
		id,
		trade: trade / sums.length,
		ghm: methodFigures(sums, 'ghm'),
		ff: methodFigures(sums, 'ff'),
		glc: meanSkippingNaN(sums.map(glcOf)),
		aquinoQ
	};
}

/** Whether any year of the sums has trade. */
export function hasTrade(sums: GroupSums): boolean {
	return sums.some((year) => year.trade > 0);
}

/** Mean of the numbers that are not NaN; NaN when there are none. */
function meanSkippingNaN(values: number[]): number {
	let total = 0;
	let count = 0;
	for (const value of values) {
		if (!Number.isNaN(value)) {
			total += value;
			count++;
		}
	}
	return count === 0 ? NaN : total / count;
}

function meanFigures(rows: GroupRow[], method: Method): MethodFigures {
	const mean = (field: (figures: MethodFigures) => number): number =>
		meanSkippingNaN(rows.map((row) => field(row[method])));
	const volume = emptySplit();
	for (const name of CLASS_NAMES) volume[name] = mean((figures) => figures.volume[name]);
	return {
		volume,
		iit: mean((figures) => figures.iit),
		hiit: mean((figures) => figures.hiit),
		viit: mean((figures) => figures.viit),
		iitIndex: mean((figures) => figures.iitIndex),
		hiitShare: mean((figures) => figures.hiitShare),
		viitShare: mean((figures) => figures.viitShare),
		unclassifiedShare: mean((figures) => figures.unclassifiedShare),
		outlierShare: mean((figures) => figures.outlierShare),
		viitSupShare: mean((figures) => figures.viitSupShare),
		viitInfShare: mean((figures) => figures.viitInfShare),
		hiitShareClassified: mean((figures) => figures.hiitShareClassified),
		viitShareClassified: mean((figures) => figures.viitShareClassified)
	};
}

/** The paper's "Média" row: each field averaged over the rows, NaN values skipped. */
function meanRow(rows: GroupRow[], id = 'mean'): GroupRow {
	return {
		id,
		trade: meanSkippingNaN(rows.map((row) => row.trade)),
		ghm: meanFigures(rows, 'ghm'),
		ff: meanFigures(rows, 'ff'),
		glc: meanSkippingNaN(rows.map((row) => row.glc)),
		aquinoQ: meanSkippingNaN(rows.map((row) => row.aquinoQ))
	};
}

/** The filter's years, ascending; throws RangeError on an invalid range. */
export function filterYears(filter: ViewFilter): number[] {
	const { yearFrom, yearTo } = filter;
	if (!Number.isInteger(yearFrom) || !Number.isInteger(yearTo) || yearFrom > yearTo) {
		throw new RangeError(`invalid year range ${yearFrom}–${yearTo}`);
	}
	return Array.from({ length: yearTo - yearFrom + 1 }, (_, i) => yearFrom + i);
}

/** Whether a cell is in the filter: its reporter, a year in range, a partner in the set that year. */
export function inFilter(cell: Cell, filter: ViewFilter): boolean {
	if (cell.reporter !== filter.reporter) return false;
	if (cell.year < filter.yearFrom || cell.year > filter.yearTo) return false;
	return filter.partners === undefined || partnerInSet(filter.partners, cell.partner, cell.year);
}

/** Per-year sums of the whole selection: every cell in the filter, once. */
export function selectionSums(cells: readonly Cell[], filter: ViewFilter): GroupSums {
	const total = emptyGroupSums(filterYears(filter).length);
	for (const cell of cells) {
		if (inFilter(cell, filter)) addYear(total[cell.year - filter.yearFrom], cell);
	}
	return total;
}

/**
 * Per-row per-year sums of the cells in the filter. A cell counts in every row rowIdsOf gives it
 * (several groups, in the cell's year), so group rows may overlap. Rows appear as cells reach them.
 */
export function sumsByRow(
	cells: readonly Cell[],
	filter: ViewFilter,
	dimension: Dimension
): Map<string, GroupSums> {
	const yearCount = filterYears(filter).length;
	const rows = new Map<string, GroupSums>();
	for (const cell of cells) {
		if (!inFilter(cell, filter)) continue;
		const index = cell.year - filter.yearFrom;
		for (const id of rowIdsOf(dimension, cell.partner, cell.year, cell.sector)) {
			let sums = rows.get(id);
			if (sums === undefined) rows.set(id, (sums = emptyGroupSums(yearCount)));
			addYear(sums[index], cell);
		}
	}
	return rows;
}

/** Largest GHM IIT volume first; ties by id so the order never depends on input order. */
export function compareRows(a: GroupRow, b: GroupRow): number {
	if (a.ghm.iit !== b.ghm.iit) return b.ghm.iit - a.ghm.iit;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The rows with trade of a dimension, as table rows with their sums, in table order. */
export function rankedRows(
	cells: readonly Cell[],
	filter: ViewFilter,
	dimension: Dimension,
	aquino: AquinoQByRow = {}
): { row: GroupRow; sums: GroupSums }[] {
	const ranked = [...sumsByRow(cells, filter, dimension)]
		.filter(([, sums]) => hasTrade(sums))
		.map(([id, sums]) => ({ row: groupRow(id, sums, qOf(aquino, id)), sums }));
	return ranked.sort((a, b) => compareRows(a.row, b.row));
}

/** A row's Q from the worker's answer; NaN when it has none (an older results file, no keys). */
function qOf(aquino: AquinoQByRow, id: string): number {
	const q = Object.hasOwn(aquino, id) ? aquino[id] : NaN;
	return typeof q === 'number' ? q : NaN;
}

/** Per-year sums of several rows added together. */
function sumGroups(groups: { sums: GroupSums }[], yearCount: number): GroupSums {
	const sums = emptyGroupSums(yearCount);
	for (const group of groups) {
		for (let i = 0; i < yearCount; i++) addYear(sums[i], group.sums[i]);
	}
	return sums;
}

/** The top N of the ranked rows, and the rest to fold into Others (none for groups: they overlap). */
function foldAt<Row>(ranked: Row[], dimension: Dimension, topN: number) {
	if (!(topN >= 0)) throw new RangeError(`topN must be >= 0, got ${topN}`);
	const kept = ranked.slice(0, topN);
	const folded = dimension.kind === 'group' ? [] : ranked.slice(kept.length);
	return { kept, folded };
}

/** The ids of the rows dimensionTable folds into Others: what the worker pools for their Q. */
export function foldedRowIds(
	cells: readonly Cell[],
	filter: ViewFilter,
	dimension: Dimension,
	topN = Infinity
): string[] {
	const { folded } = foldAt(rankedRows(cells, filter, dimension), dimension, topN);
	return folded.map((group) => group.row.id);
}

/**
 * The table along a dimension: the top N rows by GHM IIT volume, the rest folded into `others`
 * (never for groups: they overlap, so their sum would count trade twice), the mean of all rows
 * and the whole selection as `total`. Rows without trade are left out.
 */
export function dimensionTable(
	cells: readonly Cell[],
	filter: ViewFilter,
	dimension: Dimension,
	topN = Infinity,
	aquino: AquinoQByRow = {}
): GroupTable {
	const years = filterYears(filter);
	const ranked = rankedRows(cells, filter, dimension, aquino);
	const { kept, folded } = foldAt(ranked, dimension, topN);
	const foldable = folded.length > 0;
	return {
		rows: kept.map((group) => group.row),
		others: foldable
			? groupRow(OTHERS_ROW, sumGroups(folded, years.length), qOf(aquino, OTHERS_ROW))
			: null,
		othersMean: foldable
			? meanRow(
					folded.map((group) => group.row),
					'others-mean'
				)
			: null,
		mean: meanRow(ranked.map((group) => group.row)),
		total: groupRow('total', selectionSums(cells, filter), qOf(aquino, TOTAL_ROW)),
		years
	};
}

/** Per-partner table (paper's Tables 1–3). `topN` rows, the rest in `others`. */
export function partnerTable(
	cells: Cell[],
	filter: ViewFilter,
	topN = Infinity,
	aquino: AquinoQByRow = {}
): GroupTable {
	return dimensionTable(cells, filter, { kind: 'partner' }, topN, aquino);
}

/** Per-sector table (paper's Table 4, Figures 1–3). Every sector with trade is a row. */
export function sectorTable(
	cells: Cell[],
	filter: ViewFilter,
	aquino: AquinoQByRow = {}
): GroupTable {
	return dimensionTable(cells, filter, { kind: 'sector' }, Infinity, aquino);
}
