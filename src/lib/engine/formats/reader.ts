import type { KeyAccumulator } from '../accumulate';
import { TradeFileError } from '../errors';
import type { LedgerBuilder } from '../ledger';
import type { ReadOptions } from '../types';
import { countryIdOfNumericCode } from '../codes/countries';

/** What a format reader writes into: the file's name (for errors), the keys and the ledger. */
export interface ReaderContext {
	file: string;
	accumulator: KeyAccumulator;
	ledger: LedgerBuilder;
	/** Reporters (country indexes) whose rows were dropped as 'other-reporter', to name them if nothing is left. */
	otherReporters: Set<number>;
}

/** Handles one data row: either adds it to the keys (and ledger.use) or drops it with a reason. */
export type RowHandler = (fields: string[], line: number) => void;

/** Makes a format's row handler from the file's header; throws TradeFileError on a bad header. */
export type ReaderFactory = (
	header: string[],
	options: ReadOptions,
	context: ReaderContext
) => RowHandler;

/** The index of a required column (by normalized name, first match wins), or 'missing-column'. */
export function requireColumn(columns: Map<string, number>, names: string[], file: string): number {
	for (const name of names) {
		const index = columns.get(name.toLowerCase());
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

/** The index of an optional column, or -1. */
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

	constructor(accumulator: KeyAccumulator) {
		this.#accumulator = accumulator;
	}

	/** The country index of a numeric code (ISO3 from the built-in table, else the number). */
	indexOf(code: number): number {
		if (code < 1000) {
			const cached = this.#small[code];
			if (cached >= 0) return cached;
			return (this.#small[code] = this.#accumulator.countryId(countryIdOfNumericCode(code)));
		}
		let index = this.#large.get(code);
		if (index === undefined) {
			index = this.#accumulator.countryId(countryIdOfNumericCode(code));
			this.#large.set(code, index);
		}
		return index;
	}
}
