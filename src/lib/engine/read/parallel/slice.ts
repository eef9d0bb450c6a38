/**
 * One slice of a plain file, read in a thread of its own (a Web Worker of the pool, a Node
 * worker thread): the lines between two line breaks, read fast into an accumulator and a ledger
 * of its own, handed back as transferable state for the merge.
 */
import { KeyAccumulator, type AccumulatorState } from '../accumulate';
import { CountryDirectory } from '../../codes/directory';
import { pieces } from '../decode';
import { TradeFileError } from '../../model/errors';
import { PlainLineScanner, type LineEnding } from '../fast/plain-lines';
import { formatDefinition } from '../formats/detect';
import type { ReaderContext } from '../formats/reader';
import { plainSource } from '../input/source';
import { LedgerBuilder, type LedgerSlice } from '../ledger';
import type { FormatId, ReadOptions } from '../../model/types';

/** What a thread needs to read a slice as the whole read would. */
export interface SliceRequest {
	/** The whole file: a Blob crosses threads without its bytes being copied. */
	blob: Blob;
	name: string;
	/** Content offsets: `start` is a line start, `end` a line start or the file's end. */
	start: number;
	end: number;
	header: string[];
	ending: LineEnding;
	format: FormatId;
	options: ReadOptions;
	/** The BACI country table's codes, when one was dropped with the data. */
	numericCodes: [number, string][];
	maxKeys?: number;
}

/**
 * A slice read; 'fallback': the slice holds a line only the CSV parser reads right;
 * 'line-too-long': a line of the slice (its `line`, counted from 1 in the slice) is longer than
 * MAX_LINE_LENGTH — the merge names its line in the file (the slices before count their lines).
 */
export type SliceResult =
	| {
			kind: 'done';
			keys: AccumulatorState;
			ledger: LedgerSlice;
			/** Lines in the slice (its line numbers run from 1 to this). */
			lines: number;
			dataRows: number;
			/** The unterminated last line (the file's last slice only), with its slice line. */
			cut: { fields: number; line: number } | null;
	  }
	| { kind: 'fallback' }
	| { kind: 'line-too-long'; line: number };

/** Reads one slice; `onBytes` gets the slice's bytes read so far after each piece. */
export async function readSlice(
	request: SliceRequest,
	onBytes: (bytes: number) => void = () => {}
): Promise<SliceResult> {
	const { name, format, header, options } = request;
	const accumulator = new KeyAccumulator({ maxKeys: request.maxKeys });
	const ledger = new LedgerBuilder();
	ledger.startFile(name, format, 0);
	const directory = new CountryDirectory();
	for (const [code, id] of request.numericCodes) directory.setNumeric(code, id);
	// Dual readers use only the keys, the ledger and the directory (see DualReaderFactory).
	const context: ReaderContext = {
		file: name,
		delimiter: ',',
		accumulator,
		ledger,
		directory,
		otherReporters: new Set(),
		yearPeriods: new Map(),
		unknownCountries: new Map(),
		countryNames: new Map()
	};
	const createDualReader = formatDefinition(format).createDualReader;
	if (!createDualReader) return { kind: 'fallback' };
	const reader = createDualReader(header, options, context);
	const scanner = new PlainLineScanner(reader, request.ending, 0, 1, name);
	const opened = plainSource(name, request.blob.slice(request.start, request.end)).open(0);
	let cut: { fields: number; line: number } | null;
	try {
		for await (const piece of pieces(opened, name)) {
			scanner.push(piece);
			if (scanner.handoff) return { kind: 'fallback' };
			onBytes(opened.storedBytesRead());
		}
		cut = scanner.finish();
	} catch (error) {
		if (error instanceof TradeFileError && error.code === 'line-too-long') {
			return { kind: 'line-too-long', line: error.line ?? 1 };
		}
		throw error;
	}
	if (scanner.handoff) return { kind: 'fallback' };
	return {
		kind: 'done',
		keys: accumulator.exportState(),
		ledger: ledger.exportSlice(),
		lines: scanner.nextLine - 1,
		dataRows: scanner.dataRows,
		cut
	};
}

/** The buffers of a slice result, to transfer rather than copy them between threads. */
export function sliceBuffers(result: SliceResult): ArrayBuffer[] {
	if (result.kind !== 'done') return [];
	const { hi, lo, x, m, qx, qm, ux, um } = result.keys;
	return [hi, lo, x, m, qx, qm, ux, um].map((array) => array.buffer as ArrayBuffer);
}
