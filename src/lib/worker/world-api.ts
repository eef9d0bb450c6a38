/**
 * The world worker's API object: reads a BACI world file keeping every exporter–importer pair
 * (ReadOptions.allPairs) and answers the pair matrix, a pair's detail and the world price ranges
 * (METHODS 9) from the kept keys, never re-reading. Pure TypeScript: no DOM, no Comlink, so tests call it directly in Node.
 */
import {
	type ClassifySettings,
	type DatasetInfo,
	type ExporterRangesFilter,
	type FlowGroups,
	keyBufferBytes,
	type Ledger,
	pairDetail,
	type PairDetail,
	pairMatrix,
	type PairMatrix,
	type PairMatrixOptions,
	pairPriceRanges,
	type PairPriceRanges,
	type PriceRangeRow,
	priceRanges,
	priceRangesSummary,
	type PriceRangesSummary,
	type Progress,
	type ReadOptions,
	readTradeFiles,
	referenceGroups,
	type TradeKeys
} from '../engine';
import { NoKeysError, type AnyInputFile } from './analysis-api';
import { toOutcome, type Outcome } from './wire-error';

/**
 * Most distinct keys a world read may hold. A BACI year has ~11 M rows; rows i → j and j → i of
 * one product meet in one key, so a year holds ~8–9 M unordered pair keys. At 12 M keys:
 * - the accumulator's field arrays cost 44 B a key, capacity capped at the budget: 528 MB; its
 *   hash slots (Int32, load ≤ ½) are 2^25 × 4 B = 128 MB above 2^23 keys;
 * - the last growth (from 2^23 to 12 M slots) briefly holds old + new arrays: 369 + 528 MB;
 * - readTradeFiles then copies the keys (toTradeKeys, 46 B a key): 9 M keys → 414 MB on top of
 *   the accumulator's 656 MB, ≈ 1.07 GB at the peak; 12 M keys → ≈ 1.2 GB.
 * What is kept afterwards is the copy only (46 B a key: 414 MB at 9 M keys), plus the matrix of
 * the last answer (11 arrays of n² doubles: 4.7 MB at n = 230), under the ~2 GB a tab can count
 * on. The price ranges add, once asked for, each flow's group (2 Int32 a key: 72 MB at 9 M keys)
 * and, while the medians are found, each flow's unit value, weight and order (20 B a flow:
 * ≈ 0.3 GB for ~15 M flows, let go after), then the rows of one α (one object per exporter ×
 * importer × sector with trade). Taking the keys without the copy would cut the peak to ≈ 0.7 GB, but would keep the
 * arrays at the budget's size (Node 20 and older browsers cannot shrink an ArrayBuffer).
 */
export const WORLD_MAX_KEYS = 12_000_000;

/** World mode's read options: a BACI file, every pair, BACI's own quantity basis (tons). */
export const WORLD_READ_OPTIONS: ReadOptions = {
	format: 'baci',
	reporter: null,
	allPairs: true,
	quantityBasis: 'auto',
	includeReExports: false
};

/** What a world read hands back to the main thread (the keys stay in the worker). */
export interface WorldReadSummary {
	ledger: Ledger;
	info: DatasetInfo;
	/** Distinct unordered-pair keys held. */
	keys: number;
	/** Bytes of the typed arrays that hold them. */
	keyBytes: number;
	/** Wall time of the read in the worker. */
	readMillis: number;
}

/** The price-range table of one α and filter (one line per exporter), and how long it took. */
export interface WorldRangesAnswer {
	alpha: number;
	summary: PriceRangesSummary;
	millis: number;
}

/** Flows of a pair listed in its detail (the largest by value). */
export const PAIR_RANGE_FLOWS = 50;

/** A pair matrix and how long it took to compute. */
export interface WorldMatrixAnswer {
	matrix: PairMatrix;
	millis: number;
}

export interface WorldApi {
	/** Health check: answers without touching the engine. */
	ping(): Promise<Outcome<'pong'>>;
	/** Reads a BACI world file (every pair), keeps its keys and returns the ledger and facts. */
	read(
		files: AnyInputFile[],
		onProgress?: (progress: Progress) => void
	): Promise<Outcome<WorldReadSummary>>;
	/** The pair matrix of the kept keys (NoKeysError before a read). */
	matrix(
		settings: ClassifySettings,
		options?: PairMatrixOptions
	): Promise<Outcome<WorldMatrixAnswer>>;
	/** One pair by year and sector from both sides (`first`'s view first). */
	pairDetail(
		settings: ClassifySettings,
		first: string,
		second: string
	): Promise<Outcome<PairDetail>>;
	/**
	 * Each exporter's exports by price range at `alpha`, over the rows the filter keeps (years
	 * summed when none is given). The ranked rows are computed once per α and kept.
	 */
	priceRanges(alpha: number, filter?: ExporterRangesFilter): Promise<Outcome<WorldRangesAnswer>>;
	/** One pair's price ranges by year and sector, and its largest flows with their references. */
	pairPriceRanges(alpha: number, first: string, second: string): Promise<Outcome<PairPriceRanges>>;
}

/** Calls a progress callback that may be a Comlink proxy without awaiting it (best effort). */
function report(onProgress: (progress: Progress) => void, progress: Progress): void {
	const pending: unknown = onProgress(progress);
	if (pending instanceof Promise) pending.catch(() => undefined);
}

/** Creates the API with its own kept keys (one per worker). */
export function createWorldApi(): WorldApi {
	let keys: TradeKeys | null = null;
	// The world reference unit values and each flow's group (a sort of every flow): made at the
	// first price-range question, then kept with the keys. The rows of the last α likewise (a
	// BACI year's rows are many: only their per-exporter sums leave the worker).
	let groups: FlowGroups | null = null;
	let ranked: { alpha: number; rows: PriceRangeRow[] } | null = null;

	function keptKeys(): TradeKeys {
		if (!keys) throw new NoKeysError();
		return keys;
	}

	function keptGroups(): FlowGroups {
		groups ??= referenceGroups(keptKeys());
		return groups;
	}

	function rowsAt(alpha: number): PriceRangeRow[] {
		if (ranked?.alpha !== alpha) {
			ranked = null; // let the old rows go before making the new ones
			ranked = { alpha, rows: priceRanges(keptKeys(), alpha, keptGroups()) };
		}
		return ranked.rows;
	}

	return {
		ping: () => toOutcome(() => 'pong' as const),

		read: (files, onProgress) =>
			toOutcome(async () => {
				// Forget the previous keys first: a failed read must not leave stale ones, nor double the memory.
				keys = null;
				groups = null;
				ranked = null;
				const started = performance.now();
				const inputs = files.map((file) =>
					'blob' in file ? file : { name: file.name, blob: file }
				);
				const result = await readTradeFiles(inputs, WORLD_READ_OPTIONS, {
					onProgress: onProgress ? (progress) => report(onProgress, progress) : undefined,
					maxKeys: WORLD_MAX_KEYS
				});
				keys = result.keys;
				return {
					ledger: result.ledger,
					info: result.info,
					keys: keys.count,
					keyBytes: keyBufferBytes(keys),
					readMillis: performance.now() - started
				};
			}),

		matrix: (settings, options = {}) =>
			toOutcome(() => {
				const started = performance.now();
				const matrix = pairMatrix(keptKeys(), settings, options);
				return { matrix, millis: performance.now() - started };
			}),

		pairDetail: (settings, first, second) =>
			toOutcome(() => pairDetail(keptKeys(), first, second, settings)),

		priceRanges: (alpha, filter = {}) =>
			toOutcome(() => {
				const started = performance.now();
				const summary = priceRangesSummary(rowsAt(alpha), filter);
				return { alpha, summary, millis: performance.now() - started };
			}),

		pairPriceRanges: (alpha, first, second) =>
			toOutcome(() =>
				pairPriceRanges(keptKeys(), keptGroups(), first, second, alpha, PAIR_RANGE_FLOWS)
			)
	};
}
