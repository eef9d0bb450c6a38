/** Progress of a read across several sources, throttled so the UI gets a few updates a second. */
import type { ContentSource } from './input/source';
import type { Progress } from '../model/types';

/** Minimum time between two progress reports. */
const PROGRESS_INTERVAL_MS = 100;

/** Reports progress at most every PROGRESS_INTERVAL_MS (at most once per chunk), plus a final report. */
export class ProgressReporter {
	#last = -Infinity;
	#started = Date.now();
	#bytesBefore: number[] = [];
	#bytesTotal: number;

	constructor(
		private sources: ContentSource[],
		private rowsRead: () => number,
		private onProgress: ((progress: Progress) => void) | undefined
	) {
		let sum = 0;
		for (const source of sources) {
			this.#bytesBefore.push(sum);
			sum += source.storedBytes;
		}
		this.#bytesTotal = sum;
	}

	report(index: number, bytesInSource: number): void {
		if (!this.onProgress) return;
		const now = Date.now();
		if (now - this.#last < PROGRESS_INTERVAL_MS) return;
		this.#last = now;
		this.#send(index, this.#bytesBefore[index] + bytesInSource, now);
	}

	finish(): void {
		if (this.onProgress && this.sources.length > 0) {
			this.#send(this.sources.length - 1, this.#bytesTotal, Date.now());
		}
	}

	#send(index: number, bytesDone: number, now: number): void {
		const rows = this.rowsRead();
		const seconds = Math.max((now - this.#started) / 1000, 1e-3);
		this.onProgress?.({
			file: this.sources[index].name,
			fileIndex: index,
			fileCount: this.sources.length,
			bytesDone: Math.min(bytesDone, this.#bytesTotal),
			bytesTotal: this.#bytesTotal,
			rows,
			rowsPerSecond: rows / seconds
		});
	}
}
