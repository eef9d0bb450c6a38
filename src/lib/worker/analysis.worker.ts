// The browser worker: wires the analysis API to Comlink, with a pool of slice workers for large files.
import { expose } from 'comlink';
import { createAnalysisApi } from './analysis-api';
import { createSlicePool } from './slice-pool';
import { startWorker } from './start-worker';
import sliceWorkerUrl from './slice.worker.ts?worker&url';

/** One slice worker per core (this worker waits while they read), under this worker's policy. */
const threads = self.navigator.hardwareConcurrency ?? 1;
const slices =
	threads > 1
		? createSlicePool(threads, () => startWorker(sliceWorkerUrl, 'iit-slice'))
		: undefined;

expose(createAnalysisApi({ slices }));
