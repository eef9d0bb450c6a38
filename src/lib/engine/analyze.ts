/**
 * The one entry point of the read path: files + read options → flow-pair keys, ledger and
 * dataset facts. Files are opened (archives unpacked as streams), recognised by their header,
 * companions read first (their codes are needed by the data), then the data files in order.
 */
import { KeyAccumulator, KeyLimitError } from './accumulate';
import { CountryDirectory } from './codes/directory';
import { CsvRowReader, type Delimiter } from './csv';
import { decodeText, type TextEncodingName } from './decode';
import { AbortError, TradeFileError } from './errors';
import { createCompanionReader } from './formats/companions';
import { formatDefinition } from './formats/detect';
import { namedWidth, normalizeColumnName } from './formats/fields';
import type { DualReader, ReaderContext, RowHandler } from './formats/reader';
import { plainHeader, readPlainBytes, type PlainRead } from './fast/read-plain';
import { mergeSlices, readInSlices, sliceCount, type SlicePool } from './parallel/read-in-slices';
import type { LineReader } from './fast/plain-lines';
import { openInputs } from './input/open';
import { planSources, type PlannedSource } from './plan';
import type { ContentSource } from './input/source';
import { LedgerBuilder } from './ledger';
import { ProgressReporter } from './progress';
import type {
	CompanionId,
	DatasetInfo,
	FormatId,
	Ledger,
	Progress,
	ReadOptions,
	TradeKeys
} from './types';

/** A file to read: a browser File or a Node Blob, with the name to report it by. */
export interface InputFile {
	name: string;
	blob: Blob;
}

/** Optional progress callback, cancellation and memory budget for a read. */
export interface ReadHooks {
	/** Called about ten times a second at most, never per row. */
	onProgress?: (progress: Progress) => void;
	signal?: AbortSignal;
	/** Most distinct keys to hold ('too-many-keys' beyond); the accumulator's default otherwise. */
	maxKeys?: number;
	/** false: always the general path (decoder + CSV parser), to compare it with the fast one. */
	fast?: boolean;
	/** Threads that read slices of a large plain file at once (see parallel/). */
	slices?: SlicePool;
}

/** What a read produces: the flow-pair keys, the ledger of every row, and facts for the UI. */
export interface ReadResult {
	keys: TradeKeys;
	ledger: Ledger;
	info: DatasetInfo;
}

export async function readTradeFiles(
	files: InputFile[],
	options: ReadOptions,
	hooks: ReadHooks = {}
): Promise<ReadResult> {
	const { sources, skipped } = await openInputs(files);
	throwIfAborted(hooks.signal);
	const plan = await planSources(sources, skipped, options);
	const format = (plan.find((p) => p.kind.kind === 'data')?.kind as { format: FormatId }).format;

	const accumulator = new KeyAccumulator({ maxKeys: hooks.maxKeys });
	const ledger = new LedgerBuilder();
	ledger.skip(skipped);
	const directory = new CountryDirectory();
	const shared = {
		accumulator,
		ledger,
		directory,
		otherReporters: new Set<number>(),
		yearPeriods: new Map<number, 'monthly' | 'annual'>(),
		unrecognisedCountries: new Set<string>(),
		countryNames: new Map<string, string>()
	};
	// The text handler of the file being read, kept for the general path when the fast one stops.
	let textHandler: RowHandler | null = null;
	const progress = new ProgressReporter(
		plan.map((p) => p.source),
		() => ledger.rowsRead,
		hooks.onProgress
	);
	for (let index = 0; index < plan.length; index++) {
		const { source, kind } = plan[index];
		const dual = kind.kind === 'data' ? formatDefinition(kind.format).createDualReader : undefined;
		await readSource(
			source,
			index,
			(header, delimiter) => {
				if (kind.kind === 'companion') {
					ledger.startCompanion(source.name, kind.companion, source.storedBytes, source.container);
					return {
						text: createCompanionReader(kind.companion, header, directory, source.name, ledger)
					};
				}
				ledger.startFile(source.name, kind.format, source.storedBytes, source.container);
				const context: ReaderContext = { ...shared, file: source.name, delimiter };
				if (dual) return dual(header, options, context);
				return { text: formatDefinition(kind.format).createReader(header, options, context) };
			},
			dual !== undefined && hooks.fast !== false
		);
	}
	progress.finish();

	/**
	 * Reads one source: fast from its bytes when its format can and the file is plain, through
	 * the text decoder and the CSV parser otherwise, or from where the fast reading stopped.
	 */
	async function readSource(
		source: ContentSource,
		index: number,
		makeReader: (
			header: string[],
			delimiter: Delimiter
		) => Partial<DualReader> & { text: RowHandler },
		tryFast: boolean
	): Promise<void> {
		try {
			let resume: (PlainRead & { kind: 'handoff' }) | undefined;
			if (tryFast && hooks.slices && source.blob && !options.allPairs) {
				const read = await readSliced(source, source.blob, index, hooks.slices, makeReader);
				if (read === 'done') return;
				if (read) resume = read;
			}
			if (tryFast && !resume) {
				const fast = await readPlainBytes(
					source,
					(header) => {
						const reader = makeReader(header, ',');
						ledger.setEncoding('utf-8');
						textHandler = reader.text;
						return reader as LineReader;
					},
					(bytesDone) => {
						throwIfAborted(hooks.signal);
						progress.report(index, bytesDone);
					}
				);
				if (fast.kind === 'done') {
					const cut = fast.cut && { length: fast.cut.fields, line: fast.cut.line };
					return checkEnd(source.name, fast.header, cut, fast.dataRows);
				}
				if (fast.kind === 'handoff') resume = fast;
			}
			await readText(source, index, makeReader, resume);
		} catch (error) {
			if (error instanceof KeyLimitError) throw tooManyKeys(source.name, error.limit);
			// The device ran out of memory for the key arrays before the budget was reached.
			if (error instanceof RangeError && /allocation failed/i.test(error.message)) {
				throw tooManyKeys(source.name, accumulator.size);
			}
			throw error;
		}
	}

	/**
	 * A large plain file read by the slice pool: 'done', or where the CSV parser must take over
	 * (a slice holds a line only it reads right: the whole body goes to it), or null when the file
	 * is too small for slices or does not start plain (the one-thread path decides).
	 */
	async function readSliced(
		source: ContentSource,
		blob: Blob,
		index: number,
		pool: SlicePool,
		makeReader: (header: string[], delimiter: Delimiter) => Partial<DualReader>
	): Promise<'done' | (PlainRead & { kind: 'handoff' }) | null> {
		if (sliceCount(pool, blob.size) < 2) return null;
		const header = plainHeader(new Uint8Array(await blob.slice(0, 1 << 16).arrayBuffer()));
		if (!header) return null;
		textHandler = makeReader(header.fields, ',').text ?? null; // starts the file's ledger entry
		ledger.setEncoding('utf-8');
		const request = {
			blob,
			name: source.name,
			header: header.fields,
			ending: header.ending,
			format,
			options,
			numericCodes: directory.numericCodes(),
			maxKeys: hooks.maxKeys
		};
		const report = (bytes: number) => progress.report(index, bytes);
		const slices = await readInSlices(pool, request, header.offset, report, hooks.signal);
		if (!slices) {
			const { fields, ending, offset } = header;
			return { kind: 'handoff', header: fields, ending, offset, line: 2, dataRows: 0 };
		}
		const { dataRows, cut } = mergeSlices(slices, accumulator, ledger, 2);
		checkEnd(source.name, header.fields, cut && { length: cut.fields, line: cut.line }, dataRows);
		return 'done';
	}

	/** The general path: decode the text and parse it as CSV (from the start, or where the fast reading stopped). */
	async function readText(
		source: ContentSource,
		index: number,
		makeReader: (header: string[], delimiter: Delimiter) => { text: RowHandler },
		resume: (PlainRead & { kind: 'handoff' }) | undefined
	): Promise<void> {
		let handler: RowHandler | null = resume ? textHandler : null;
		let header: string[] = resume?.header ?? [];
		let encoding: TextEncodingName = 'utf-8';
		const csv = new CsvRowReader(
			{
				header(fields, delimiter) {
					header = fields;
					handler = makeReader(fields, delimiter).text; // starts the file's ledger entry
					ledger.setEncoding(encoding);
				},
				rows(rows, lines, count) {
					const handle = handler as RowHandler;
					for (let r = 0; r < count; r++) handle(rows[r], lines[r]);
				}
			},
			resume && { delimiter: ',', newline: resume.ending, line: resume.line }
		);
		for await (const chunk of decodeText(source, resume?.offset ?? 0)) {
			// The encoding can change from utf-8 to windows-1252 mid-file (decode.ts restarts).
			if (chunk.encoding !== encoding && handler !== null) ledger.setEncoding(chunk.encoding);
			encoding = chunk.encoding;
			csv.push(chunk.text);
			throwIfAborted(hooks.signal);
			progress.report(index, chunk.bytesDone);
		}
		const cut = csv.finish();
		const dataRows = csv.dataRows + (resume?.dataRows ?? 0);
		checkEnd(source.name, header, cut && { length: cut.fields.length, line: cut.line }, dataRows);
	}

	if (ledger.rowsUsed === 0 && shared.otherReporters.size > 0 && options.reporter) {
		throw reporterNotInFile(
			files,
			options.reporter,
			[...shared.otherReporters].map((i) => accumulator.countryOf(i))
		);
	}
	if (ledger.rowsUsed === 0) {
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
	const info = datasetInfo(keys, format, options, plan, shared);
	return { keys, ledger: ledger.build(), info };
}

/** A file is whole and has data: its last row, when no line break ends it, has the header's width. */
function checkEnd(
	file: string,
	header: string[],
	cut: { length: number; line: number } | null,
	dataRows: number
): void {
	if (cut && cut.length < namedWidth(header)) throw truncated(file, cut, header);
	if (dataRows === 0) {
		throw new TradeFileError('empty-file', 'The file has a header and no data rows.', file, 1);
	}
}

/** The last row stops short of the header's width and no line break ends it: the file was cut. */
function truncated(
	file: string,
	cut: { length: number; line: number },
	header: string[]
): TradeFileError {
	const column = normalizeColumnName(header[Math.max(0, cut.length - 1)] ?? '');
	return new TradeFileError(
		'truncated-file',
		'The file ends in the middle of a row: it was cut short (download it again).',
		file,
		cut.line,
		column || undefined
	);
}

/** The keys would not fit in memory: say so before the tab is in danger, and what to do. */
function tooManyKeys(file: string, limit: number): TradeFileError {
	return new TradeFileError(
		'too-many-keys',
		`The files hold more than ${limit} distinct (year, reporter, partner, product) keys, more than memory allows: choose one reporter, or fewer years.`,
		file,
		undefined,
		undefined,
		{ limit }
	);
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
function datasetInfo(
	keys: TradeKeys,
	format: FormatId,
	options: ReadOptions,
	plan: PlannedSource[],
	shared: { countryNames: Map<string, string>; unrecognisedCountries: Set<string> }
): DatasetInfo {
	const ids = (column: Uint16Array): string[] =>
		[...new Set(column)].map((i) => keys.countries[i]).sort();
	const partners = ids(keys.partner);
	const reporters = ids(keys.reporter);
	const used = new Set([...partners, ...reporters]);
	const hasCompanion = (id: CompanionId) =>
		plan.some((p) => p.kind.kind === 'companion' && p.kind.companion === id);
	let anyQuantity = false;
	for (let k = 0; k < keys.count && !anyQuantity; k++) {
		anyQuantity =
			keys.exportQty[k] === keys.exportQty[k] || keys.importQty[k] === keys.importQty[k];
	}
	return {
		format,
		...formatDefinition(format).facts(options),
		reporters,
		partners,
		years: [...new Set(keys.year)].sort((a, b) => a - b),
		keys: keys.count,
		missingCompanions:
			format === 'comex-stat' && !hasCompanion('comex-countries') ? ['comex-countries'] : [],
		notes: anyQuantity ? [] : ['no-quantities'],
		unrecognisedCountries: [...shared.unrecognisedCountries].filter((c) => used.has(c)).sort(),
		countryNames: Object.fromEntries([...shared.countryNames].filter(([id]) => used.has(id)))
	};
}

function throwIfAborted(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new AbortError();
}
