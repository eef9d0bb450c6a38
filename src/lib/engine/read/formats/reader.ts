import type { KeyAccumulator } from '../accumulate';
import type { CountryDirectory } from '../../codes/directory';
import type { Delimiter } from '../csv';
import { inFile, TradeFileError } from '../../model/errors';
import type { LineFields } from '../fast/line-fields';
import type { QuickLine } from '../fast/plain-lines';
import type { LedgerBuilder } from '../ledger';
import type {
	Currency,
	DatasetNote,
	FormatId,
	QuantityBasis,
	ReadOptions
} from '../../model/types';

/**
 * What a format reader works with. The file's own: its name (for errors) and delimiter.
 * The analysis' (shared by every file): keys, ledger, companion codes and what to tell the user.
 */
export interface ReaderContext {
	file: string;
	delimiter: Delimiter;
	accumulator: KeyAccumulator;
	ledger: LedgerBuilder;
	/** Country codes from companion files (BACI country table, Comex Stat PAIS.csv). */
	directory: CountryDirectory;
	/** Reporters (country indexes) whose rows were dropped as 'other-reporter', to name them if nothing is left. */
	otherReporters: Set<number>;
	/** Monthly or annual, per year, across files (a mix would count a year twice). */
	yearPeriods: Map<number, 'monthly' | 'annual'>;
	/**
	 * Country ids made for texts no table knew (names, Comex codes) → the text as written
	 * (Ledger.unknownCountries; ids of digits are told at the end, see CountryDirectory).
	 */
	unknownCountries: Map<string, string>;
	/** Names of country ids that Intl cannot name (DatasetInfo.countryNames). */
	countryNames: Map<string, string>;
	/** Set once a row of the chosen reporter is read: "not in the file" only when it has none. */
	chosenReporter?: { seen: boolean };
	/** HS editions (Comtrade's H0…H6) of the rows used (DatasetInfo.hsEditions). */
	hsEditions?: Set<string>;
	/** HS editions the files state, per year of the rows used (METHODS 8). */
	statedEditions?: Map<number, Set<string>>;
}

/** What the UI states about a format's data, for the quantity basis chosen. */
export interface FormatFacts {
	currency: Currency;
	importValuation: 'CIF' | 'FOB';
	/** How values are written in the file ('1000 USD', 'USD', 'EUR'). */
	valueUnitInFile: string;
	/** The basis actually used ('auto' resolved to the format's default). */
	quantityBasis: Exclude<QuantityBasis, 'auto'>;
	/** 't', 'kg', or 'reported unit'. */
	quantityUnit: string;
}

/** The unit of net weight (every format but BACI, whose tons are its only quantity). */
export const NET_WEIGHT_UNIT = 'kg';

/** The quantity facts of a basis: net weight in kg, or each row's reported unit. */
export function quantityFacts(
	basis: Exclude<QuantityBasis, 'auto'>
): Pick<FormatFacts, 'quantityBasis' | 'quantityUnit'> {
	return {
		quantityBasis: basis,
		quantityUnit: basis === 'net-weight' ? NET_WEIGHT_UNIT : 'reported unit'
	};
}

/** A trade-data format: how to recognise it, read it, and describe it. */
export interface FormatDefinition {
	id: FormatId;
	/** Whether a header is this format's (names as in the file; compare with normalizeColumnName). */
	matches(header: string[], fileName: string): boolean;
	createReader: ReaderFactory;
	/** Formats of plain numeric files (BACI) also read lines straight from bytes: see fast/. */
	createDualReader?: DualReaderFactory;
	facts(options: ReadOptions): FormatFacts;
	/**
	 * Checks that need every file of the read, once all are read (Trade Map: an exports table and
	 * an imports table make one dataset); what it returns adds to the dataset's facts.
	 */
	finishRead?(accumulator: KeyAccumulator): { notes: DatasetNote[]; valueUnitInFile?: string };
}

/**
 * A format's reader in two forms over one shared state: rows of text (the general path) and
 * lines of bytes (the fast path). Both handle a row alike; a file may go from one to the other.
 */
export interface DualReader {
	text: RowHandler;
	bytes: (fields: LineFields) => void;
	/** Optionally, the quickest reading of the commonest lines, in LF files (see baci-quick.ts). */
	quickLine?: QuickLine;
}

/** Makes a format's dual reader from the file's header (like ReaderFactory). */
export type DualReaderFactory = (
	header: string[],
	options: ReadOptions,
	context: ReaderContext
) => DualReader;

/** Handles one data row: either adds it to the keys (and ledger.use) or drops it with a reason. */
export type RowHandler = (fields: string[], line: number) => void;

/** Makes a format's row handler from the file's header; throws TradeFileError on a bad header. */
export type ReaderFactory = (
	header: string[],
	options: ReadOptions,
	context: ReaderContext
) => RowHandler;

/**
 * The index of a required column (by normalized name, first match wins), or 'missing-column';
 * a name the header writes twice is 'duplicate-column' (see ColumnIndex).
 */
export function requireColumn(columns: Map<string, number>, names: string[], file: string): number {
	for (const name of names) {
		let index: number | undefined;
		try {
			index = columns.get(name.toLowerCase());
		} catch (error) {
			throw inFile(error, file);
		}
		if (index !== undefined) return index;
	}
	throw new TradeFileError(
		'missing-column',
		`The required column "${names[0]}" is missing from the header.`,
		file,
		1,
		names[0],
		{ header: [...columns.keys()].join(',') }
	);
}

/** The index of an optional column, or -1 (a repeated one is 'duplicate-column': see ColumnIndex). */
export function optionalColumn(columns: Map<string, number>, name: string): number {
	return columns.get(name.toLowerCase()) ?? -1;
}

/**
 * Numeric country code → accumulator country index, cached in a small array (codes < 1000)
 * so the hot path does no string work per row.
 */
export class NumericCountryCache {
	#small = new Int32Array(1000).fill(-1);
	#large = new Map<number, number>();
	#accumulator: KeyAccumulator;
	#directory: CountryDirectory;

	constructor(accumulator: KeyAccumulator, directory: CountryDirectory) {
		this.#accumulator = accumulator;
		this.#directory = directory;
	}

	/** The country index of a numeric code (ISO3 from the dropped or built-in table, else the number). */
	indexOf(code: number): number {
		if (code < 1000) {
			const cached = this.#small[code];
			if (cached >= 0) return cached;
			return (this.#small[code] = this.#accumulator.countryId(this.#directory.numericId(code)));
		}
		let index = this.#large.get(code);
		if (index === undefined) {
			index = this.#accumulator.countryId(this.#directory.numericId(code));
			this.#large.set(code, index);
		}
		return index;
	}
}
