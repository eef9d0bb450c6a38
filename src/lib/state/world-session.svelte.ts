/**
 * The world page's session, in the style of the analysis one (session.svelte.ts): one BACI world
 * file read in the world worker, the pair matrix for the current settings, and the pair opened in
 * detail. What the worker gave is read-only outside; the settings are plain fields the controls
 * bind to. α, θ and the year ask only for a new matrix (the keys stay in the worker), which the
 * session follows itself (`start`); a new file, a cancel or a lost worker start over. The price
 * ranges (METHODS 9) follow α too: the table when open (world-ranges.svelte.ts), and the pair.
 */
import { untrack } from 'svelte';
import {
	type ClassifySettings,
	isCancellation,
	type PairDetail,
	type PairMetric,
	type PairPriceRanges,
	type Progress,
	type WorldMethod
} from '../engine';
import type { WorldMatrixAnswer, WorldReadSummary } from '../worker/world-api';
import { WorldClient } from '../worker/world-client';
import { i18n } from './locale.svelte';
import { WorldRanges } from './world-ranges.svelte';

/** Where the page is: nothing yet, reading, computing a matrix, showing it, failed or cancelled. */
export type WorldPhase = 'idle' | 'reading' | 'computing' | 'ready' | 'error' | 'cancelled';

/** Matrix sizes offered (countries by trade). */
export const MATRIX_SIZES = [20, 40, 80] as const;
/** Table sizes offered (pairs by trade; each shown from both sides). */
export const TABLE_SIZES = [25, 100, 500] as const;

/**
 * The pair opened in detail: its countries, then the figures once computed (or the error), then
 * its price ranges (or their error).
 */
export interface OpenPair {
	first: string;
	second: string;
	detail: PairDetail | null;
	error: unknown;
	ranges: PairPriceRanges | null;
	rangesError: unknown;
}

/** What the session asks of the world worker (a fake in tests). */
export type WorldWorker = Pick<
	WorldClient,
	'hasKeys' | 'read' | 'matrix' | 'pairDetail' | 'priceRanges' | 'pairPriceRanges'
>;

export class WorldSession {
	#phase = $state<WorldPhase>('idle');
	#progress = $state.raw<Progress | null>(null);
	#error = $state.raw<unknown>(null);
	#fileName = $state('');
	#summary = $state.raw<WorldReadSummary | null>(null);
	#answer = $state.raw<WorldMatrixAnswer | null>(null);
	#pair = $state.raw<OpenPair | null>(null);

	settings = $state<ClassifySettings>({ alpha: 0.15, theta: 0.1, cifFobFactor: 1 });
	/** A year of the file, or null for all years summed. */
	year = $state<number | null>(null);
	method = $state<WorldMethod>('ghm');
	metric = $state<PairMetric>('iit');
	size = $state<number>(MATRIX_SIZES[1]);
	tableSize = $state<number>(TABLE_SIZES[1]);
	/** The price-range table, at the page's α. */
	readonly ranges: WorldRanges;

	#client: WorldWorker;
	#controller: AbortController | null = null;
	/** Counts matrix requests, so that only the latest one's answer is shown. */
	#generation = 0;
	/** Counts opened pairs, so that an older pair's (or α's) answer is dropped. */
	#pairGeneration = 0;

	/** The worker is started at the first file, not here (WorldClient starts it lazily). */
	constructor(client: WorldWorker = new WorldClient()) {
		this.#client = client;
		this.ranges = new WorldRanges(client);
	}

	get phase(): WorldPhase {
		return this.#phase;
	}
	get progress(): Progress | null {
		return this.#progress;
	}
	get error(): unknown {
		return this.#error;
	}
	/** The names of the files read, joined. */
	get fileName(): string {
		return this.#fileName;
	}
	get summary(): WorldReadSummary | null {
		return this.#summary;
	}
	get answer(): WorldMatrixAnswer | null {
		return this.#answer;
	}
	get pair(): OpenPair | null {
		return this.#pair;
	}

	/**
	 * Follows the settings while the page is open: α, θ or the year changed → a new matrix (the
	 * other settings only change how it is drawn). Returns the stop, which also cancels what runs.
	 */
	start(): () => void {
		const stopFollowing = $effect.root(() => {
			$effect(() => {
				void this.settings.alpha;
				void this.settings.theta;
				void this.year;
				untrack(() => void this.refresh());
			});
			// The price-range table: opened, a filter or α changed, or a new file read.
			$effect(() => {
				const { alpha } = this.settings;
				void [this.#summary, this.ranges.open, this.ranges.filter];
				untrack(() => {
					if (this.#summary) void this.ranges.refresh(alpha);
				});
			});
		});
		return () => {
			stopFollowing();
			this.cancel();
		};
	}

	/** True while the worker reads or computes (the Cancel button shows). */
	get busy(): boolean {
		return this.#phase === 'reading' || this.#phase === 'computing';
	}

	/** Reads a dropped file (one BACI world file, or its zip) and computes the matrix. */
	async open(files: File[]): Promise<void> {
		const signal = this.#restart();
		this.#fileName = files.map((file) => file.name).join(', ');
		this.#summary = null;
		this.#answer = null;
		this.#pair = null;
		this.year = null;
		this.ranges.reset();
		this.#phase = 'reading';
		try {
			this.#summary = await this.#client.read(files, {
				signal,
				onProgress: (progress) => (this.#progress = progress)
			});
			// Ids without ISO3 (BACI's 490) are named as the file's country table names them.
			i18n.countryNames = this.#summary.info.countryNames;
		} catch (error) {
			return this.#fail(error, signal);
		}
		await this.refresh();
	}

	/**
	 * Computes the matrix for the current settings and year (and the open pair again). A change
	 * while one is computed does not abort it (that would end the worker and its keys): the older
	 * answer is dropped when it comes.
	 */
	async refresh(): Promise<void> {
		const signal = this.#controller?.signal;
		if (!this.#summary || !signal) return;
		const generation = ++this.#generation;
		this.#phase = 'computing';
		const settings = $state.snapshot(this.settings);
		try {
			const answer = await this.#client.matrix(settings, { year: this.year }, { signal });
			if (generation !== this.#generation) return;
			this.#answer = answer;
			this.#phase = 'ready';
		} catch (error) {
			return this.#fail(error, signal);
		}
		if (this.#pair) await this.openPair(this.#pair.first, this.#pair.second);
	}

	/** Opens a pair's detail (first's view first), then its price ranges. */
	async openPair(first: string, second: string): Promise<void> {
		const generation = ++this.#pairGeneration;
		const current = () => generation === this.#pairGeneration && this.#pair !== null;
		const update = (change: Partial<OpenPair>) => {
			if (current() && this.#pair) this.#pair = { ...this.#pair, ...change };
		};
		this.#pair = { first, second, detail: null, error: null, ranges: null, rangesError: null };
		const settings = $state.snapshot(this.settings);
		try {
			update({ detail: await this.#client.pairDetail(settings, first, second) });
		} catch (error) {
			update({ error });
			return;
		}
		if (!current()) return;
		try {
			update({ ranges: await this.#client.pairPriceRanges(settings.alpha, first, second) });
		} catch (error) {
			update({ rangesError: error });
		}
	}

	closePair(): void {
		this.#pairGeneration++;
		this.#pair = null;
	}

	/** Stops the read or the matrix: the worker ends, and with it the keys read. */
	cancel(): void {
		this.#controller?.abort();
	}

	/** Aborts what runs (a new file replaces the old one) and gives the next calls their signal. */
	#restart(): AbortSignal {
		this.#controller?.abort();
		this.#controller = new AbortController();
		this.#error = null;
		this.#progress = null;
		return this.#controller.signal;
	}

	#fail(error: unknown, signal: AbortSignal): void {
		// A newer call took over: its own outcome will be shown.
		if (signal !== this.#controller?.signal) return;
		this.#phase = isCancellation(error) ? 'cancelled' : 'error';
		this.#error = this.#phase === 'error' ? error : null;
		// Cancelled or crashed, the worker is gone and its keys with it: a new file is needed.
		if (!this.#client.hasKeys) {
			this.#summary = null;
			this.#answer = null;
			this.#pair = null;
			this.ranges.reset();
		}
	}
}
