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

/** Per-partner table (paper's Tables 1–3). `topN` rows, the rest in `others`. */
export function partnerTable(_cells: Cell[], _filter: ViewFilter, _topN = Infinity): GroupTable {
	throw new Error('TODO(H1)');
}

/** Per-sector table (paper's Table 4, Figures 1–3). Every sector with trade is a row. */
export function sectorTable(_cells: Cell[], _filter: ViewFilter): GroupTable {
	throw new Error('TODO(H1)');
}
