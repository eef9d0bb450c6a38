// A worker thread of the CLI's slice pool: reads one slice of a file named by its path.
import { stat } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { expose, transfer } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { readSlice, sliceBuffers } from '../lib/engine';
import type { SliceApi } from '../lib/worker/slice-pool';
import { FileBlob } from './file-blob';
import type { PathSliceRequest } from './slice-threads';

if (!parentPort) throw new Error('slice-thread must run in a worker thread');
const api: SliceApi<PathSliceRequest> = {
	async readSlice({ path, ...request }, onBytes) {
		const blob = new FileBlob(path, 0, (await stat(path)).size);
		const result = await readSlice({ ...request, blob }, onBytes);
		return transfer(result, sliceBuffers(result));
	}
};
expose(api, nodeEndpoint(parentPort));
