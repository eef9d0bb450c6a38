import { emptySplit } from './classify';
import type { Cell, ClassSplit } from './types';

/** Which cells a view covers. Years are inclusive; |Y| = yearTo − yearFrom + 1. */
export interface ViewFilter {
	reporter: string;
	yearFrom: number;
	yearTo: number;
}

/** One method's figures for a group of cells (METHODS 3). */
export interface MethodFigures {
	/** Annual average volumes (USD) of each class: Σ_t V_t / |Y|. */
	volume: ClassSplit;
	/** Annual average IIT volume: GHM Σ O, FF all two-way trade (= hiit + viitSup + viitInf + unclassified). */
	iit: number;
	/** Annual average HIIT and VIIT (= sup + inf) volumes. */
	hiit: number;
	viit: number;
	/** Mean over years with T_t > 0 of IIT_t / T_t (the paper's Table 2 index). */
	iitIndex: number;
	/** Shares of IIT over the period (ratios of sums): HIIT / IIT, VIIT / IIT, unclassified / IIT. NaN when IIT = 0. */
	hiitShare: number;
	viitShare: number;
	unclassifiedShare: number;
	/** Shares of VIIT: VIIT-sup / VIIT and VIIT-inf / VIIT. NaN when VIIT = 0. */
	viitSupShare: number;
	viitInfShare: number;
	/** HIIT / (HIIT + VIIT): the shares over the classified part of IIT. NaN when nothing is classified. */
	hiitShareClassified: number;
	viitShareClassified: number;
}

/** A row of the per-partner or per-sector table (the paper's Tables 1–4). */
export interface GroupRow {
	/** Partner country id or sector id; 'others', 'mean' or 'total' for the summary rows. */
	id: string;
	/** Annual average total trade T (USD). */
	trade: number;
	ghm: MethodFigures;
	ff: MethodFigures;
}

export interface GroupTable {
	/** Rows sorted by GHM annual average IIT volume, largest first. */
	rows: GroupRow[];
	/** All the groups not in `rows` (top N), summed; null when nothing is left out. */
	others: GroupRow | null;
	/** Mean over the groups of their figures (as the paper's "Média" row). */
	mean: GroupRow;
	/** The whole selection as one group. */
	total: GroupRow;
	years: number[];
}

type ClassName = keyof ClassSplit;
type Method = 'ghm' | 'ff';

const CLASS_NAMES: readonly ClassName[] = ['oneWay', 'hiit', 'viitSup', 'viitInf', 'unclassified'];

/** The sums of one group in one year. */
interface YearSums {
	trade: number;
	ghm: ClassSplit;
	ff: ClassSplit;
}

/** Per-year sums of one group, indexed by year − yearFrom. */
type GroupSums = YearSums[];

function emptyGroupSums(yearCount: number): GroupSums {
	return Array.from({ length: yearCount }, () => ({
		trade: 0,
		ghm: emptySplit(),
		ff: emptySplit()
	}));
}

function addSplit(into: ClassSplit, from: ClassSplit): void {
	for (const name of CLASS_NAMES) into[name] += from[name];
}

function addYear(into: YearSums, from: YearSums): void {
	into.trade += from.trade;
	addSplit(into.ghm, from.ghm);
	addSplit(into.ff, from.ff);
}

/** Two-way (IIT) dollars of a split: the overlap for GHM, all two-way trade for FF. */
function iitOf(split: ClassSplit): number {
	// The sum of the classes rather than T − oneWay: no cancellation, and the shares add up to 1.
	return split.hiit + split.viitSup + split.viitInf + split.unclassified;
}

/** a / b, NaN when b is 0 (a share of nothing is undefined, not zero). */
function ratio(a: number, b: number): number {
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

/** One method's figures from a group's per-year sums (METHODS 3). */
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
		viitSupShare: ratio(period.viitSup, viit),
		viitInfShare: ratio(period.viitInf, viit),
		hiitShareClassified: ratio(hiit, hiit + viit),
		viitShareClassified: ratio(viit, hiit + viit)
	};
}

/** The one path from per-year sums to a table row: partners, sectors, others and total alike. */
function groupRow(id: string, sums: GroupSums): GroupRow {
	let trade = 0;
	for (const year of sums) trade += year.trade;
	return {
		id,
		trade: trade / sums.length,
		ghm: methodFigures(sums, 'ghm'),
		ff: methodFigures(sums, 'ff')
	};
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
		viitSupShare: mean((figures) => figures.viitSupShare),
		viitInfShare: mean((figures) => figures.viitInfShare),
		hiitShareClassified: mean((figures) => figures.hiitShareClassified),
		viitShareClassified: mean((figures) => figures.viitShareClassified)
	};
}

/** The paper's "Média" row: each field averaged over the groups, NaN values skipped. */
function meanRow(rows: GroupRow[]): GroupRow {
	return {
		id: 'mean',
		trade: meanSkippingNaN(rows.map((row) => row.trade)),
		ghm: meanFigures(rows, 'ghm'),
		ff: meanFigures(rows, 'ff')
	};
}

function checkFilter(filter: ViewFilter): void {
	const { yearFrom, yearTo } = filter;
	if (!Number.isInteger(yearFrom) || !Number.isInteger(yearTo) || yearFrom > yearTo) {
		throw new RangeError(`invalid year range ${yearFrom}–${yearTo}`);
	}
}

/** Largest GHM IIT volume first; ties by id so the order never depends on input order. */
function compareRows(a: GroupRow, b: GroupRow): number {
	if (a.ghm.iit !== b.ghm.iit) return b.ghm.iit - a.ghm.iit;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Builds the table of the groups `groupOf` puts the filter's cells in; groups without trade are left out. */
function groupTable(
	cells: Cell[],
	filter: ViewFilter,
	groupOf: (cell: Cell) => string,
	topN: number
): GroupTable {
	checkFilter(filter);
	if (!(topN >= 0)) throw new RangeError(`topN must be >= 0, got ${topN}`);
	const yearCount = filter.yearTo - filter.yearFrom + 1;
	const total = emptyGroupSums(yearCount);
	const groups = new Map<string, GroupSums>();

	for (const cell of cells) {
		if (cell.reporter !== filter.reporter) continue;
		if (cell.year < filter.yearFrom || cell.year > filter.yearTo) continue;
		const id = groupOf(cell);
		let sums = groups.get(id);
		if (sums === undefined) groups.set(id, (sums = emptyGroupSums(yearCount)));
		const index = cell.year - filter.yearFrom;
		addYear(sums[index], cell);
		addYear(total[index], cell);
	}

	const withTrade = [...groups].filter(([, sums]) => sums.some((year) => year.trade > 0));
	const ranked = withTrade.map(([id, sums]) => ({ row: groupRow(id, sums), sums }));
	ranked.sort((a, b) => compareRows(a.row, b.row));
	const kept = ranked.slice(0, topN);
	const folded = ranked.slice(kept.length);

	return {
		rows: kept.map((group) => group.row),
		others: folded.length === 0 ? null : groupRow('others', sumGroups(folded, yearCount)),
		mean: meanRow(ranked.map((group) => group.row)),
		total: groupRow('total', total),
		years: Array.from({ length: yearCount }, (_, i) => filter.yearFrom + i)
	};
}

/** Per-year sums of several groups added together. */
function sumGroups(groups: { sums: GroupSums }[], yearCount: number): GroupSums {
	const sums = emptyGroupSums(yearCount);
	for (const group of groups) {
		for (let i = 0; i < yearCount; i++) addYear(sums[i], group.sums[i]);
	}
	return sums;
}

/** Per-partner table (paper's Tables 1–3). `topN` rows, the rest in `others`. */
export function partnerTable(cells: Cell[], filter: ViewFilter, topN = Infinity): GroupTable {
	return groupTable(cells, filter, (cell) => cell.partner, topN);
}

/** Per-sector table (paper's Table 4, Figures 1–3). Every sector with trade is a row. */
export function sectorTable(cells: Cell[], filter: ViewFilter): GroupTable {
	return groupTable(cells, filter, (cell) => cell.sector, Infinity);
}
