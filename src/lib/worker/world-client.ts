/**
 * The main thread's side of the world worker, over a WorkerBridge (bridge.ts) like client.ts:
 * the worker is created lazily, every call takes an AbortSignal, and aborting terminates the
 * worker, whose kept keys are then gone (`hasKeys`).
 */
import { proxy } from 'comlink';
import type {
	ClassifySettings,
	ExporterRangesFilter,
	PairDetail,
	PairMatrixOptions,
	PairPriceRanges,
	Progress
} from '../engine';
import type { AnyInputFile } from './analysis-api';
import { WorkerBridge, type WorkerFactory, type WorkerHandle } from './bridge';
import type { CallOptions, ReadCallOptions } from './client';
import { startWorker } from './start-worker';
import worldWorkerUrl from './world.worker.ts?worker&url';
import type { WorldApi, WorldMatrixAnswer, WorldRangesAnswer, WorldReadSummary } from './world-api';

/** The browser's world-mode worker, under the page's policy (start-worker.ts). */
export function createWorldWorker(): WorkerHandle {
	return startWorker(worldWorkerUrl, 'iit-world');
}

/** World mode's bridge to its worker: read once, then ask for matrices and pair details. */
export class WorldClient {
	#bridge: WorkerBridge<WorldApi>;

	constructor(createWorker: WorkerFactory = createWorldWorker) {
		this.#bridge = new WorkerBridge(createWorker);
	}

	/** True while the worker that read the file is alive. */
	get hasKeys(): boolean {
		return this.#bridge.hasKeys;
	}

	/** Reads a BACI world file in the worker; the keys stay there. */
	async read(
		files: AnyInputFile[],
		{ signal, onProgress }: ReadCallOptions = {}
	): Promise<WorldReadSummary> {
		// A File's name survives structured clone in browsers but not everywhere.
		const inputs = files.map((file) => ('blob' in file ? file : { name: file.name, blob: file }));
		// Always a callback: every progress report is also the worker's sign of life.
		const progress = proxy((report: Progress) => {
			this.#bridge.signOfLife();
			onProgress?.(report);
		});
		return this.#bridge.read(signal, (api) => api.read(inputs, progress));
	}

	/** The pair matrix of the kept keys. Throws KeysLostError when they are gone. */
	async matrix(
		settings: ClassifySettings,
		options: PairMatrixOptions = {},
		{ signal }: CallOptions = {}
	): Promise<WorldMatrixAnswer> {
		return this.#bridge.callWithKeys(signal, (api) => api.matrix(settings, options));
	}

	/** One pair's detail from both sides. Throws KeysLostError when the keys are gone. */
	async pairDetail(
		settings: ClassifySettings,
		first: string,
		second: string,
		{ signal }: CallOptions = {}
	): Promise<PairDetail> {
		return this.#bridge.callWithKeys(signal, (api) => api.pairDetail(settings, first, second));
	}

	/** Each exporter's price ranges at α over a filter. Throws KeysLostError when the keys are gone. */
	async priceRanges(
		alpha: number,
		filter: ExporterRangesFilter = {},
		{ signal }: CallOptions = {}
	): Promise<WorldRangesAnswer> {
		return this.#bridge.callWithKeys(signal, (api) => api.priceRanges(alpha, filter));
	}

	/** One pair's price ranges. Throws KeysLostError when the keys are gone. */
	async pairPriceRanges(
		alpha: number,
		first: string,
		second: string,
		{ signal }: CallOptions = {}
	): Promise<PairPriceRanges> {
		return this.#bridge.callWithKeys(signal, (api) => api.pairPriceRanges(alpha, first, second));
	}

	/** Stops the worker now; pending calls reject with AbortError. */
	terminate(): void {
		this.#bridge.terminate();
	}
}
