/**
 * Reads one source of a read (a file, a .gz, a zip entry) three ways, from the fastest: a large
 * plain file in slices by the pool of workers, a plain file from its bytes in this thread, and
 * anything else through the text decoder and the CSV parser — which also takes over, from the
 * line it must read, wherever a faster way stops. Every way counts the same rows the same way.
 */
import type { KeyAccumulator } from './accumulate';
import { KeyLimitError } from './accumulate';
import type { CountryDirectory } from '../codes/directory';
import type { CsvSink, Delimiter } from './csv';
import { decodeText, type TextEncodingName } from './decode';
import { AbortError, TradeFileError } from '../model/errors';
import type { LineReader } from './fast/plain-lines';
import { plainHeader, readPlainBytes, type PlainRead } from './fast/read-plain';
import { namedWidth, normalizeColumnName } from './formats/fields';
import type { DualReader, RowHandler } from './formats/reader';
import { createRowReader, type RowReader } from './input/html-table';
import type { ContentSource } from './input/source';
import type { LedgerBuilder } from './ledger';
import { mergeSlices, readInSlices, sliceCount, type SlicePool } from './parallel/read-in-slices';
import type { ProgressReporter } from './progress';
import type { FormatId, Progress, ReadOptions } from '../model/types';

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

/** Makes a file's reader from its header; it starts the file's ledger entry. */
export type ReaderMaker = (
	header: string[],
	delimiter: Delimiter
) => Partial<DualReader> & { text: RowHandler };

/** What reading a source needs from the whole read. */
export interface SourceReadContext {
	accumulator: KeyAccumulator;
	ledger: LedgerBuilder;
	directory: CountryDirectory;
	progress: ProgressReporter;
	hooks: ReadHooks;
	options: ReadOptions;
	/** The format of the read's data files. */
	format: FormatId;
}

/** Where the CSV parser goes on after a faster reading stopped. */
type Handoff = PlainRead & { kind: 'handoff' };

/**
 * Reads one source (`index` in the read, for progress). `fast`: its reader reads bytes too
 * (a dual reader) and the read allows it.
 */
export async function readSource(
	source: ContentSource,
	index: number,
	makeReader: ReaderMaker,
	fast: boolean,
	context: SourceReadContext
): Promise<void> {
	const { hooks, options, accumulator } = context;
	// The file's text reader, for the CSV parser when it takes over from a faster reading.
	const made: { text: RowHandler | null } = { text: null };
	const make: ReaderMaker = (header, delimiter) => {
		const reader = makeReader(header, delimiter);
		made.text = reader.text;
		return reader;
	};
	try {
		let resume: Handoff | undefined;
		if (fast && hooks.slices && source.blob && !options.allPairs) {
			const sliced = await readSliced(source, source.blob, index, hooks.slices, make, context);
			if (sliced === 'done') return;
			if (sliced) resume = sliced;
		}
		if (fast && !resume) {
			const plain = await readPlain(source, index, make, context);
			if (plain === 'done') return;
			if (plain) resume = plain;
		}
		const handoff = resume && { ...resume, text: made.text as RowHandler };
		await readText(source, index, make, handoff, context);
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
 * is too small for slices or does not start plain (the one-thread ways decide).
 */
async function readSliced(
	source: ContentSource,
	blob: Blob,
	index: number,
	pool: SlicePool,
	makeReader: ReaderMaker,
	{ accumulator, ledger, directory, progress, hooks, options, format }: SourceReadContext
): Promise<'done' | Handoff | null> {
	if (sliceCount(pool, blob.size) < 2) return null;
	const header = plainHeader(new Uint8Array(await blob.slice(0, 1 << 16).arrayBuffer()));
	if (!header) return null;
	makeReader(header.fields, ',');
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
	const slices = await readInSlices(pool, request, header.offset, 2, report, hooks.signal);
	if (!slices) {
		const { fields, ending, offset } = header;
		return { kind: 'handoff', header: fields, ending, offset, line: 2, dataRows: 0 };
	}
	const { dataRows, cut } = mergeSlices(slices, accumulator, ledger, 2);
	checkEnd(source.name, header.fields, cut && { length: cut.fields, line: cut.line }, dataRows);
	return 'done';
}

/** A plain file read from its bytes in this thread: 'done', where the parser takes over, or null (not plain). */
async function readPlain(
	source: ContentSource,
	index: number,
	makeReader: ReaderMaker,
	{ ledger, progress, hooks }: SourceReadContext
): Promise<'done' | Handoff | null> {
	const read = await readPlainBytes(
		source,
		(header) => {
			const reader = makeReader(header, ',');
			ledger.setEncoding('utf-8');
			return reader as LineReader;
		},
		(bytesDone) => {
			throwIfAborted(hooks.signal);
			progress.report(index, bytesDone);
		}
	);
	if (read.kind === 'not-plain') return null;
	if (read.kind === 'handoff') return read;
	const cut = read.cut && { length: read.cut.fields, line: read.cut.line };
	checkEnd(source.name, read.header, cut, read.dataRows);
	return 'done';
}

/** The general path: decode the text and parse it as CSV, from the start or from a handoff. */
async function readText(
	source: ContentSource,
	index: number,
	makeReader: ReaderMaker,
	resume: (Handoff & { text: RowHandler }) | undefined,
	{ ledger, progress, hooks }: SourceReadContext
): Promise<void> {
	let handler: RowHandler | null = resume?.text ?? null;
	let header: string[] = resume?.header ?? [];
	let encoding: TextEncodingName = 'utf-8';
	const sink: CsvSink = {
		header(fields, delimiter) {
			header = fields;
			handler = makeReader(fields, delimiter).text; // starts the file's ledger entry
			ledger.setEncoding(encoding);
		},
		rows(rows, lines, count) {
			const handle = handler as RowHandler;
			for (let r = 0; r < count; r++) handle(rows[r], lines[r]);
		}
	};
	const resumeAt = resume && { delimiter: ',' as const, newline: resume.ending, line: resume.line };
	// CSV, or an HTML page's table rows: the file's first text tells (a handoff goes on in CSV).
	let csv: RowReader | null = resumeAt ? createRowReader('', sink, source.name, resumeAt) : null;
	for await (const chunk of decodeText(source, resume?.offset ?? 0)) {
		csv ??= createRowReader(chunk.text, sink, source.name, resumeAt);
		// The encoding can change from utf-8 to windows-1252 mid-file (decode.ts restarts).
		if (chunk.encoding !== encoding && handler !== null) ledger.setEncoding(chunk.encoding);
		encoding = chunk.encoding;
		csv.push(chunk.text);
		throwIfAborted(hooks.signal);
		progress.report(index, chunk.bytesDone);
	}
	if (csv === null) throw new TradeFileError('empty-file', 'The file is empty.', source.name);
	const cut = csv.finish();
	const dataRows = csv.dataRows + (resume?.dataRows ?? 0);
	checkEnd(source.name, header, cut && { length: cut.fields.length, line: cut.line }, dataRows);
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

/** Stops a read whose signal was aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
	if (signal?.aborted) throw new AbortError();
}
