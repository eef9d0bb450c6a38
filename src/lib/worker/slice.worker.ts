// A thread of the slice pool (slice-pool.ts): reads one slice of a large file, nothing else.
import { expose, transfer } from 'comlink';
import { readSlice, sliceBuffers, type SliceRequest } from '../engine';
import type { SliceApi } from './slice-pool';

const api: SliceApi = {
	async readSlice(request: SliceRequest, onBytes: (bytes: number) => void) {
		const result = await readSlice(request, onBytes);
		return transfer(result, sliceBuffers(result));
	}
};
expose(api);
