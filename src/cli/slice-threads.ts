/**
 * The CLI's slice pool: worker threads that read slices of a large file at once. A file Blob
 * cannot cross to a thread in Node, so each thread opens the file again by its path.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { SlicePool, SliceRequest } from '../lib/engine';
import { WorkerCrashError } from '../lib/worker/bridge';
import { createSlicePool } from '../lib/worker/slice-pool';

/** A slice request as a thread takes it: the file by its path. */
export type PathSliceRequest = Omit<SliceRequest, 'blob'> & { path: string };

/** The thread's entry beside this module: through tsx from the sources, or the bundled one. */
const ENTRY = new URL(
	import.meta.url.endsWith('.ts') ? './slice-thread-tsx.mjs' : './slice-thread.mjs',
	import.meta.url
);

/**
 * A pool of `threads` threads (one per core by default) for files the CLI opened, whose paths
 * `pathOf` knows; null for one thread. `close` it when the read is over. `minSliceBytes` is for
 * tests (small files in slices).
 */
export function createThreadSlicePool(
	pathOf: (blob: Blob) => string | undefined,
	threads = availableParallelism(),
	minSliceBytes?: number
): (SlicePool & { close(): void; warm(): void; readonly started: number }) | null {
	if (threads < 2) return null;
	return createSlicePool<PathSliceRequest>(
		threads,
		() => {
			const worker = new Worker(ENTRY);
			return {
				endpoint: nodeEndpoint(worker),
				terminate: () => void worker.terminate(),
				onCrash(callback) {
					worker.on('error', (error) => callback(new WorkerCrashError(error.message)));
					worker.on('exit', (code) => callback(new WorkerCrashError(`exited with code ${code}`)));
				}
			};
		},
		({ blob, ...request }) => {
			const path = pathOf(blob);
			// Every file the CLI reads is opened by path: anything else is a mistake here.
			if (path === undefined) throw new Error(`${request.name}: no path to read it by in a thread`);
			return { ...request, path };
		},
		minSliceBytes
	);
}
