import { KeyAccumulator } from './accumulate';
import { CsvRowReader } from './csv';
import { decodeText } from './decode';
import { AbortError, TradeFileError } from './errors';
import { detectFormat, formatFacts, READERS } from './formats/detect';
import { normalizeColumnName } from './formats/fields';
import type { RowHandler } from './formats/reader';
import { LedgerBuilder } from './ledger';
import type { DatasetInfo, FormatId, Ledger, Progress, ReadOptions, TradeKeys } from './types';

/** A file to read: a browser File or a Node Blob, with the name to report it by. */
export interface InputFile {
	name: string;
	blob: Blob;
}

/** Optional progress callback and cancellation for a read. */
export interface ReadHooks {
	/** Called about ten times a second at most, never per row. */
	onProgress?: (progress: Progress) => void;
	signal?: AbortSignal;
}

/** What a read produces: the flow-pair keys, the ledger of every row, and facts for the UI. */
export interface ReadResult {
	keys: TradeKeys;
	ledger: Ledger;
	info: DatasetInfo;
}

/** Minimum time between two progress reports. */
const PROGRESS_INTERVAL_MS = 100;

/** The one entry point of the read path: files + read options → flow-pair keys, ledger and dataset facts. */
export async function readTradeFiles(
	files: InputFile[],
	options: ReadOptions,
	hooks: ReadHooks = {}
): Promise<ReadResult> {
	const accumulator = new KeyAccumulator();
	const ledger = new LedgerBuilder();
	const progress = new ProgressReporter(files, ledger, hooks.onProgress);
	let format: FormatId | null = null;
	const otherReporters = new Set<number>();

	for (let fileIndex = 0; fileIndex < files.length; fileIndex++) {
		const { name, blob } = files[fileIndex];
		let handler: RowHandler | null = null;
		const csv = new CsvRowReader({
			header(fields) {
				const found = options.format === 'auto' ? detectFormat(fields) : options.format;
				if (found === null) throw unknownFormat(name, fields);
				if (format !== null && found !== format) {
					throw new TradeFileError(
						'mixed-formats',
						`This file is ${found} while the files before it are ${format}: analyse one format at a time.`,
						name,
						undefined,
						undefined,
						{ format: found, expected: format }
					);
				}
				format = found;
				ledger.startFile(name, found, blob.size);
				handler = READERS[found](fields, options, {
					file: name,
					accumulator,
					ledger,
					otherReporters
				});
			},
			rows(rows, lines, count) {
				const handle = handler as RowHandler;
				for (let r = 0; r < count; r++) handle(rows[r], lines[r]);
			}
		});
		throwIfAborted(hooks.signal);
		for await (const chunk of decodeText(blob, name)) {
			csv.push(chunk.text);
			throwIfAborted(hooks.signal);
			progress.report(fileIndex, chunk.bytesDone);
		}
		csv.finish();
		if (!csv.headerSeen) throw new TradeFileError('empty-file', 'The file has no text.', name);
		if (csv.dataRows === 0) {
			throw new TradeFileError('empty-file', 'The file has a header and no data rows.', name, 1);
		}
	}
	progress.finish();

	if (ledger.rowsUsed === 0 && otherReporters.size > 0 && options.reporter) {
		throw reporterNotInFile(
			files,
			options.reporter,
			[...otherReporters].map((i) => accumulator.countryOf(i))
		);
	}
	if (ledger.rowsUsed === 0 || format === null) {
		const drops = ledger.mainDrops();
		const summary = Object.entries(drops)
			.map(([reason, rows]) => `${rows} ${reason}`)
			.join(', ');
		throw new TradeFileError(
			'no-rows-used',
			`No row could be used${summary ? ` (rows dropped: ${summary})` : ''}.`,
			files.map((f) => f.name).join(', '),
			undefined,
			undefined,
			drops
		);
	}
	const keys = accumulator.toTradeKeys();
	return { keys, ledger: ledger.build(), info: datasetInfo(keys, format, options) };
}

/** Nothing was used because the file is another country's report: say whose. */
function reporterNotInFile(files: InputFile[], reporter: string, found: string[]): TradeFileError {
	const reporters = found.sort().join(', ');
	return new TradeFileError(
		'reporter-not-in-file',
		`The file has no trade reported by ${reporter}; it is reported by ${reporters}. Choose one of them as the reporter.`,
		files.map((f) => f.name).join(', '),
		undefined,
		undefined,
		{ reporter, reporters }
	);
}

/** Facts about the keys read, for the UI. */
function datasetInfo(keys: TradeKeys, format: FormatId, options: ReadOptions): DatasetInfo {
	const used = (ids: Uint16Array): string[] =>
		[...new Set(ids)].map((i) => keys.countries[i]).sort();
	return {
		format,
		...formatFacts(format, options.quantityBasis),
		currency: 'USD',
		reporters: used(keys.reporter),
		partners: used(keys.partner),
		years: [...new Set(keys.year)].sort((a, b) => a - b),
		keys: keys.count
	};
}

function unknownFormat(file: string, header: string[]): TradeFileError {
	const shown = header.map(normalizeColumnName).slice(0, 12).join(',');
	return new TradeFileError(
		'unknown-format',
		`The header (${shown}) is not one of a known format (BACI, UN Comtrade+).`,
		file,
		1,
		undefined,
		{ header: shown }
	);
}

function throwIfAborted(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new AbortError();
}

/** Reports progress at most every PROGRESS_INTERVAL_MS (at most once per chunk), plus a final report. */
class ProgressReporter {
	#last = -Infinity;
	#started = Date.now();
	#bytesBefore: number[] = [];
	#bytesTotal: number;

	constructor(
		private files: InputFile[],
		private ledger: LedgerBuilder,
		private onProgress: ((progress: Progress) => void) | undefined
	) {
		let sum = 0;
		for (const file of files) {
			this.#bytesBefore.push(sum);
			sum += file.blob.size;
		}
		this.#bytesTotal = sum;
	}

	report(fileIndex: number, bytesInFile: number): void {
		if (!this.onProgress) return;
		const now = Date.now();
		if (now - this.#last < PROGRESS_INTERVAL_MS) return;
		this.#last = now;
		this.#send(fileIndex, this.#bytesBefore[fileIndex] + bytesInFile, now);
	}

	finish(): void {
		if (this.onProgress && this.files.length > 0) {
			this.#send(this.files.length - 1, this.#bytesTotal, Date.now());
		}
	}

	#send(fileIndex: number, bytesDone: number, now: number): void {
		const rows = this.ledger.rowsRead;
		const seconds = Math.max((now - this.#started) / 1000, 1e-3);
		this.onProgress?.({
			file: this.files[fileIndex].name,
			fileIndex,
			fileCount: this.files.length,
			bytesDone: Math.min(bytesDone, this.#bytesTotal),
			bytesTotal: this.#bytesTotal,
			rows,
			rowsPerSecond: rows / seconds
		});
	}
}
