/**
 * A large plain file read by several threads at once: cut at line breaks into one slice per
 * thread, each slice read fast into keys and counts of its own, then merged in file order so the
 * keys, their order and the ledger are those of a read in one thread.
 */
import type { KeyAccumulator } from '../accumulate';
import { AbortError } from '../errors';
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
/** Bytes looked at, from a cut's first guess, to find the next line break. */
const LOOKAHEAD_BYTES = 1 << 16;

/** Slices for a file of `bytes` with a pool: one per thread, none smaller than MIN_SLICE_BYTES. */
export function sliceCount(pool: SlicePool, bytes: number): number {
	return Math.min(pool.size, Math.floor(bytes / (pool.minSliceBytes ?? MIN_SLICE_BYTES)));
}

/**
 * Offsets that cut blob[from, size) into `parts` slices, each starting just after a line break:
 * `[from, …, blob.size]`, increasing (fewer cuts when lines are longer than a slice).
 */
export async function cutAtLines(blob: Blob, from: number, parts: number): Promise<number[]> {
	const cuts = [from];
	for (let part = 1; part < parts; part++) {
		let at = Math.max(
			cuts[cuts.length - 1],
			from + Math.floor(((blob.size - from) * part) / parts)
		);
		for (;;) {
			if (at >= blob.size) break;
			const window = new Uint8Array(await blob.slice(at, at + LOOKAHEAD_BYTES).arrayBuffer());
			const lf = window.indexOf(10);
			if (lf >= 0) {
				at += lf + 1;
				break;
			}
			at += window.length;
		}
		if (at < blob.size && at > cuts[cuts.length - 1]) cuts.push(at);
	}
	cuts.push(blob.size);
	return cuts;
}

/** The slices read, in file order; null when one of them must be read by the CSV parser. */
export async function readInSlices(
	pool: SlicePool,
	request: Omit<SliceRequest, 'start' | 'end'>,
	from: number,
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
	const read = results.filter((r): r is SliceResult & { kind: 'done' } => r.kind === 'done');
	return read.length === results.length ? read : null;
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
