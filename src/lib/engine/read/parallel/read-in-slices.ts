/**
 * A large plain file read by several threads at once: cut at line breaks into one slice per
 * thread, each slice read fast into keys and counts of its own, then merged in file order so the
 * keys, their order and the ledger are those of a read in one thread.
 */
import type { KeyAccumulator } from '../accumulate';
import { AbortError } from '../../model/errors';
import { lineTooLong, MAX_LINE_LENGTH } from '../line-limit';
import type { LedgerBuilder } from '../ledger';
import type { SliceRequest, SliceResult } from './slice';

/** Threads that read slices of a file at once (Web Workers in the browser, worker threads in Node). */
export interface SlicePool {
	/** Threads available. */
	readonly size: number;
	/** Smallest slice given a thread; MIN_SLICE_BYTES when not set (tests set less). */
	readonly minSliceBytes?: number;
	/** Reads each slice in a thread of its own; `onBytes` gets each slice's bytes read so far. */
	readAll(
		requests: SliceRequest[],
		onBytes: (slice: number, bytes: number) => void
	): Promise<SliceResult[]>;
	/** Stops the reads under way (their promise rejects); the pool starts fresh threads after. */
	cancel(): void;
}

/** Smallest slice worth a thread: below it, starting threads and merging cost more than they save. */
export const MIN_SLICE_BYTES = 16 << 20;
/** Bytes read at a time, from a cut's first guess, to find the next line break. */
const LOOKAHEAD_BYTES = 1 << 16;

/** Slices for a file of `bytes` with a pool: one per thread, none smaller than MIN_SLICE_BYTES. */
export function sliceCount(pool: SlicePool, bytes: number): number {
	return Math.min(pool.size, Math.floor(bytes / (pool.minSliceBytes ?? MIN_SLICE_BYTES)));
}

/**
 * Offsets that cut blob[from, size) into `parts` slices, each starting just after a line break:
 * `[from, …, blob.size]`, increasing (fewer cuts when lines are longer than a slice). A line
 * break is looked for up to MAX_LINE_LENGTH bytes after a cut's first guess: past that, the
 * guess is inside a line too long, which the slice holding it reports, so that cut is dropped.
 */
export async function cutAtLines(blob: Blob, from: number, parts: number): Promise<number[]> {
	const cuts = [from];
	for (let part = 1; part < parts; part++) {
		const guess = Math.max(
			cuts[cuts.length - 1],
			from + Math.floor(((blob.size - from) * part) / parts)
		);
		const at = await nextLineStart(blob, guess);
		if (at !== null && at < blob.size && at > cuts[cuts.length - 1]) cuts.push(at);
	}
	cuts.push(blob.size);
	return cuts;
}

/** The offset after the first LF at or after `at`, if one comes within MAX_LINE_LENGTH + 1 bytes. */
async function nextLineStart(blob: Blob, at: number): Promise<number | null> {
	const end = Math.min(blob.size, at + MAX_LINE_LENGTH + 1);
	for (let start = at; start < end; start += LOOKAHEAD_BYTES) {
		const stop = Math.min(end, start + LOOKAHEAD_BYTES);
		const window = new Uint8Array(await blob.slice(start, stop).arrayBuffer());
		const lf = window.indexOf(10);
		if (lf >= 0) return start + lf + 1;
	}
	return end >= blob.size ? blob.size : null;
}

/**
 * The slices of the body (from content offset `from`, on line `firstLine`) read, in file order;
 * null when one of them must be read by the CSV parser. A line too long in a slice ends the read.
 */
export async function readInSlices(
	pool: SlicePool,
	request: Omit<SliceRequest, 'start' | 'end'>,
	from: number,
	firstLine: number,
	onBytes: (bytes: number) => void,
	signal?: AbortSignal
): Promise<(SliceResult & { kind: 'done' })[] | null> {
	const cuts = await cutAtLines(request.blob, from, sliceCount(pool, request.blob.size - from));
	const requests = cuts.slice(1).map((end, s) => ({ ...request, start: cuts[s], end }));
	const done = new Float64Array(requests.length);
	const aborted = new Promise<never>((_, reject) => {
		if (signal?.aborted) reject(new AbortError());
		signal?.addEventListener('abort', () => reject(new AbortError()), { once: true });
	});
	const reads = pool.readAll(requests, (slice, bytes) => {
		done[slice] = bytes;
		onBytes(from + done.reduce((sum, b) => sum + b, 0));
	});
	let results: SliceResult[];
	try {
		results = await Promise.race([reads, aborted]);
	} catch (error) {
		if (error instanceof AbortError) pool.cancel();
		throw error;
	}
	return slicesRead(results, request.name, firstLine);
}

/**
 * The slices when every one was read; null when the CSV parser must read one, from the first
 * such slice on (it meets any line too long after it itself); a line too long in a slice before
 * that is named by its line in the file: the lines of the slices before it, and its own.
 */
function slicesRead(
	results: SliceResult[],
	file: string,
	firstLine: number
): (SliceResult & { kind: 'done' })[] | null {
	const read: (SliceResult & { kind: 'done' })[] = [];
	let linesBefore = firstLine - 1;
	for (const result of results) {
		if (result.kind === 'fallback') return null;
		if (result.kind === 'line-too-long') throw lineTooLong(file, linesBefore + result.line);
		read.push(result);
		linesBefore += result.lines;
	}
	return read;
}

/**
 * Merges slices read from the line after `firstLine - 1` on, in file order, into the read's keys
 * and the ledger of the file being read. Returns the data rows and the unterminated last line.
 */
export function mergeSlices(
	slices: (SliceResult & { kind: 'done' })[],
	accumulator: KeyAccumulator,
	ledger: LedgerBuilder,
	firstLine: number
): { dataRows: number; cut: { fields: number; line: number } | null } {
	let lineOffset = firstLine - 1;
	let dataRows = 0;
	let cut: { fields: number; line: number } | null = null;
	for (const slice of slices) {
		accumulator.mergeState(slice.keys);
		// The slice's country indexes as this read's (mergeState interned them all).
		const countryOf = slice.keys.countries.map((id) => accumulator.countryId(id));
		ledger.mergeSlice(slice.ledger, lineOffset, countryOf);
		dataRows += slice.dataRows;
		cut = slice.cut && { fields: slice.cut.fields, line: slice.cut.line + lineOffset };
		lineOffset += slice.lines;
	}
	return { dataRows, cut };
}
