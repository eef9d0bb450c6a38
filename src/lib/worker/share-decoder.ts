/** Starts the worker that decodes results links and files (share-decoder.worker.ts). */
import type { WorkerHandle } from './bridge';
import { startWorker } from './start-worker';
import shareDecoderUrl from './share-decoder.worker.ts?worker&url';

/** A new share decoder, under the page's policy; ended once it has answered (state/share/off-thread.ts). */
export function createShareDecoderWorker(): WorkerHandle {
	return startWorker(shareDecoderUrl, 'iit-share-decoder');
}
