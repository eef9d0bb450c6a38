import { MAX_COUNTRIES } from './accumulate';
import type { Container } from './input/source';
import {
	DROP_REASONS,
	type CompanionId,
	type DropReason,
	type DropTally,
	type FormatId,
	type ImportValuation,
	type Ledger,
	type LedgerFile,
	type UnknownCountry
} from '../model/types';

/**
 * The counts of one slice of one file, read in another thread: line numbers are the slice's own
 * (its first line is 1) until merged. Only BACI is read in slices, so no import valuation.
 */
export interface LedgerSlice {
	rowsRead: number;
	rowsUsed: number;
	valueRead: number;
	valueUsed: number;
	/** Per reason, in DROP_REASONS order. */
	dropRows: number[];
	dropValue: number[];
	firstLines: number[][];
	/** Rows used per country index of the slice's own keys (trailing zeros left out). */
	countryRows: number[];
}

/** Line numbers kept per reason and file (METHODS 5: "the first few"). */
export const FIRST_LINES_PER_FILE = 5;

const REASON_INDEX = Object.fromEntries(DROP_REASONS.map((r, i) => [r, i])) as Record<
	DropReason,
	number
>;

/**
 * Counts what happens to every row (METHODS 5): used, or dropped for one reason, with values.
 * Invariants of the built ledger: rowsRead = rowsUsed + Σ drops.rows and
 * valueRead = valueUsed + Σ drops.value (values that could not be read count as 0).
 */
export class LedgerBuilder {
	#files: LedgerFile[] = [];
	#skipped: Ledger['skipped'] = [];
	#companionRows = 0; // rows of the current companion file (not trade: outside rowsRead)
	#inCompanion = false;
	#rowsRead = 0;
	#rowsUsed = 0;
	#valueRead = 0;
	#valueUsed = 0;
	#rowsReadAtFileStart = 0;
	#dropRows = new Float64Array(DROP_REASONS.length);
	#dropValue = new Float64Array(DROP_REASONS.length);
	#firstLines: DropTally['firstLines'][] = DROP_REASONS.map(() => []);
	#linesInFile = new Int32Array(DROP_REASONS.length); // first lines kept for the current file
	#file = '';
	// Rows used per accumulator country index (as reporter or partner): an unknown code's rows.
	#countryRows = new Float64Array(MAX_COUNTRIES);
	// Import rows used, by valuation (METHODS 7.2): stated once a file has an FOB import column.
	#importValuation: ImportValuation = {
		fobReported: { rows: 0, value: 0, asRead: 0 },
		cifOnly: { rows: 0, value: 0 }
	};
	#hasFobColumn = false;

	/** Starts counting a new trade file; rows counted from here on belong to it. */
	startFile(name: string, format: FormatId, bytes: number, container: Container = 'plain'): void {
		this.#closeFile();
		this.#files.push({ name, format, bytes, container, encoding: 'utf-8', rows: 0 });
		this.#file = name;
		this.#inCompanion = false;
		this.#rowsReadAtFileStart = this.#rowsRead;
		this.#linesInFile.fill(0);
	}

	/** Starts a companion file (country codes): listed with its rows, which are not trade rows. */
	startCompanion(name: string, companion: CompanionId, bytes: number, container: Container): void {
		this.#closeFile();
		this.#files.push({ name, format: companion, bytes, container, encoding: 'utf-8', rows: 0 });
		this.#file = name;
		this.#inCompanion = true;
		this.#companionRows = 0;
	}

	/** Counts one row of the current companion file. */
	companionRow(): void {
		this.#companionRows++;
	}

	/** Records the text encoding the current file turned out to have. */
	setEncoding(encoding: LedgerFile['encoding']): void {
		const current = this.#files[this.#files.length - 1];
		if (current) current.encoding = encoding;
	}

	/** Records what the current file was read as (Comex Stat: exports or imports). */
	setRole(role: NonNullable<LedgerFile['role']>): void {
		const current = this.#files[this.#files.length - 1];
		if (current) current.role = role;
	}

	/** Lists archive entries that were set aside. */
	skip(entries: Ledger['skipped']): void {
		this.#skipped.push(...entries);
	}

	/** Rows used so far, across files. */
	get rowsUsed(): number {
		return this.#rowsUsed;
	}

	/** Rows read so far, across files. */
	get rowsRead(): number {
		return this.#rowsRead;
	}

	/**
	 * Counts a used row, its value in USD and its countries (accumulator indexes; a partner of -1
	 * is none: a table whose partners are its columns).
	 */
	use(valueUsd: number, reporter: number, partner: number): void {
		this.#rowsRead++;
		this.#rowsUsed++;
		this.#valueRead += valueUsd;
		this.#valueUsed += valueUsd;
		this.#countryRows[reporter]++;
		if (partner !== reporter && partner >= 0) this.#countryRows[partner]++;
	}

	/** The file being read has an FOB import column: the built ledger states Ledger.importValuation. */
	noteFobColumn(): void {
		this.#hasFobColumn = true;
	}

	/**
	 * Counts an import row used (after `use`) by its valuation: `fobUsd` is the FOB value it
	 * reported (a finite number > 0), NaN when it reported none; `asReadUsd` its value as used.
	 */
	useImport(asReadUsd: number, fobUsd: number): void {
		const valuation = this.#importValuation;
		if (fobUsd > 0 && fobUsd < Infinity) {
			valuation.fobReported.rows++;
			valuation.fobReported.value += fobUsd;
			valuation.fobReported.asRead += asReadUsd;
		} else {
			valuation.cifOnly.rows++;
			valuation.cifOnly.value += asReadUsd;
		}
	}

	/** Rows used so far with a country (accumulator index) as reporter or partner. */
	rowsOfCountry(index: number): number {
		return this.#countryRows[index] ?? 0;
	}

	/** Counts a dropped row: its reason, line, and value in USD (NaN when it could not be read). */
	drop(reason: DropReason, line: number, valueUsd: number): void {
		const r = REASON_INDEX[reason];
		this.#rowsRead++;
		this.#dropRows[r]++;
		if (valueUsd === valueUsd) {
			this.#dropValue[r] += valueUsd;
			this.#valueRead += valueUsd;
		}
		if (this.#linesInFile[r] < FIRST_LINES_PER_FILE) {
			this.#linesInFile[r]++;
			this.#firstLines[r].push({ file: this.#file, line });
		}
	}

	/** The counts of the file being read, for a merge into the ledger of the whole read. */
	exportSlice(): LedgerSlice {
		const file = this.#file;
		return {
			rowsRead: this.#rowsRead,
			rowsUsed: this.#rowsUsed,
			valueRead: this.#valueRead,
			valueUsed: this.#valueUsed,
			dropRows: [...this.#dropRows],
			dropValue: [...this.#dropValue],
			firstLines: this.#firstLines.map((at) =>
				at.filter((a) => a.file === file).map((a) => a.line)
			),
			countryRows: [
				...this.#countryRows.subarray(0, this.#countryRows.findLastIndex((n) => n > 0) + 1)
			]
		};
	}

	/**
	 * Counts a slice of the current file, read after the rows counted so far: its lines are
	 * shifted by `lineOffset` (the file's line before the slice's first), and its first lines
	 * fill the reasons' first lines in file order. `countryOf` maps the slice's country indexes
	 * to this read's (as the keys are merged).
	 */
	mergeSlice(slice: LedgerSlice, lineOffset: number, countryOf: readonly number[]): void {
		for (let c = 0; c < slice.countryRows.length; c++) {
			this.#countryRows[countryOf[c]] += slice.countryRows[c];
		}
		this.#rowsRead += slice.rowsRead;
		this.#rowsUsed += slice.rowsUsed;
		this.#valueRead += slice.valueRead;
		this.#valueUsed += slice.valueUsed;
		for (let r = 0; r < DROP_REASONS.length; r++) {
			this.#dropRows[r] += slice.dropRows[r];
			this.#dropValue[r] += slice.dropValue[r];
			for (const line of slice.firstLines[r]) {
				if (this.#linesInFile[r] >= FIRST_LINES_PER_FILE) break;
				this.#linesInFile[r]++;
				this.#firstLines[r].push({ file: this.#file, line: line + lineOffset });
			}
		}
	}

	/** The main drop reasons, most rows first, as "reason: rows" facts for an error message. */
	mainDrops(limit = 3): Record<string, number> {
		const order = DROP_REASONS.map((_, i) => i)
			.filter((i) => this.#dropRows[i] > 0)
			.sort((a, b) => this.#dropRows[b] - this.#dropRows[a])
			.slice(0, limit);
		return Object.fromEntries(order.map((i) => [DROP_REASONS[i], this.#dropRows[i]]));
	}

	/** The ledger as plain data, with the unknown country codes found by the read (analyze.ts). */
	build(unknownCountries: readonly UnknownCountry[] = []): Ledger {
		this.#closeFile();
		const drops: Ledger['drops'] = {};
		DROP_REASONS.forEach((reason, i) => {
			if (this.#dropRows[i] === 0) return;
			drops[reason] = {
				rows: this.#dropRows[i],
				value: this.#dropValue[i],
				firstLines: this.#firstLines[i].map((at) => ({ ...at }))
			};
		});
		return {
			files: this.#files.map((f) => ({ ...f })),
			skipped: this.#skipped.map((s) => ({ ...s })),
			rowsRead: this.#rowsRead,
			rowsUsed: this.#rowsUsed,
			drops,
			valueRead: this.#valueRead,
			valueUsed: this.#valueUsed,
			...(this.#hasFobColumn ? { importValuation: this.#copyImportValuation() } : {}),
			unknownCountries: unknownCountries.map((country) => ({ ...country }))
		};
	}

	#copyImportValuation(): ImportValuation {
		const { fobReported, cifOnly } = this.#importValuation;
		return { fobReported: { ...fobReported }, cifOnly: { ...cifOnly } };
	}

	#closeFile(): void {
		const current = this.#files[this.#files.length - 1];
		if (!current) return;
		current.rows = this.#inCompanion
			? this.#companionRows
			: this.#rowsRead - this.#rowsReadAtFileStart;
	}
}
