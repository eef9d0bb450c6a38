/** Runs the analysis API in a real Node worker thread, for AnalysisClient tests. */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import {
	WorkerCrashError,
	type WorkerFactory,
	type WorkerHandle
} from '../../src/lib/worker/bridge';

const BOOTSTRAP = fileURLToPath(new URL('./node-worker-bootstrap.mjs', import.meta.url));

/** Wraps a worker_threads Worker as the client's WorkerHandle. */
export function nodeWorkerHandle(worker: Worker): WorkerHandle {
	return {
		endpoint: nodeEndpoint(worker),
		terminate: () => void worker.terminate(),
		onCrash(callback) {
			worker.on('error', (error) => callback(new WorkerCrashError(error.message)));
			worker.on('messageerror', () => callback(new WorkerCrashError('undecodable message')));
			worker.on('exit', (code) => callback(new WorkerCrashError(`exited with code ${code}`)));
		}
	};
}

/** Starts the TypeScript entry (through tsx, see the bootstrap); also counts the workers started. */
export function nodeWorkerFactory(): WorkerFactory & { started: number } {
	const factory = Object.assign(
		() => {
			factory.started++;
			return nodeWorkerHandle(new Worker(BOOTSTRAP));
		},
		{ started: 0 }
	);
	return factory;
}
