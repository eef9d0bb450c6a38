/** The shapes of the paper's tables (views/tables.ts builds them): rows, their figures, the filter. */
import type { Dimension, PartnerSet } from '../model/selection';
import type { ClassSplit } from '../model/types';

/** Which cells a view covers. Years are inclusive; |Y| = yearTo − yearFrom + 1. */
export interface ViewFilter {
	reporter: string;
	yearFrom: number;
	yearTo: number;
	/** Partners kept, by membership in each cell's year; absent = all. */
	partners?: PartnerSet;
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
	/**
	 * Shares of IIT over the period (ratios of sums): HIIT / IIT, VIIT / IIT, unclassified / IIT
	 * (no comparable quantities) and unit-value outliers / IIT (METHODS 7.1). NaN when IIT = 0.
	 */
	hiitShare: number;
	viitShare: number;
	unclassifiedShare: number;
	outlierShare: number;
	/** Shares of VIIT: VIIT-sup / VIIT and VIIT-inf / VIIT. NaN when VIIT = 0. */
	viitSupShare: number;
	viitInfShare: number;
	/** HIIT / (HIIT + VIIT): the shares over the classified part of IIT. NaN when nothing is classified. */
	hiitShareClassified: number;
	viitShareClassified: number;
}

/** A row of a table along one dimension (the paper's Tables 1–4). */
export interface GroupRow {
	/** Partner country id, sector id or group id; 'others', 'mean' or 'total' for the summary rows. */
	id: string;
	/** Annual average total trade T (USD). */
	trade: number;
	ghm: MethodFigures;
	ff: MethodFigures;
	/**
	 * Grubel–Lloyd adjusted for the overall imbalance (METHODS 7.3), the mean over years where it
	 * is defined of GLC_t = Σ O / (Σ T − |X_S − M_S|); NaN when no year has it.
	 */
	glc: number;
	/**
	 * Aquino's Q (METHODS 7.3), the mean over years where it is defined of Q_t. It needs the keys,
	 * not only the cells: NaN unless the worker's Q for the row was joined (dimensionTable's
	 * `aquino`; for Others, asked with foldedRowIds).
	 */
	aquinoQ: number;
}

export interface GroupTable {
	/** Rows sorted by GHM annual average IIT volume, largest first. */
	rows: GroupRow[];
	/** All the rows not in `rows` (top N), summed; null when nothing is left out or rows overlap (groups). */
	others: GroupRow | null;
	/**
	 * The same rows as the paper's Table 2 computes "Others": each figure the mean of the
	 * left-out rows' figures (as the mean row does for all rows); null exactly when `others` is.
	 */
	othersMean: GroupRow | null;
	/** Mean over the rows of their figures (as the paper's "Média" row). */
	mean: GroupRow;
	/** The whole selection as one group. */
	total: GroupRow;
	years: number[];
}

/** A dimension whose rows are partners (countries or groups): the rows of sector × partner views. */
export type PartnerDimension = Exclude<Dimension, { kind: 'sector' }>;

/** One of the two classification methods. */
export type Method = 'ghm' | 'ff';
