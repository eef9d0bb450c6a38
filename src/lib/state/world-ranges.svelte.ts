/**
 * The world page's price-range table (METHODS 9): whether it is open, its filters, and the
 * worker's answer for the page's α. Nothing is asked until the table is opened: the first answer
 * ranks every flow of the file (a sort of every flow's unit value), which the worker then keeps.
 */
import type { ExporterRangesFilter, SectorId } from '../engine';
import type { WorldRangesAnswer } from '../worker/world-api';
import type { WorldClient } from '../worker/world-client';

/** What the table asks of the world worker. */
export type WorldRangesWorker = Pick<WorldClient, 'priceRanges'>;

export class WorldRanges {
	#answer = $state.raw<WorldRangesAnswer | null>(null);
	#error = $state.raw<unknown>(null);
	#loading = $state(false);

	/** Whether the table is shown (and so asked for). */
	open = $state(false);
	/** A year of the file, or null for all years summed. */
	year = $state<number | null>(null);
	/** An importer id, or null for every partner. */
	importer = $state<string | null>(null);
	sector = $state<SectorId | null>(null);

	#client: WorldRangesWorker;
	/** Counts requests, so that only the latest one's answer is shown. */
	#generation = 0;

	constructor(client: WorldRangesWorker) {
		this.#client = client;
	}

	get answer(): WorldRangesAnswer | null {
		return this.#answer;
	}
	get error(): unknown {
		return this.#error;
	}
	get loading(): boolean {
		return this.#loading;
	}

	/** The filters as the worker takes them. */
	get filter(): ExporterRangesFilter {
		return { year: this.year, importer: this.importer, sector: this.sector };
	}

	/** A new file: the filters and the answer of the old one go. */
	reset(): void {
		this.#generation++;
		this.#answer = null;
		this.#error = null;
		this.#loading = false;
		this.year = null;
		this.importer = null;
		this.sector = null;
	}

	/**
	 * Asks for the table at `alpha` with the current filters when it is open. No signal: aborting
	 * would end the worker and its keys; an older answer that comes late is dropped instead.
	 */
	async refresh(alpha: number): Promise<void> {
		if (!this.open) return;
		const generation = ++this.#generation;
		this.#loading = true;
		try {
			const answer = await this.#client.priceRanges(alpha, this.filter);
			if (generation !== this.#generation) return;
			this.#answer = answer;
			this.#error = null;
		} catch (error) {
			if (generation !== this.#generation) return;
			this.#error = error;
		} finally {
			if (generation === this.#generation) this.#loading = false;
		}
	}
}
