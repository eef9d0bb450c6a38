/**
 * The main thread's side of the worker bridge (after squoosh's worker-bridge).
 * The worker is created lazily; every call takes an AbortSignal. Comlink cannot
 * stop a running call, so aborting terminates the worker and the next call starts
 * a fresh one — whose kept keys are gone, which `hasKeys` tells the caller.
 */
import { proxy, wrap, type Endpoint, type Remote } from 'comlink';
import type { DeterminantsQuery, DeterminantsResult } from '../engine/determinants/types';
import { AbortError } from '../engine/errors';
import type { FilePreview } from '../engine/preview';
import type {
	MarginalCell,
	MarginalQuery,
	ProductPage,
	ProductQuery,
	SensitivityResult
} from '../engine/queries';
import type { ProductScope, Selection } from '../engine/selection';
import type { Cell, ClassifySettings, Progress, ReadOptions, TradeKeys } from '../engine/types';
import type { AnalysisApi, AnyInputFile, ReadSummary } from './analysis-api';
import { unwrapOutcome, type Outcome } from './wire-error';

/** A running worker as the client needs it, whatever the platform (browser Worker, Node worker_threads). */
export interface WorkerHandle {
	endpoint: Endpoint;
	terminate(): void;
	/** Registers the callback for a crash: failed load, uncaught error, undecodable message. */
	onCrash(callback: (reason: Error) => void): void;
}

export type WorkerFactory = () => WorkerHandle;

/** The worker died (failed to load, crashed, or sent a message that could not be read). */
export class WorkerCrashError extends Error {
	constructor(detail: string) {
		super(`The analysis worker stopped unexpectedly: ${detail}`);
		this.name = 'WorkerCrashError';
	}
}

/** A call on the kept keys (classify, cellsCsv, products, sensitivity, marginal) was made but the worker holding the keys is gone: read again. */
export class KeysLostError extends Error {
	constructor() {
		super('The data read earlier is no longer in memory; the files must be read again.');
		this.name = 'KeysLostError';
	}
}

/** The browser's module worker. Vite bundles it because of this exact `new URL(…)` form. */
export function createBrowserWorker(): WorkerHandle {
	return browserWorkerHandle(
		new Worker(new URL('./analysis.worker.ts', import.meta.url), {
			type: 'module',
			name: 'iit-analysis'
		})
	);
}

/** A browser Worker as a WorkerHandle: a failed load, an error or an unreadable message is a crash. */
export function browserWorkerHandle(worker: Worker): WorkerHandle {
	return {
		endpoint: worker,
		terminate: () => worker.terminate(),
		onCrash(callback) {
			worker.addEventListener('error', (event) => {
				event.preventDefault();
				callback(new WorkerCrashError(event.message || 'the worker could not be loaded'));
			});
			worker.addEventListener('messageerror', () =>
				callback(new WorkerCrashError('a message from the worker could not be read'))
			);
		}
	};
}

interface Connection {
	handle: WorkerHandle;
	api: Remote<AnalysisApi>;
	/** Settles (never resolves) when the worker ends: with AbortError on terminate, WorkerCrashError on crash. */
	ended: Promise<never>;
	end(reason: Error): void;
	dead: boolean;
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
	#createWorker: WorkerFactory;
	#connection: Connection | null = null;
	/** The connection whose worker holds the keys of the last successful read. */
	#keysHolder: Connection | null = null;

	constructor(createWorker: WorkerFactory = createBrowserWorker) {
		this.#createWorker = createWorker;
	}

	/** True while the worker that read the files is alive, so classify needs no re-read. */
	get hasKeys(): boolean {
		return this.#keysHolder !== null && this.#keysHolder === this.#connection;
	}

	/** Reads files in the worker; the keys stay there. */
	async read(
		files: AnyInputFile[],
		options: ReadOptions,
		{ signal, onProgress, threads }: ReadCallOptions = {}
	): Promise<ReadSummary> {
		const connection = this.#connect();
		this.#keysHolder = null;
		const inputs = namedBlobs(files);
		const progress = onProgress ? proxy(onProgress) : undefined;
		const summary = await this.#call(connection, signal, (api) =>
			api.read(inputs, options, progress, threads)
		);
		this.#keysHolder = connection;
		return summary;
	}

	/** The heads of the files (for the column-mapping step); the kept keys are not touched. */
	async preview(
		files: AnyInputFile[],
		{ signal, rows }: CallOptions & { rows?: number } = {}
	): Promise<FilePreview[]> {
		return this.#call(this.#connect(), signal, (api) => api.preview(namedBlobs(files), rows));
	}

	/** Reclassifies the kept keys over the products in `scope` (default all). Throws KeysLostError when they are gone. */
	async classify(
		settings: ClassifySettings,
		scope?: ProductScope,
		{ signal }: CallOptions = {}
	): Promise<Cell[]> {
		return this.#callWithKeys(signal, (api) => api.classify(settings, scope));
	}

	/** A page of the product drill-down. Throws KeysLostError when the keys are gone. */
	async products(
		settings: ClassifySettings,
		query: ProductQuery,
		{ signal }: CallOptions = {}
	): Promise<ProductPage> {
		return this.#callWithKeys(signal, (api) => api.products(settings, query));
	}

	/** Class shares of a selection over the α and θ grids. Throws KeysLostError when the keys are gone. */
	async sensitivity(
		settings: ClassifySettings,
		selection: Selection,
		{ signal }: CallOptions = {}
	): Promise<SensitivityResult> {
		return this.#callWithKeys(signal, (api) => api.sensitivity(settings, selection));
	}

	/** Sums for Brülhart's marginal IIT between two years. Throws KeysLostError when the keys are gone. */
	async marginal(query: MarginalQuery, { signal }: CallOptions = {}): Promise<MarginalCell[]> {
		return this.#callWithKeys(signal, (api) => api.marginal(query));
	}

	/** The determinants regressions (GHM and FF) of a selection. Throws KeysLostError when the keys are gone. */
	async determinants(
		query: DeterminantsQuery,
		{ signal }: CallOptions = {}
	): Promise<DeterminantsResult> {
		return this.#callWithKeys(signal, (api) => api.determinants(query));
	}

	/** The kept keys in a selection (a shared result's product rows). Throws KeysLostError when they are gone. */
	async selectionKeys(selection: Selection, { signal }: CallOptions = {}): Promise<TradeKeys> {
		return this.#callWithKeys(signal, (api) => api.selectionKeys(selection));
	}

	/** The cells table as CSV for one reporter. */
	async cellsCsv(
		settings: ClassifySettings,
		reporter: string,
		{ signal }: CallOptions = {}
	): Promise<string> {
		return this.#callWithKeys(signal, (api) => api.cellsCsv(settings, reporter));
	}

	/** Round trip to the worker (starting one if needed). */
	async ping({ signal }: CallOptions = {}): Promise<'pong'> {
		return this.#call(this.#connect(), signal, (api) => api.ping());
	}

	/** Stops the worker now; pending calls reject with AbortError. */
	terminate(): void {
		this.#connection?.end(new AbortError());
	}

	async #callWithKeys<T>(
		signal: AbortSignal | undefined,
		invoke: (api: Remote<AnalysisApi>) => Promise<Outcome<T>>
	): Promise<T> {
		const holder = this.#keysHolder;
		if (!holder || holder !== this.#connection) throw new KeysLostError();
		return this.#call(holder, signal, invoke);
	}

	#connect(): Connection {
		if (this.#connection && !this.#connection.dead) return this.#connection;
		let endWith: (reason: Error) => void = () => undefined;
		const ended = new Promise<never>((_, reject) => (endWith = reject));
		// Nobody may be waiting when the worker ends; that is not an unhandled rejection.
		ended.catch(() => undefined);
		let handle: WorkerHandle;
		try {
			handle = this.#createWorker();
		} catch (error) {
			// e.g. a CSP or a browser without module workers: report it like a crash.
			throw new WorkerCrashError(error instanceof Error ? error.message : String(error));
		}
		const connection: Connection = {
			handle,
			api: wrap<AnalysisApi>(handle.endpoint),
			ended,
			dead: false,
			end: (reason) => {
				if (connection.dead) return;
				connection.dead = true;
				handle.terminate();
				if (this.#connection === connection) this.#connection = null;
				endWith(reason);
			}
		};
		handle.onCrash((reason) => connection.end(reason));
		this.#connection = connection;
		return connection;
	}

	async #call<T>(
		connection: Connection,
		signal: AbortSignal | undefined,
		invoke: (api: Remote<AnalysisApi>) => Promise<Outcome<T>>
	): Promise<T> {
		if (signal?.aborted) throw new AbortError();
		const onAbort = () => connection.end(new AbortError());
		signal?.addEventListener('abort', onAbort, { once: true });
		try {
			if (connection.dead) await connection.ended;
			const outcome = await Promise.race([invoke(connection.api), connection.ended]);
			return unwrapOutcome(outcome);
		} finally {
			signal?.removeEventListener('abort', onAbort);
		}
	}
}
