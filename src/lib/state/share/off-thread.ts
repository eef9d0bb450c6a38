/**
 * Decoding a link or a results file off the main thread: a worker of its own for each request
 * (inflating, parsing and validating up to 64 MB of JSON takes seconds), ended once it answers.
 * When no worker can start (none in this engine) the same code runs here; when it fails to load or
 * dies, only a small request is decoded here.
 */
import type { WorkerHandle } from '../../worker/bridge';
import {
	decodeHere,
	type DecodeReply,
	type DecodeRequest,
	payloadOfReply,
	type SharedPayload,
	ShareError
} from '../../engine';

/** Starts the decoder worker (src/lib/worker/share-decoder.ts); null where there is none. */
export type StartDecoder = (() => WorkerHandle) | null;

/**
 * The most a request may be for the page to decode it itself when the decoder died: a link of
 * 20,000 characters inflates to at most 16 MB, and any real one of that length to far less. A
 * bigger one that made the decoder die (out of memory, most likely) must not take the page too.
 */
const DECODE_HERE_MAX = { linkChars: 20_000, fileBytes: 2 * 1024 * 1024 };

/** Whether the page may decode `request` itself. */
function smallEnoughHere(request: DecodeRequest): boolean {
	return request.kind === 'fragment'
		? request.hash.length <= DECODE_HERE_MAX.linkChars
		: request.file.size <= DECODE_HERE_MAX.fileBytes;
}

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
		// It could not load, or ended without answering: a small link is decoded here rather than
		// failed; a big one is refused (it may be what made the decoder die).
		handle.onCrash(() =>
			settle(() => {
				if (smallEnoughHere(request)) void decodeHere(request).then(resolve, reject);
				else reject(new ShareError('too-large', 'the decoder stopped'));
			})
		);
		handle.endpoint.postMessage(request);
	});
}
