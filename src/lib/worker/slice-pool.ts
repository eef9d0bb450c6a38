/**
 * The pool of threads that read slices of a large file at once: started on first use (one per
 * slice, at most `size`), kept for the next read, and all stopped on cancel or on a crash (the
 * next read starts fresh ones). The same pool runs Web Workers in the browser and worker threads
 * in Node; `toMessage` turns a request into what its threads accept.
 */
import { proxy, wrap } from 'comlink';
import { AbortError, type SlicePool, type SliceRequest, type SliceResult } from '../engine';
import type { WorkerFactory, WorkerHandle } from './bridge';

/** What a slice thread exposes. */
export interface SliceApi<Message = SliceRequest> {
	readSlice(message: Message, onBytes: (bytes: number) => void): Promise<SliceResult>;
}

interface SliceThread<Message> {
	handle: WorkerHandle;
	api: SliceApi<Message>;
	/** Rejects when the thread crashes. */
	crashed: Promise<never>;
}

/** A pool of `size` slice threads made by `startThread`, and `close` to stop them. */
export function createSlicePool<Message = SliceRequest>(
	size: number,
	startThread: WorkerFactory,
	toMessage: (request: SliceRequest) => Message = (request) => request as Message,
	minSliceBytes?: number
): SlicePool & { close(): void; warm(): void; readonly started: number } {
	let threads: (SliceThread<Message> | undefined)[] = [];
	let stops: ((reason: Error) => void)[] = [];
	let started = 0;

	function thread(index: number): SliceThread<Message> {
		let kept = threads[index];
		if (!kept) {
			const handle = startThread();
			started++;
			const crashed = new Promise<never>((_, reject) => handle.onCrash(reject));
			// A read under way sees the crash through its race in readAll; a thread that ends between
			// reads (after its slice, or idle) leaves the pool, so the next read starts a fresh one.
			crashed.catch(() => {
				if (threads[index] !== created) return;
				handle.terminate();
				threads[index] = undefined;
			});
			// The remote's calls are the API's (the callback goes as a proxy): Comlink's Remote type
			// cannot follow a generic message type, so it is named as the API it stands for.
			const api = wrap(handle.endpoint) as unknown as SliceApi<Message>;
			const created: SliceThread<Message> = { handle, api, crashed };
			kept = threads[index] = created;
		}
		return kept;
	}

	function stopThreads(): void {
		for (const thread of threads) thread?.handle.terminate();
		threads = [];
	}

	return {
		size,
		minSliceBytes,
		get started() {
			return started;
		},
		async readAll(requests, onBytes) {
			if (requests.length > size)
				throw new RangeError(`${requests.length} slices for ${size} threads`);
			let stop: (reason: Error) => void = () => {};
			const stopped = new Promise<never>((_, reject) => (stop = reject));
			stops.push(stop);
			const reads = requests.map((request, slice) => {
				const { api, crashed } = thread(slice);
				const read = api.readSlice(
					toMessage(request),
					proxy((bytes: number) => onBytes(slice, bytes))
				);
				return Promise.race([read, crashed]);
			});
			try {
				return await Promise.race([Promise.all(reads), stopped]);
			} catch (error) {
				stopThreads(); // a crashed thread leaves the others' state unknown: start afresh
				throw error;
			} finally {
				stops = stops.filter((s) => s !== stop);
			}
		},
		/** Starts every thread now, so that their start-up overlaps with the work before the read. */
		warm() {
			for (let index = 0; index < size; index++) thread(index);
		},
		cancel() {
			stopThreads();
			for (const stop of stops) stop(new AbortError());
		},
		close: stopThreads
	};
}
