/**
 * The worker's API object. Pure TypeScript: no DOM, no Comlink, so tests call it
 * directly in Node. The flow-pair keys of the last read stay here, in the worker,
 * so changing α or θ reclassifies without reading the files again.
 */
import {
	ALL_PRODUCTS,
	type Cell,
	cellsToCsv,
	type CodesAsRead,
	codesAsReadLookup,
	classifyKeys,
	classStability,
	type ClassStabilityResult,
	type ClassifySettings,
	type DatasetInfo,
	type DeterminantsQuery,
	type DeterminantsResult,
	type EditionConversion,
	type FilePreview,
	harmonizeEditions,
	type HsEdition,
	type InputFile,
	type Ledger,
	type MarginalCell,
	marginalCells,
	type MarginalQuery,
	prepareDrillDown,
	previewFiles,
	productPage,
	type ProductPage,
	type ProductQuery,
	type ProductScope,
	type Progress,
	readCovariateFiles,
	type ReadOptions,
	readTradeFiles,
	runDeterminants,
	type Selection,
	aquinoQByRow,
	type AquinoQByRow,
	keysValuedAtLevel,
	screenTally,
	type ScreenTally,
	type Dimension,
	type SensitivityResult,
	type SlicePool,
	subsetKeys,
	thresholdSensitivity,
	type TradeKeys,
	robustnessTable,
	type RobustnessTable,
	type YearEdition
} from '../engine';
import { toOutcome, type Outcome } from './wire-error';

/** What a read hands back to the main thread (the keys stay in the worker). */
export interface ReadSummary {
	ledger: Ledger;
	info: DatasetInfo;
}

/**
 * Most distinct keys a read may hold in the browser; beyond it the read stops with 'too-many-keys'
 * before memory runs short. Worst case is a read that ends just under the limit: 52 bytes a key in
 * the accumulator (44 of field arrays, capacity capped at the limit, + 8 of hash slots at load ½)
 * plus the 46-byte copy toTradeKeys makes = 98 × 2^23 ≈ 0.82 GB of ArrayBuffers (the last
 * doubling, at 2^22 keys, peaks lower: ≈ 0.65 GB). `npm run bench` measured ≈ 785 MiB of worker
 * buffers and a ≈ 1 050 MiB renderer RSS peak there, well under the ~2 GB a tab can count on; 2^24
 * would need ≈ 1.6 GB plus the page's own ~0.3 GB.
 */
export const BROWSER_MAX_KEYS = 1 << 23;

/** Classifications kept for reuse: the one in use and Table 5's two α (one of them usually the same). */
const RECENT_CLASSIFICATIONS = 3;

/** A file as the main thread sends it: a File (has a name) or a named Blob. */
export type AnyInputFile = InputFile | File;

export interface AnalysisApi {
	/** Health check: answers without touching the engine (used to probe a fresh worker). */
	ping(): Promise<Outcome<'pong'>>;
	/** Reads the files, keeps their keys, returns ledger and dataset facts. */
	read(
		files: AnyInputFile[],
		options: ReadOptions,
		onProgress?: (progress: Progress) => void,
		/** 1 reads in this worker alone (for comparison); the slice pool is used otherwise. */
		threads?: number
	): Promise<Outcome<ReadSummary>>;
	/**
	 * The header and first rows of every file (zip entries expanded), for the column-mapping step.
	 * Reads only the heads and leaves the kept keys alone.
	 */
	preview(files: AnyInputFile[], rows?: number): Promise<Outcome<FilePreview[]>>;
	/**
	 * Classifies the kept keys (no re-read), keeping the products in `scope` (default: all).
	 * Fails with NoKeysError when nothing was read.
	 */
	classify(settings: ClassifySettings, scope?: ProductScope): Promise<Outcome<Cell[]>>;
	/** The cells table of `reporter` as CSV, classified with `settings`, over all products. */
	cellsCsv(settings: ClassifySettings, reporter: string): Promise<Outcome<string>>;
	/** A page of the product drill-down of the kept keys. */
	products(settings: ClassifySettings, query: ProductQuery): Promise<Outcome<ProductPage>>;
	/** Class shares of a selection as α and θ run over their grids. */
	sensitivity(
		settings: ClassifySettings,
		selection: Selection
	): Promise<Outcome<SensitivityResult>>;
	/** The robustness table (METHODS 7.6) of a selection: the paper's settings and each single change. */
	robustness(selection: Selection): Promise<Outcome<RobustnessTable>>;
	/**
	 * Aquino's Q (METHODS 7.3) of each row of a partner, group or sector table, its total and
	 * the `folded` rows pooled (its Others row), on the keys as `settings` value and sum them.
	 */
	aquinoQ(
		settings: ClassifySettings,
		selection: Selection,
		dimension: Dimension,
		folded?: readonly string[]
	): Promise<Outcome<AquinoQByRow>>;
	/** What the unit-value screen took out of classification, over all keys (null: no screen). */
	screenTally(settings: ClassifySettings): Promise<Outcome<ScreenTally | null>>;
	/** Class transitions of a selection between consecutive years (METHODS 7.5). */
	stability(
		settings: ClassifySettings,
		selection: Selection
	): Promise<Outcome<ClassStabilityResult>>;
	/** Per partner × sector sums for Brülhart's marginal IIT between two years. */
	marginal(query: MarginalQuery): Promise<Outcome<MarginalCell[]>>;
	/** The determinants regressions (GHM and FF) of a selection, with the covariates files it carries. */
	determinants(query: DeterminantsQuery): Promise<Outcome<DeterminantsResult>>;
	/** The keys in a selection as `settings` pick them (HS editions), copied: a shared result's product rows. */
	selectionKeys(
		selection: Selection,
		settings?: Pick<ClassifySettings, 'hsEditions'>
	): Promise<Outcome<TradeKeys>>;
}

/** Thrown when classify is called before any successful read (or after the keys were lost). */
export class NoKeysError extends Error {
	constructor() {
		super('No trade data has been read in this worker yet.');
		this.name = 'NoKeysError';
	}
}

function toInputFile(file: AnyInputFile): InputFile {
	// A File is itself a Blob with a name; an InputFile carries both explicitly.
	return 'blob' in file ? file : { name: file.name, blob: file };
}

/** Calls a progress callback that may be a Comlink proxy (returns a promise) without awaiting it. */
function report(onProgress: (progress: Progress) => void, progress: Progress): void {
	const pending: unknown = onProgress(progress);
	// A proxy whose page went away rejects; progress is best-effort, so swallow that.
	if (pending instanceof Promise) pending.catch(() => undefined);
}

/**
 * What a classification depends on, as one string: every field of the settings (by name, so a
 * field added later is never left out of the key) and the product scope.
 */
export function classificationKey(settings: ClassifySettings, scope: ProductScope): string {
	const fields = Object.entries(settings).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const { sectors, chapters, basket = null } = scope;
	return JSON.stringify([fields, sectors, chapters, basket]);
}

/**
 * The keys in one HS edition (METHODS 8): when the years read are in more than one, every key
 * converted to the oldest, as the CLI's classify does by default; else the keys as read.
 */
function inOneEdition(
	keys: TradeKeys,
	yearEditions: readonly YearEdition[]
): { keys: TradeKeys; conversion?: EditionConversion } {
	const { keys: converted, harmony } = harmonizeEditions(keys, yearEditions);
	if (!harmony) return { keys };
	const { editions, target, counts } = harmony;
	return { keys: converted, conversion: { editions, target, ...counts } };
}

/** Creates the API with its own kept state (one per worker); `slices` reads large plain files in parallel. */
export function createAnalysisApi({ slices }: { slices?: SlicePool } = {}): AnalysisApi {
	// The keys every view uses: in one HS edition when the years read are in several.
	let keys: TradeKeys | null = null;
	// The keys with codes as read, and each year's edition: the robustness table's baseline is the
	// paper's (codes as read), its editions row converts by them. The same object as `keys` unless
	// a conversion took place (then both are kept: about 46 bytes more a key).
	let keysAsRead: TradeKeys | null = null;
	let yearEditions: YearEdition[] = [];
	// What converting to one edition did, when it took place.
	let conversion: EditionConversion | undefined;
	// Cells of the last few classifications, newest last: the CSV download follows a classify with
	// the same settings, and Table 5 asks for α = 15 % and 25 % next to the α in use.
	let recentCells = new Map<string, Cell[]>();

	function keptKeys(): TradeKeys {
		if (!keys) throw new NoKeysError();
		return keys;
	}

	/** The keys the settings classify: converted to one edition, unless they ask for codes as read. */
	function keysUnder(settings: Pick<ClassifySettings, 'hsEditions'>): TradeKeys {
		return settings.hsEditions === 'off' ? keptKeysAsRead() : keptKeys();
	}

	// The drill-down's codes as read behind converted keys: built on the first page asked.
	let codesAsRead: CodesAsRead | null = null;
	function withCodesAsRead(page: ProductPage, settings: ClassifySettings): ProductPage {
		if (!conversion || !keysAsRead || settings.hsEditions === 'off') return page;
		codesAsRead ??= codesAsReadLookup(keysAsRead, yearEditions, conversion.target as HsEdition);
		const lookup = codesAsRead;
		const rows = page.rows.map((row) => {
			const codes = lookup(row.year, row.partner, Number(row.product));
			if (codes.length === 0) return row;
			return { ...row, productAsRead: codes.map((code) => String(code).padStart(6, '0')) };
		});
		return { ...page, rows };
	}

	function keptKeysAsRead(): TradeKeys {
		if (!keysAsRead) throw new NoKeysError();
		return keysAsRead;
	}

	function classifyKept(settings: ClassifySettings, scope: ProductScope): Cell[] {
		const kept = keysUnder(settings);
		const key = classificationKey(settings, scope);
		const cached = recentCells.get(key);
		if (cached) return cached;
		const cells = classifyKeys(kept, settings, scope);
		recentCells.set(key, cells);
		if (recentCells.size > RECENT_CLASSIFICATIONS) {
			recentCells.delete(recentCells.keys().next().value as string);
		}
		return cells;
	}

	return {
		ping: () => toOutcome(() => 'pong' as const),

		read: (files, options, onProgress, threads) =>
			toOutcome(async () => {
				// Forget the previous keys first: a failed read must not leave stale ones behind.
				keys = null;
				keysAsRead = null;
				conversion = undefined;
				codesAsRead = null;
				yearEditions = [];
				recentCells = new Map();
				const result = await readTradeFiles(files.map(toInputFile), options, {
					onProgress: onProgress ? (progress) => report(onProgress, progress) : undefined,
					maxKeys: BROWSER_MAX_KEYS,
					slices: threads === 1 ? undefined : slices
				});
				yearEditions = result.info.yearEditions ?? [];
				const oneEdition = inOneEdition(result.keys, yearEditions);
				conversion = oneEdition.conversion;
				keysAsRead = result.keys;
				keys = oneEdition.keys;
				prepareDrillDown(keys);
				const info = conversion ? { ...result.info, editionConversion: conversion } : result.info;
				return { ledger: result.ledger, info };
			}),

		preview: (files, rows) => toOutcome(() => previewFiles(files.map(toInputFile), rows)),

		classify: (settings, scope = ALL_PRODUCTS) => toOutcome(() => classifyKept(settings, scope)),

		cellsCsv: (settings, reporter) =>
			toOutcome(() => cellsToCsv(classifyKept(settings, ALL_PRODUCTS), reporter)),

		products: (settings, query) =>
			toOutcome(() => withCodesAsRead(productPage(keysUnder(settings), settings, query), settings)),

		sensitivity: (settings, selection) =>
			toOutcome(() => thresholdSensitivity(keysUnder(settings), settings, selection)),

		robustness: (selection) =>
			toOutcome(() => robustnessTable(keptKeysAsRead(), selection, yearEditions)),
		aquinoQ: (settings, selection, dimension, folded) =>
			toOutcome(() =>
				aquinoQByRow(keysValuedAtLevel(keysUnder(settings), settings), selection, dimension, folded)
			),
		screenTally: (settings) => toOutcome(() => screenTally(keysUnder(settings), settings)),
		stability: (settings, selection) =>
			toOutcome(() => classStability(keysUnder(settings), settings, selection)),

		marginal: (query) => toOutcome(() => marginalCells(keysUnder(query), query)),

		determinants: (query) =>
			toOutcome(async () => {
				// The files first: a bad covariates file is reported whatever the kept keys.
				const covariates = await readCovariateFiles(query.covariates, {
					reporter: query.selection.reporter,
					distanceMeasure: query.distanceMeasure
				});
				const cells = classifyKept(query.settings, query.selection.scope);
				return runDeterminants(cells, covariates, query);
			}),

		selectionKeys: (selection, settings = {}) =>
			toOutcome(() => subsetKeys(keysUnder(settings), selection))
	};
}
