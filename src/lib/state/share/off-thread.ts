/**
 * Decoding a link or a results file off the main thread: a worker of its own for each request
 * (inflating, parsing and validating up to 64 MB of JSON takes seconds), ended once it answers.
 * When no worker can start (none in this engine, or it fails to load or dies) the same code runs here.
 */
import type { WorkerHandle } from '../../worker/bridge';
import { decodeHere, payloadOfReply, type DecodeReply, type DecodeRequest } from './decode-request';
import type { SharedPayload } from './shared-results';

/** Starts the decoder worker (src/lib/worker/share-decoder.ts); null where there is none. */
export type StartDecoder = (() => WorkerHandle) | null;

/** The validated payload of a request, decoded in a worker `start` makes. */
export function decodeOffThread(
	request: DecodeRequest,
	start: StartDecoder
): Promise<SharedPayload> {
	let handle: WorkerHandle;
	try {
		if (!start) return decodeHere(request);
		handle = start();
	} catch {
		return decodeHere(request);
	}
	return new Promise<SharedPayload>((resolve, reject) => {
		let settled = false;
		const settle = (finish: () => void) => {
			if (settled) return;
			settled = true;
			handle.terminate();
			finish();
		};
		handle.endpoint.addEventListener('message', (event) =>
			settle(() => {
				try {
					resolve(payloadOfReply((event as MessageEvent<DecodeReply>).data));
				} catch (error) {
					reject(error);
				}
			})
		);
		// It could not load, or ended without answering: decode here rather than fail a good link.
		handle.onCrash(() => settle(() => void decodeHere(request).then(resolve, reject)));
		handle.endpoint.postMessage(request);
	});
}
