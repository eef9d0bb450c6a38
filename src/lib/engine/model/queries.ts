/**
 * Contracts of the views the worker answers from the kept keys (product drill-down, threshold
 * sensitivity, marginal IIT): what the main thread asks and what comes back. Plain data.
 */
import type { Selection } from './selection';
import type { ClassSplit, HsEditionsChoice, SectorId } from './types';

/**
 * The class one key falls in: for GHM the class of its overlap (one-way when X or M is 0);
 * `outlier` when the unit-value screen took its R out (METHODS 7.1).
 */
export type KeyClass = 'one-way' | 'hiit' | 'viit-sup' | 'viit-inf' | 'unclassified' | 'outlier';

/** Columns the product list can be sorted by. */
export const PRODUCT_SORT_KEYS = [
	'year',
	'partner',
	'product',
	'exports',
	'imports',
	'trade',
	'uvx',
	'uvm',
	'r',
	'gl'
] as const;
export type ProductSortKey = (typeof PRODUCT_SORT_KEYS)[number];

/** A page of the product drill-down: the keys of a selection, filtered, sorted, paged. */
export interface ProductQuery {
	selection: Selection;
	/** Keeps keys whose HS6 code contains this text, or whose partner id is in `searchPartners`; '' keeps all. */
	search: string;
	/** Partner ids whose localized name matches the search (the worker knows ids, not names). */
	searchPartners: string[];
	sort: ProductSortKey;
	descending: boolean;
	offset: number;
	limit: number;
}

/** One key of the drill-down (METHODS 1–2): a year, a partner, an HS6 product. */
export interface ProductRow {
	year: number;
	partner: string;
	/** HS6 code, 6 characters ('010121'). */
	product: string;
	/**
	 * The codes as the files wrote them (6 characters, in the year's own HS edition) when the keys
	 * were converted to one edition and this key's code changed (METHODS 8); absent otherwise.
	 */
	productAsRead?: string[];
	sector: SectorId;
	exports: number;
	imports: number;
	/** NaN when missing. */
	exportQty: number;
	importQty: number;
	/** Unit names of the quantities; null when the quantity is missing. */
	exportUnit: string | null;
	importUnit: string | null;
	/** Unit values X/qX and M/qM (NaN when undefined); R as classified (CIF/FOB factor applied). */
	uvx: number;
	uvm: number;
	r: number;
	gl: number;
	ghm: KeyClass;
	ff: KeyClass;
}

export interface ProductPage {
	rows: ProductRow[];
	/** Keys matching the selection and search (all pages). */
	total: number;
	/** Sums over all matching keys (not just this page): they reconcile with the cells. */
	totals: { exports: number; imports: number; trade: number; ghm: ClassSplit; ff: ClassSplit };
}

/** Shares of total trade T per class, one number per threshold value. */
export type ShareSeries = Record<keyof ClassSplit, number[]>;

/**
 * The classes as the thresholds run over a grid: GHM and FF over α (θ fixed at the setting),
 * FF over θ (α fixed at the setting). Shares of the selection's total trade; NaN when T = 0.
 */
export interface SensitivityResult {
	/** 0.05, 0.06, … 0.50 (k / 100). */
	alphas: number[];
	ghmByAlpha: ShareSeries;
	ffByAlpha: ShareSeries;
	/** 0, 0.01, … 0.50 (k / 100). */
	thetas: number[];
	ffByTheta: ShareSeries;
	/** Total trade T of the selection, summed over its years. */
	trade: number;
}

/** Marginal IIT (Brülhart's A) between two years: what the worker sums per partner × sector. */
export interface MarginalQuery {
	reporter: string;
	/** The earlier and the later year. */
	yearA: number;
	yearB: number;
	selection: Pick<Selection, 'scope'>;
	/** As ClassifySettings.fobWhereReported (METHODS 7.2): imports valued FOB where reported; absent: off. */
	fobWhereReported?: boolean;
	/** As ClassifySettings.hsEditions (METHODS 8): 'off' keeps mixed editions' codes as read. */
	hsEditions?: HsEditionsChoice;
}

/**
 * Per partner × sector, over the products traded in either year (a product absent in one
 * year counts as 0 there): ΔX = X_B − X_A and ΔM = M_B − M_A per product, summed.
 */
export interface MarginalCell {
	partner: string;
	sector: SectorId;
	/** Σ ΔX and Σ ΔM. */
	dx: number;
	dm: number;
	/** Σ |ΔX − ΔM| and Σ (|ΔX| + |ΔM|): A = 1 − absDiff / gross. */
	absDiff: number;
	gross: number;
	/** Products counted. */
	products: number;
}
