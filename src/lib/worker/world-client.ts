/**
 * The main thread's side of the world worker, like client.ts for the analysis worker: the worker
 * is created lazily, every call takes an AbortSignal, and aborting terminates the worker (Comlink
 * cannot stop a running call), whose kept keys are then gone: `hasKeys` says so.
 */
import { proxy, wrap, type Remote } from 'comlink';
import { AbortError } from '../engine/errors';
import type { ClassifySettings } from '../engine/types';
import type { PairDetail } from '../engine/world/pair-detail';
import type { PairMatrixOptions } from '../engine/world/pair-matrix';
import type { AnyInputFile } from './analysis-api';
import {
	KeysLostError,
	WorkerCrashError,
	type CallOptions,
	type ReadCallOptions,
	type WorkerFactory,
	type WorkerHandle
} from './client';
import { unwrapOutcome, type Outcome } from './wire-error';
import type { WorldApi, WorldMatrixAnswer, WorldReadSummary } from './world-api';

/** The browser's module worker for world mode. Vite bundles it because of this exact `new URL(…)` form. */
export function createWorldWorker(): WorkerHandle {
	const worker = new Worker(new URL('./world.worker.ts', import.meta.url), {
		type: 'module',
		name: 'iit-world'
	});
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
	api: Remote<WorldApi>;
	/** Rejects when the worker ends: AbortError on terminate, WorkerCrashError on a crash. */
	ended: Promise<never>;
	end(reason: Error): void;
	dead: boolean;
}

/** World mode's bridge to its worker: read once, then ask for matrices and pair details. */
export class WorldClient {
	#createWorker: WorkerFactory;
	#connection: Connection | null = null;
	#keysHolder: Connection | null = null;

	constructor(createWorker: WorkerFactory = createWorldWorker) {
		this.#createWorker = createWorker;
	}

	/** True while the worker that read the file is alive. */
	get hasKeys(): boolean {
		return this.#keysHolder !== null && this.#keysHolder === this.#connection;
	}

	/** Reads a BACI world file in the worker; the keys stay there. */
	async read(
		files: AnyInputFile[],
		{ signal, onProgress }: ReadCallOptions = {}
	): Promise<WorldReadSummary> {
		const connection = this.#connect();
		this.#keysHolder = null;
		// A File's name survives structured clone in browsers but not everywhere.
		const inputs = files.map((file) => ('blob' in file ? file : { name: file.name, blob: file }));
		const progress = onProgress ? proxy(onProgress) : undefined;
		const summary = await this.#call(connection, signal, (api) => api.read(inputs, progress));
		this.#keysHolder = connection;
		return summary;
	}

	/** The pair matrix of the kept keys. Throws KeysLostError when they are gone. */
	async matrix(
		settings: ClassifySettings,
		options: PairMatrixOptions = {},
		{ signal }: CallOptions = {}
	): Promise<WorldMatrixAnswer> {
		return this.#callWithKeys(signal, (api) => api.matrix(settings, options));
	}

	/** One pair's detail from both sides. Throws KeysLostError when the keys are gone. */
	async pairDetail(
		settings: ClassifySettings,
		first: string,
		second: string,
		{ signal }: CallOptions = {}
	): Promise<PairDetail> {
		return this.#callWithKeys(signal, (api) => api.pairDetail(settings, first, second));
	}

	/** Stops the worker now; pending calls reject with AbortError. */
	terminate(): void {
		this.#connection?.end(new AbortError());
	}

	async #callWithKeys<T>(
		signal: AbortSignal | undefined,
		invoke: (api: Remote<WorldApi>) => Promise<Outcome<T>>
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
			throw new WorkerCrashError(error instanceof Error ? error.message : String(error));
		}
		const connection: Connection = {
			handle,
			api: wrap<WorldApi>(handle.endpoint),
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
		invoke: (api: Remote<WorldApi>) => Promise<Outcome<T>>
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
