/**
 * A bridge to a worker that keeps data between calls (after squoosh's worker-bridge): the
 * worker is started lazily; every call takes an AbortSignal. Comlink cannot stop a running
 * call, so aborting terminates the worker and the next call starts a fresh one — whose kept
 * keys are gone, which `hasKeys` tells the caller. The analysis and world clients use one each.
 */
import { wrap, type Remote } from 'comlink';
import { AbortError } from '../engine';
import { unwrapOutcome, type Outcome } from './wire-error';

/** A running worker as a bridge needs it, whatever the platform (browser Worker, Node worker_threads). */
export interface WorkerHandle {
	endpoint: Parameters<typeof wrap>[0];
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

/** The worker is alive but has said nothing for too long during a read: it hangs, and is stopped. */
export class WorkerSilentError extends WorkerCrashError {
	constructor(seconds: number) {
		super(`the worker said nothing for ${seconds} s during a read`);
		this.name = 'WorkerSilentError';
	}
}

/**
 * How long a read may go without a sign of life (progress, at least one a chunk) before the worker
 * counts as hung. Well above the longest quiet step of a read (classifying the keys once the bytes
 * are read: about a second for a 1 GB BACI file); a question has no such bound, as it reports nothing.
 */
export const READ_SILENCE_MS = 15_000;

/** A call on kept keys was made but the worker holding them is gone: read again. */
export class KeysLostError extends Error {
	constructor() {
		super('The data read earlier is no longer in memory; the files must be read again.');
		this.name = 'KeysLostError';
	}
}

interface Connection<Api> {
	handle: WorkerHandle;
	api: Remote<Api>;
	/** Settles (never resolves) when the worker ends: with AbortError on terminate, WorkerCrashError on crash. */
	ended: Promise<never>;
	end(reason: Error): void;
	dead: boolean;
	/** Calls sent and not yet answered. */
	busy: number;
}

/** One worker behind an API of Outcome-returning calls, started when first needed. */
export class WorkerBridge<Api> {
	#createWorker: WorkerFactory;
	#connection: Connection<Api> | null = null;
	/** The connection whose worker holds the keys of the last successful read. */
	#keysHolder: Connection<Api> | null = null;
	#lastSignOfLife = 0;
	#readSilenceMs: number;

	constructor(createWorker: WorkerFactory, readSilenceMs = READ_SILENCE_MS) {
		this.#createWorker = createWorker;
		this.#readSilenceMs = readSilenceMs;
	}

	/** The worker just showed it is alive (a progress report): a read's silence starts again. */
	signOfLife(): void {
		this.#lastSignOfLife = Date.now();
	}

	/** True while the worker that read the files is alive, so calls on its keys need no re-read. */
	get hasKeys(): boolean {
		return this.#keysHolder !== null && this.#keysHolder === this.#connection;
	}

	/**
	 * A call that makes the worker hold keys (a read): they are its once the call succeeds. A read
	 * never queues behind a question still being answered (slow, or hung: it would then count
	 * against the read's silence bound): that worker is stopped, its questions end with
	 * AbortError, and the read starts a fresh one. Its keys were about to be replaced anyway.
	 */
	async read<T>(
		signal: AbortSignal | undefined,
		invoke: (api: Remote<Api>) => Promise<Outcome<T>>
	): Promise<T> {
		if (this.#connection && this.#connection.busy > 0) this.#connection.end(new AbortError());
		const connection = this.#connect();
		this.#keysHolder = null;
		const stopWatch = this.#watchSilence(connection);
		try {
			const result = await this.#call(connection, signal, invoke);
			this.#keysHolder = connection;
			return result;
		} finally {
			stopWatch();
		}
	}

	/** A call that needs no kept keys (starts a worker if none runs). */
	call<T>(
		signal: AbortSignal | undefined,
		invoke: (api: Remote<Api>) => Promise<Outcome<T>>
	): Promise<T> {
		return this.#call(this.#connect(), signal, invoke);
	}

	/** A call on the kept keys; KeysLostError when the worker that read them is gone. */
	async callWithKeys<T>(
		signal: AbortSignal | undefined,
		invoke: (api: Remote<Api>) => Promise<Outcome<T>>
	): Promise<T> {
		const holder = this.#keysHolder;
		if (!holder || holder !== this.#connection) throw new KeysLostError();
		return this.#call(holder, signal, invoke);
	}

	/** Stops the worker now; pending calls reject with AbortError. */
	terminate(): void {
		this.#connection?.end(new AbortError());
	}

	/** Ends `connection` when a read goes without a sign of life for longer than the bound. */
	#watchSilence(connection: Connection<Api>): () => void {
		this.signOfLife();
		const limit = this.#readSilenceMs;
		const check = setInterval(
			() => {
				if (Date.now() - this.#lastSignOfLife > limit)
					connection.end(new WorkerSilentError(Math.round(limit / 1000)));
			},
			Math.min(1000, limit / 2)
		);
		return () => clearInterval(check);
	}

	#connect(): Connection<Api> {
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
		const connection: Connection<Api> = {
			handle,
			api: wrap<Api>(handle.endpoint),
			ended,
			dead: false,
			busy: 0,
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
		connection: Connection<Api>,
		signal: AbortSignal | undefined,
		invoke: (api: Remote<Api>) => Promise<Outcome<T>>
	): Promise<T> {
		if (signal?.aborted) throw new AbortError();
		const onAbort = () => connection.end(new AbortError());
		signal?.addEventListener('abort', onAbort, { once: true });
		connection.busy++;
		try {
			if (connection.dead) await connection.ended;
			const outcome = await Promise.race([invoke(connection.api), connection.ended]);
			return unwrapOutcome(outcome);
		} finally {
			connection.busy--;
			signal?.removeEventListener('abort', onAbort);
		}
	}
}
