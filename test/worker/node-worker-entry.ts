// The Node twin of src/lib/worker/analysis.worker.ts: the same API, exposed over worker_threads.
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createAnalysisApi } from '../../src/lib/worker/analysis-api';

if (!parentPort) throw new Error('node-worker-entry.ts must run in a worker thread');
expose(createAnalysisApi(), nodeEndpoint(parentPort));
