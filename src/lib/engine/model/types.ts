/**
 * Shared contracts of the engine. Everything here is plain data that can cross
 * a worker boundary (structured clone) and be written to JSON.
 * See shared/spec/METHODS.md for the meaning of every number.
 */

// The classify settings live in a module of their own; every importer of this one still finds them.
export { PRODUCT_LEVELS } from './classify-settings';
export type {
	ClassifySettings,
	HsEditionsChoice,
	ProductLevel,
	UvScreen
} from './classify-settings';

/** Trade-data formats the engine can read (FORMATS.md); `custom` is any CSV read through a column mapping. */
export const FORMAT_IDS = [
	'baci',
	'comtrade-plus',
	'comtrade-legacy',
	'comex-stat',
	'comext',
	'wits',
	'trade-map',
	'custom'
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];
/** `auto` asks detection to decide from each file's header. */
export type FormatChoice = FormatId | 'auto';

/**
 * Files that are not trade data but help read it, recognised by their header:
 * BACI's `country_codes_V*.csv`, Comex Stat's `PAIS.csv`; BACI's product table and readme
 * ship in the same zip and are set aside.
 */
export const COMPANION_IDS = [
	'baci-country-codes',
	'comex-countries',
	'baci-product-codes'
] as const;
export type CompanionId = (typeof COMPANION_IDS)[number];

/**
 * Which quantity a unit value is computed from (METHODS 1.2). `auto` is the format's own default:
 * tons for BACI, net kg for Comex Stat and Comext, the reported unit elsewhere.
 */
export type QuantityBasis = 'auto' | 'reported' | 'net-weight';

/** Currencies of trade values. One analysis never mixes two. */
export type Currency = 'USD' | 'EUR';

/** Every role a column can be picked for: the column fields of ColumnMapping. */
export const COLUMN_ROLES = [
	'year',
	'reporter',
	'partner',
	'product',
	'flow',
	'value',
	'exportValue',
	'importValue',
	'quantity',
	'exportQuantity',
	'importQuantity',
	'unit'
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Which of a row's columns a role is read from, for a CSV of no known format (0-based indexes; -1 = none). */
export interface ColumnMapping {
	/** The header the mapping was made for (normalized names joined by `|`), to remember it by. */
	signature: string;
	year: number;
	/** -1: every row is the chosen reporter's (ReadOptions.reporter). */
	reporter: number;
	partner: number;
	product: number;
	/** One flow column (codes such as X/M, 1/2, Export/Import) … */
	flow: number;
	value: number;
	/** … or, when `flow` is -1, separate export and import value columns. */
	exportValue: number;
	importValue: number;
	/** Quantity (with `flow`) or export / import quantities (with separate columns); -1 = none. */
	quantity: number;
	exportQuantity: number;
	importQuantity: number;
	/** A column naming each row's quantity unit; -1 = one unit for the whole file. */
	unit: number;
	/** Multiplier from the file's values to currency units (1000 for "thousand USD"). */
	valueScale: number;
	currency: Currency;
	/** How the file values imports (exports are FOB): the UI states it and offers the CIF/FOB factor. */
	importValuation: 'CIF' | 'FOB';
	/** Comma as the decimal separator (and `.` as thousands separator). */
	decimalComma: boolean;
}

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
	'invalid-product', // not a product code at all (empty, letters, a chapter 00)
	'not-hs-product', // a code that is no HS product: chapters 77, 98, 99 (NCM 99999999), 9999AA, TOTAL
	'not-hs6', // HS2/HS4 totals (Comtrade aggrLevel / isLeaf)
	'breakdown-row', // a customs / transport / 2nd-partner breakdown next to its total
	'world-partner', // World (0, W00, WLD)
	'aggregate-partner', // areas nes, regional totals
	'invalid-country', // empty or unreadable reporter / partner code
	'self-trade', // reporter trading with itself
	're-export', // re-exports and re-imports, excluded by default
	'unknown-flow', // a flow code that is neither export nor import
	'gross-flow', // WITS "Gross Exp."/"Gross Imp.": exports + re-exports, would double count
	'confidential-product', // a product code withheld for confidentiality (Comext 99RRR100, …)
	'other-reporter' // the row involves neither the chosen reporter (BACI) or belongs to another reporter
] as const;
export type DropReason = (typeof DROP_REASONS)[number];

/** Options that decide how files are read. Changing one of these means reading the files again. */
export interface ReadOptions {
	format: FormatChoice;
	/** ISO3 of the reporter. Required for BACI; for other formats `null` keeps every reporter in the file. */
	reporter: string | null;
	/**
	 * BACI only, instead of a reporter: every exporter–importer pair (world mode). Each pair's keys
	 * are held once, from the side of the country read first (its reporter index is the smaller).
	 */
	allPairs?: boolean;
	quantityBasis: QuantityBasis;
	includeReExports: boolean;
	/** Column mapping for files of no known format (format `custom`, or `auto` with a matching header). */
	mapping?: ColumnMapping | null;
}

/** One class split of trade value in USD (METHODS 2.1 / 2.2). */
export interface ClassSplit {
	oneWay: number;
	hiit: number;
	viitSup: number;
	viitInf: number;
	/** Unclassified for want of comparable quantities. */
	unclassified: number;
	/** Unclassified because the unit-value screen took the key's R out (METHODS 7.1); 0 without the screen. */
	outlier: number;
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
	/** Σ X and Σ M of the cell's keys (exports + imports = trade): what the imbalance-adjusted indices need (METHODS 7.3). */
	exports: number;
	imports: number;
	ghm: ClassSplit;
	ff: ClassSplit;
	/** Sums for the relative quality index (the Methods page, "relative quality"): over the cell's keys. */
	quality: QualitySums;
}

/**
 * Sums over two-way keys (X > 0 and M > 0) whose R is defined, weighted by T = X + M:
 * enough to aggregate the value-weighted mean and spread of ln R over any set of cells.
 */
export interface QualitySums {
	/** Σ T of the keys counted. */
	weight: number;
	/** Σ T · ln R. */
	sum: number;
	/** Σ T · (ln R)². */
	sumSq: number;
}

/** The count and value of rows dropped for one reason, with the first few line numbers. Values are in the dataset's currency. */
export interface DropTally {
	rows: number;
	/** Sum of the rows' values in USD where the value could be read (0 otherwise). */
	value: number;
	/** 1-based line numbers of the first rows dropped for this reason (at most 5 per file). */
	firstLines: { file: string; line: number }[];
}

/** METHODS 5: what was read, used and dropped. `valueUsed` equals Σ T over keys. */
export interface Ledger {
	/** Every file read: trade data (`format`) and companions (`companion`), in reading order. */
	files: LedgerFile[];
	/** Entries of archives that were set aside (a readme, a product table), with why. */
	skipped: SkippedEntry[];
	rowsRead: number;
	rowsUsed: number;
	drops: Partial<Record<DropReason, DropTally>>;
	/** Sum (dataset currency) of every value that could be read, used or dropped. */
	valueRead: number;
	/** Sum (dataset currency) of the values of used rows. */
	valueUsed: number;
	/**
	 * The import value of the rows used, valued each way (METHODS 7.2); present when a file has an
	 * FOB import column (Comtrade+ `fobvalue`, legacy `FOB Trade Value (US$)`). `valueUsed` stays the
	 * value as read (CIF); with "FOB where reported" on, Σ T over keys is
	 * `valueUsed − fobReported.asRead + fobReported.value`.
	 */
	importValuation?: ImportValuation;
	/**
	 * Country codes no table knew (BACI `999`, a Comtrade code not in the list, a Comex CO_PAIS
	 * not in PAIS.csv, a name): their rows are used, under the code as id, and counted in no
	 * country group. Largest value first.
	 */
	unknownCountries: UnknownCountry[];
}

/** Import rows used, split by whether they reported an FOB value (a finite number > 0). */
export interface ImportValuation {
	/** Rows that reported one: Σ of their FOB values, and Σ of the same rows' values as read (CIF). */
	fobReported: { rows: number; value: number; asRead: number };
	/** Rows that reported none: Σ of their values as read (CIF). */
	cifOnly: { rows: number; value: number };
}

/** A country code that no table knew, kept as a country of its own, with the rows used with it. */
export interface UnknownCountry {
	/** The code (or name) as the file writes it. */
	code: string;
	/** The country id it is kept under in the keys, cells and exports ('999', 'BR999', the name). */
	id: string;
	/** Rows used with it as partner or reporter. */
	rows: number;
	/** Their value, in the dataset's currency. */
	value: number;
}

/** Why an archive entry was set aside rather than read. */
export const SKIP_REASONS = [
	'not-a-trade-table', // text, but no format recognised its header (a readme)
	'product-names', // BACI's product table: names are not needed
	'not-text', // binary content (a .dta, a picture without extension)
	'document', // PDF, Word
	'spreadsheet', // an Excel or ODS workbook: save it as CSV to use it
	'image',
	'xml',
	'nested-archive', // a .gz, .zip, .7z or .rar inside the archive: unpack it first
	'system-file', // __MACOSX/ metadata, hidden files
	'empty'
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** An archive entry set aside. */
export interface SkippedEntry {
	name: string;
	reason: SkipReason;
}

/** One file of a ledger. Companions' rows are not trade: they are counted apart, not in rowsRead. */
export interface LedgerFile {
	name: string;
	format: FormatId | CompanionId;
	/** Bytes as stored (compressed size for .gz and zip entries). */
	bytes: number;
	/** How the bytes were stored. */
	container: 'plain' | 'gzip' | 'zip';
	/** As decoded: UTF-16 is told from its BOM or its NUL high bytes (decode.ts). */
	encoding: 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';
	rows: number;
	/** What the file was read as, when the format has several roles (Comex Stat: exports or imports). */
	role?: 'exports' | 'imports';
}

/** The HS edition (H0 … H6) of one year's codes, and whether a file said so (else: the edition in force). */
export interface YearEdition {
	year: number;
	edition: string;
	stated: boolean;
}

/** What converting a read's keys to one HS edition did (METHODS 8). */
export interface EditionConversion {
	/** The editions of the years read, oldest first (H0 … H6). */
	editions: string[];
	/** The edition every key was converted to: the oldest present. */
	target: string;
	/** Keys whose product code changed; keys a table did not list (kept); keys summed into another. */
	keysChanged: number;
	unlisted: number;
	keysMerged: number;
}

/** Facts about the data read, for the UI to state (valuation, units, years). */
export interface DatasetInfo {
	format: FormatId;
	/** Valuation of imports in this file: CIF (Comtrade) or FOB (BACI). Exports are always FOB. */
	importValuation: 'CIF' | 'FOB';
	/** Currency of every value of the analysis (Comext: EUR; all others: USD). */
	currency: Currency;
	/** How the file writes values, e.g. '1000 USD' for BACI (the engine converts to `currency`). */
	valueUnitInFile: string;
	/** The quantity basis used ('auto' resolved) and its unit ('t', 'kg', or 'reported unit'). */
	quantityBasis: Exclude<QuantityBasis, 'auto'>;
	quantityUnit: string;
	/**
	 * Code tables that would name the unknown countries (Ledger.unknownCountries) and were not
	 * dropped: the release's BACI country table, Comex Stat's PAIS.csv.
	 */
	missingCompanions: CompanionId[];
	/** Facts the user should know about the result (no quantities in the file, …), as codes. */
	notes: DatasetNote[];
	/** English names, from the files, of country ids that have no ISO3 (so Intl cannot name them). */
	countryNames: Record<string, string>;
	/** HS editions of the rows used, as UN Comtrade codes them (H0 = HS 1992 … H6 = HS 2022); absent when the files do not say. */
	hsEditions?: string[];
	/**
	 * The HS edition of each year's codes (METHODS 8): as the files state it (BACI's HSxx file
	 * name, Comtrade's classification code), else the edition in force that year. Not carried by
	 * results links.
	 */
	yearEditions?: YearEdition[];
	/**
	 * Set by the app's worker when the years are in more than one HS edition: every key was
	 * converted to the oldest (METHODS 8), with the keys that changed code. Absent: codes as read.
	 */
	editionConversion?: EditionConversion;
	reporters: string[];
	partners: string[];
	years: number[];
	keys: number;
}

/** Something true of the whole dataset that changes how to read the result. */
export const DATASET_NOTES = [
	'no-quantities', // every unit value is undefined: all IIT unclassified
	'customs-union-reporter', // a customs union (the EU) reports as one: its partners are non-members
	'value-unit-assumed' // a Trade Map table that does not state its unit: Trade Map's thousand USD assumed
] as const;
export type DatasetNote = (typeof DATASET_NOTES)[number];

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
	/**
	 * The import rows that reported an FOB value (METHODS 7.2), per key: `fob` = Σ of their FOB
	 * values, `asRead` = Σ of the same rows' import values as read (CIF, a part of `imports`); 0 for
	 * a key with no such row. Present only when some import row of the read reported one.
	 */
	reportedFob?: { fob: Float64Array; asRead: Float64Array };
	/**
	 * Derived keys only (keysWithFobValuation, "FOB where reported" on): the part of `imports` that
	 * is valued FOB, to which the CIF/FOB factor does not apply. Absent: no import is valued FOB.
	 */
	fobValued?: Float64Array;
}
