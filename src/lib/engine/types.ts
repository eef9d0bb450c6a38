/**
 * Shared contracts of the engine. Everything here is plain data that can cross
 * a worker boundary (structured clone) and be written to JSON.
 * See shared/spec/METHODS.md for the meaning of every number.
 */

/** Formats the engine can read. `auto` asks detection to decide from the header. */
export type FormatId = 'baci' | 'comtrade-plus';
export type FormatChoice = FormatId | 'auto';

/** Which quantity a unit value is computed from (METHODS 1.2). */
export type QuantityBasis = 'reported' | 'net-weight';

/** The 15 sectors of METHODS 3.1, as stable ids (also the CLI's `sector` column). */
export const SECTOR_IDS = [
	'animal',
	'vegetable',
	'foodstuffs',
	'mineral',
	'chemicals',
	'plastics',
	'hides',
	'wood',
	'textiles',
	'footwear',
	'stone_glass',
	'metals',
	'machinery',
	'transport',
	'misc'
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

/** Why a row was not used. Every row read is either used or counted under one of these. */
export const DROP_REASONS = [
	'malformed-row', // wrong number of fields (a truncated line, a stray delimiter)
	'invalid-year',
	'invalid-value', // value empty or not a number
	'negative-value',
	'zero-value', // a row with value 0 adds no trade
	'invalid-product', // not an HS code (BACI 9999AA, TOTAL, empty)
	'not-hs6', // HS2/HS4 totals (Comtrade aggrLevel / isLeaf)
	'breakdown-row', // a customs / transport / 2nd-partner breakdown next to its total
	'world-partner', // World (0, W00, WLD)
	'aggregate-partner', // areas nes, regional totals
	'invalid-country', // empty or unreadable reporter / partner code
	'self-trade', // reporter trading with itself
	're-export', // re-exports and re-imports, excluded by default
	'unknown-flow', // a flow code that is neither export nor import
	'other-reporter' // the row involves neither the chosen reporter (BACI) or belongs to another reporter
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** Options that decide how files are read. Changing one of these means reading the files again. */
export interface ReadOptions {
	format: FormatChoice;
	/** ISO3 of the reporter. Required for BACI; for Comtrade+ `null` keeps every reporter in the file. */
	reporter: string | null;
	quantityBasis: QuantityBasis;
	includeReExports: boolean;
}

/** Options that only reclassify the keys already read (no re-read). */
export interface ClassifySettings {
	/** Dispersion factor α in (0, 1); 0.15 and 0.25 in the paper. */
	alpha: number;
	/** FF overlap threshold θ in [0, 1); 0.10 in the paper. */
	theta: number;
	/** Divides import values before unit values are compared (CIF → FOB); 1 = none. Never changes trade values. */
	cifFobFactor: number;
}

/** One class split of trade value in USD (METHODS 2.1 / 2.2). */
export interface ClassSplit {
	oneWay: number;
	hiit: number;
	viitSup: number;
	viitInf: number;
	unclassified: number;
}

/**
 * A cell: the trade of one reporter with one partner in one sector and year,
 * split by both methods. Classes of each method add up to `trade`.
 */
export interface Cell {
	year: number;
	reporter: string;
	partner: string;
	sector: SectorId;
	trade: number;
	ghm: ClassSplit;
	ff: ClassSplit;
}

/** The count and value of rows dropped for one reason, with the first few line numbers. */
export interface DropTally {
	rows: number;
	/** Sum of the rows' values in USD where the value could be read (0 otherwise). */
	value: number;
	/** 1-based line numbers of the first rows dropped for this reason (at most 5 per file). */
	firstLines: { file: string; line: number }[];
}

/** METHODS 5: what was read, used and dropped. `valueUsed` equals Σ T over keys. */
export interface Ledger {
	files: { name: string; format: FormatId; bytes: number; rows: number }[];
	rowsRead: number;
	rowsUsed: number;
	drops: Partial<Record<DropReason, DropTally>>;
	/** Sum in USD of every value that could be read, used or dropped. */
	valueRead: number;
	/** Sum in USD of the values of used rows. */
	valueUsed: number;
}

/** Facts about the data read, for the UI to state (valuation, units, years). */
export interface DatasetInfo {
	format: FormatId;
	/** Valuation of imports in this file: CIF (Comtrade) or FOB (BACI). Exports are always FOB. */
	importValuation: 'CIF' | 'FOB';
	currency: 'USD';
	quantityUnit: string;
	reporters: string[];
	partners: string[];
	years: number[];
	keys: number;
}

/** Progress of a running read, sent about ten times a second at most. */
export interface Progress {
	file: string;
	fileIndex: number;
	fileCount: number;
	bytesDone: number;
	bytesTotal: number;
	rows: number;
	rowsPerSecond: number;
}

/**
 * The flow-pair keys of METHODS 1, in column form (one typed array per field),
 * as the read path hands them to classification. Index `k` in every array is key `k`.
 * Plain data: it crosses worker boundaries and is kept in the worker between reclassifications.
 */
export interface TradeKeys {
	count: number;
	/** Country ids (ISO3, or the file's numeric code as text when it has no ISO3), indexed by `reporter`/`partner`. */
	countries: string[];
	year: Uint16Array;
	reporter: Uint16Array;
	partner: Uint16Array;
	/** HS6 code as an integer (10121 is HS6 `010121`). */
	product: Int32Array;
	/** X and M in USD. */
	exports: Float64Array;
	imports: Float64Array;
	/** qX and qM; NaN when missing or unusable (any summed row with a value but no usable quantity, mixed units). */
	exportQty: Float64Array;
	importQty: Float64Array;
	/** Index into `units` of each flow's quantity unit; -1 when the quantity is missing. */
	exportUnit: Int16Array;
	importUnit: Int16Array;
	units: string[];
}
