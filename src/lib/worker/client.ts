/**
 * The main thread's side of the analysis worker, over a WorkerBridge (bridge.ts): the worker is
 * created lazily, every call takes an AbortSignal, and aborting terminates the worker, whose
 * kept keys are then gone (`hasKeys`).
 */
import { proxy } from 'comlink';
import type {
	Cell,
	ClassifySettings,
	DeterminantsQuery,
	DeterminantsResult,
	FilePreview,
	MarginalCell,
	MarginalQuery,
	ProductPage,
	ProductQuery,
	ProductScope,
	Progress,
	ReadOptions,
	Selection,
	AquinoQByRow,
	Dimension,
	RobustnessTable,
	ScreenTally,
	SensitivityResult,
	ClassStabilityResult,
	TradeKeys
} from '../engine';
import type { AnalysisApi, AnyInputFile, ReadSummary } from './analysis-api';
import { WorkerBridge, type WorkerFactory, type WorkerHandle } from './bridge';
import { startWorker } from './start-worker';
import analysisWorkerUrl from './analysis.worker.ts?worker&url';

/** The browser's analysis worker, under the page's policy (start-worker.ts). */
export function createBrowserWorker(): WorkerHandle {
	return startWorker(analysisWorkerUrl, 'iit-analysis');
}

export interface CallOptions {
	signal?: AbortSignal;
}

export interface ReadCallOptions extends CallOptions {
	onProgress?: (progress: Progress) => void;
	/** 1: read in the analysis worker alone, without the slice pool (a diagnostic, `?threads=1`). */
	threads?: number;
}

/** Named blobs: a File's name survives structured clone in browsers but not everywhere. */
function namedBlobs(files: AnyInputFile[]): AnyInputFile[] {
	return files.map((file) => ('blob' in file ? file : { name: file.name, blob: file }));
}

export class AnalysisClient {
	#bridge: WorkerBridge<AnalysisApi>;

	constructor(createWorker: WorkerFactory = createBrowserWorker) {
		this.#bridge = new WorkerBridge(createWorker);
	}

	/** True while the worker that read the files is alive, so classify needs no re-read. */
	get hasKeys(): boolean {
		return this.#bridge.hasKeys;
	}

	/** Reads files in the worker; the keys stay there. */
	async read(
		files: AnyInputFile[],
		options: ReadOptions,
		{ signal, onProgress, threads }: ReadCallOptions = {}
	): Promise<ReadSummary> {
		const inputs = namedBlobs(files);
		// Always a callback: every progress report is also the worker's sign of life.
		const progress = proxy((report: Progress) => {
			this.#bridge.signOfLife();
			onProgress?.(report);
		});
		return this.#bridge.read(signal, (api) => api.read(inputs, options, progress, threads));
	}

	/** The heads of the files (for the column-mapping step); the kept keys are not touched. */
	async preview(
		files: AnyInputFile[],
		{ signal, rows }: CallOptions & { rows?: number } = {}
	): Promise<FilePreview[]> {
		return this.#bridge.call(signal, (api) => api.preview(namedBlobs(files), rows));
	}

	/** Reclassifies the kept keys over the products in `scope` (default all). Throws KeysLostError when they are gone. */
	async classify(
		settings: ClassifySettings,
		scope?: ProductScope,
		{ signal }: CallOptions = {}
	): Promise<Cell[]> {
		return this.#bridge.callWithKeys(signal, (api) => api.classify(settings, scope));
	}

	/** A page of the product drill-down. Throws KeysLostError when the keys are gone. */
	async products(
		settings: ClassifySettings,
		query: ProductQuery,
		{ signal }: CallOptions = {}
	): Promise<ProductPage> {
		return this.#bridge.callWithKeys(signal, (api) => api.products(settings, query));
	}

	/** Class shares of a selection over the α and θ grids. Throws KeysLostError when the keys are gone. */
	async sensitivity(
		settings: ClassifySettings,
		selection: Selection,
		{ signal }: CallOptions = {}
	): Promise<SensitivityResult> {
		return this.#bridge.callWithKeys(signal, (api) => api.sensitivity(settings, selection));
	}

	/** The robustness table of a selection. Throws KeysLostError when the keys are gone. */
	async robustness(selection: Selection, { signal }: CallOptions = {}): Promise<RobustnessTable> {
		return this.#bridge.callWithKeys(signal, (api) => api.robustness(selection));
	}

	/** Aquino's Q of each table row (METHODS 7.3). Throws KeysLostError when the keys are gone. */
	async aquinoQ(
		settings: ClassifySettings,
		selection: Selection,
		dimension: Dimension,
		folded: readonly string[] = [],
		{ signal }: CallOptions = {}
	): Promise<AquinoQByRow> {
		return this.#bridge.callWithKeys(signal, (api) =>
			api.aquinoQ(settings, selection, dimension, folded)
		);
	}

	/** What the unit-value screen took out, over all keys. Throws KeysLostError when the keys are gone. */
	async screenTally(
		settings: ClassifySettings,
		{ signal }: CallOptions = {}
	): Promise<ScreenTally | null> {
		return this.#bridge.callWithKeys(signal, (api) => api.screenTally(settings));
	}

	/** Class transitions between consecutive years (METHODS 7.5). Throws KeysLostError when the keys are gone. */
	async stability(
		settings: ClassifySettings,
		selection: Selection,
		{ signal }: CallOptions = {}
	): Promise<ClassStabilityResult> {
		return this.#bridge.callWithKeys(signal, (api) => api.stability(settings, selection));
	}

	/** Sums for Brülhart's marginal IIT between two years. Throws KeysLostError when the keys are gone. */
	async marginal(query: MarginalQuery, { signal }: CallOptions = {}): Promise<MarginalCell[]> {
		return this.#bridge.callWithKeys(signal, (api) => api.marginal(query));
	}

	/** The determinants regressions (GHM and FF) of a selection. Throws KeysLostError when the keys are gone. */
	async determinants(
		query: DeterminantsQuery,
		{ signal }: CallOptions = {}
	): Promise<DeterminantsResult> {
		return this.#bridge.callWithKeys(signal, (api) => api.determinants(query));
	}

	/** The kept keys in a selection (a shared result's product rows). Throws KeysLostError when they are gone. */
	async selectionKeys(
		selection: Selection,
		settings: Pick<ClassifySettings, 'hsEditions'> = {},
		{ signal }: CallOptions = {}
	): Promise<TradeKeys> {
		return this.#bridge.callWithKeys(signal, (api) => api.selectionKeys(selection, settings));
	}

	/** The cells table as CSV for one reporter. */
	async cellsCsv(
		settings: ClassifySettings,
		reporter: string,
		{ signal }: CallOptions = {}
	): Promise<string> {
		return this.#bridge.callWithKeys(signal, (api) => api.cellsCsv(settings, reporter));
	}

	/** Round trip to the worker (starting one if needed). */
	async ping({ signal }: CallOptions = {}): Promise<'pong'> {
		return this.#bridge.call(signal, (api) => api.ping());
	}

	/** Stops the worker now; pending calls reject with AbortError. */
	terminate(): void {
		this.#bridge.terminate();
	}
}
