// The browser worker: wires the analysis API to Comlink, with a pool of slice workers for large files.
import { expose } from 'comlink';
import { createAnalysisApi } from './analysis-api';
import { browserWorkerHandle } from './bridge';
import { createSlicePool } from './slice-pool';

/** One slice worker per core (this worker waits while they read). Vite bundles the URL form. */
const threads = self.navigator.hardwareConcurrency ?? 1;
const slices =
	threads > 1
		? createSlicePool(threads, () =>
				browserWorkerHandle(
					new Worker(new URL('./slice.worker.ts', import.meta.url), {
						type: 'module',
						name: 'iit-slice'
					})
				)
			)
		: undefined;

expose(createAnalysisApi({ slices }));
