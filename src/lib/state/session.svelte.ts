/**
 * One analysis session: the files, what the worker made of them, and the phase.
 * Orchestrates the client so that each change costs only what it must:
 * new files or read options → read + classify; α/θ/CIF factor, sectors and chapters → classify
 * only (the keys stay in the worker); years, partners, method, top N → views only (result-views.svelte.ts).
 */
import { untrack } from 'svelte';
import {
	type Cell,
	cellsToCsv,
	type CsvDialect,
	type DatasetInfo,
	isCancellation,
	type Ledger,
	type Progress,
	type Selection,
	type SharedResults,
	TradeFileError,
	type TradeKeys
} from '../engine';
import { AnalysisClient } from '../worker/client';
import { i18n } from './locale.svelte';
import { MappingStep, type MappingStore } from './mapping.svelte';
import type { ViewQueries } from './view-queries';
import type { SampleId } from './samples';
import { sharedQueries } from './share/shared-queries';
import type { AnalysisSettings } from './settings.svelte';

export type Phase = 'idle' | 'reading' | 'classifying' | 'ready' | 'error' | 'cancelled';

/** Something the session did on its own that the user should know about. */
export type SessionNotice = { kind: 'reporter-switched'; from: string; to: string };

/** The one reporter a 'reporter-not-in-file' error names, or null when it names several (or none). */
export function singleReporterOf(error: unknown): string | null {
	if (!(error instanceof TradeFileError) || error.code !== 'reporter-not-in-file') return null;
	const reporters = String(error.details.reporters ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean);
	return reporters.length === 1 ? reporters[0] : null;
}

const keyOf = (value: object): string => JSON.stringify(value);

/**
 * `?threads=1` in the page's address reads in the analysis worker alone, without the slice
 * pool: a diagnostic, so the benchmark can show what the pool brings. Undefined otherwise.
 */
function threadsOfAddress(): number | undefined {
	if (typeof location === 'undefined') return undefined;
	return new URLSearchParams(location.search).get('threads') === '1' ? 1 : undefined;
}
// Read once, as the page loads: the address is rewritten from the settings soon after.
const PAGE_THREADS = threadsOfAddress();

export class AnalysisSession {
	#phase = $state<Phase>('idle');
	#progress = $state.raw<Progress | null>(null);
	#files = $state.raw<File[]>([]);
	#isDemo = $state(false);
	#sample = $state<SampleId | null>(null);
	#ledger = $state.raw<Ledger | null>(null);
	#info = $state.raw<DatasetInfo | null>(null);
	#cells = $state.raw<Cell[] | null>(null);
	#error = $state.raw<unknown>(null);
	#notice = $state.raw<SessionNotice | null>(null);
	/** Results opened from a link or a results file (read-only, no worker); null otherwise. */
	#shared = $state.raw<SharedResults | null>(null);
	/** The views' questions answered from the shared results (null when computing from files). */
	#sharedQueries: ViewQueries | null = $derived(
		this.#shared &&
			sharedQueries(
				this.#shared,
				() => this.#settings.classifySettings,
				() => this.#settings.scope
			)
	);

	/** The column-mapping step for files of no known format. */
	readonly mapping: MappingStep;
	#settings: AnalysisSettings;
	#client: AnalysisClient;
	/** The run in flight, aborted when a newer read supersedes it or the user cancels. */
	#controller: AbortController | null = null;
	#runId = 0;
	/** Options of the last read started, and settings of the last classification done. */
	#readKey: string | null = null;
	#classifyKey: string | null = null;

	constructor(settings: AnalysisSettings, client = new AnalysisClient(), store?: MappingStore) {
		this.#settings = settings;
		this.#client = client;
		this.mapping = new MappingStep(settings, (files) => this.#client.preview(files), store);
	}

	get phase(): Phase {
		return this.#phase;
	}
	get busy(): boolean {
		return this.#phase === 'reading' || this.#phase === 'classifying';
	}
	get progress(): Progress | null {
		return this.#progress;
	}
	get files(): File[] {
		return this.#files;
	}
	get isDemo(): boolean {
		return this.#isDemo;
	}
	/** The bundled sample being analysed (its id travels in links); null for the user's own files. */
	get sample(): SampleId | null {
		return this.#sample;
	}
	get ledger(): Ledger | null {
		return this.#ledger;
	}
	get info(): DatasetInfo | null {
		return this.#info;
	}
	get cells(): Cell[] | null {
		return this.#cells;
	}
	get error(): unknown {
		return this.#error;
	}
	get notice(): SessionNotice | null {
		return this.#notice;
	}
	/** The shared results on screen, or null when the results are computed from files. */
	get shared(): SharedResults | null {
		return this.#shared;
	}

	/**
	 * Shows shared results read-only: their cells, facts and ledger, with no files and no worker.
	 * The caller has applied the sender's settings first (they label the numbers).
	 */
	openShared(shared: SharedResults): void {
		this.#cancelRun();
		this.#files = [];
		this.#isDemo = false;
		this.#sample = null;
		this.#notice = null;
		this.#error = null;
		this.#progress = null;
		this.mapping.reset();
		this.#shared = shared;
		this.#ledger = shared.ledger;
		this.#setInfo(shared.info);
		this.#cells = shared.cells[0].cells;
		this.#phase = 'ready';
	}

	/** Leaves shared results for an empty workspace. */
	closeShared(): void {
		if (!this.#shared) return;
		this.#shared = null;
		this.#ledger = null;
		this.#info = null;
		this.#cells = null;
		this.#phase = 'idle';
	}

	/** Analyses new files from scratch; `sample` names a bundled synthetic sample (shown as demo data). */
	open(files: File[], { sample = null }: { sample?: SampleId | null } = {}): void {
		this.#shared = null;
		this.#files = files;
		this.#isDemo = sample !== null;
		this.#sample = sample;
		this.#notice = null;
		this.mapping.reset();
		// A format forced for the previous files (a mapped known format) must not apply to new ones.
		this.#settings.format = 'auto';
		this.#startRun(true);
	}

	/**
	 * Brings results in line with the settings, doing the least work:
	 * idempotent, so it can run whenever a setting changes.
	 */
	sync(): void {
		if (this.#files.length === 0) return;
		if (keyOf(this.#settings.readOptions) !== this.#readKey) {
			this.#startRun(true);
		} else if (this.#classifyWork() !== this.#classifyKey && !this.#controller) {
			// While a run is in flight it picks up the newest classify settings itself.
			this.#startRun(false);
		}
	}

	/**
	 * Follows the settings until the returned stop is called: a change of read options, of the
	 * classification settings or of the product scope asks for the least work (sync). View
	 * settings (years, partners, method, top N) never reach the worker.
	 */
	followSettings(): () => void {
		return $effect.root(() => {
			$effect(() => {
				void this.#settings.readOptions;
				void this.#settings.classifySettings;
				void this.#settings.scope;
				untrack(() => this.sync());
			});
		});
	}

	/** Opens the column-mapping step for the current files (the user asked to map columns). */
	mapColumns(): void {
		if (this.#files.length > 0) void this.mapping.start(this.#files);
	}

	/** Stops the running read or classification; the UI then says "cancelled". */
	cancel(): void {
		this.#controller?.abort();
	}

	/**
	 * The cells CSV for the current reporter and settings (re-reads first if the worker lost the
	 * keys). The worker writes the standard file; Excel's is written here from the worker's cells
	 * (all products, as the worker's CSV), the dialect passed to the writer.
	 */
	cellsCsv(dialect: CsvDialect = 'standard'): Promise<string> {
		const reporter = this.#settings.reporter;
		if (this.#shared)
			return Promise.resolve(cellsToCsv(this.#shared.cells[0].cells, reporter, dialect));
		const settings = this.#settings.classifySettings;
		if (dialect === 'standard') {
			return this.#withKeys(() => this.#client.cellsCsv(settings, reporter));
		}
		return this.#withKeys(() => this.#client.classify(settings)).then((cells) =>
			cellsToCsv(cells, reporter, dialect)
		);
	}

	/** The kept keys in a selection, copied: the product rows of shared results. */
	selectionKeys(selection: Selection): Promise<TradeKeys> {
		const shared = this.#shared;
		if (shared?.keys) return Promise.resolve(shared.keys);
		const { hsEditions } = this.#settings.classifySettings;
		return this.#withKeys(() => this.#client.selectionKeys(selection, { hsEditions }));
	}

	/** What a classification depends on: α, θ, the CIF/FOB factor and the product scope. */
	#classifyWork(): string {
		return keyOf([this.#settings.classifySettings, this.#settings.scope]);
	}

	/** Calls the worker, reading the files again first if the worker lost the keys (it was restarted). */
	async #withKeys<T>(ask: () => Promise<T>): Promise<T> {
		if (!this.#client.hasKeys) await this.#readAgain();
		return ask();
	}

	/**
	 * The worker's answers for the views, with the current settings and scope. No AbortSignal:
	 * aborting would end the worker and its keys; views ignore answers they no longer need.
	 */
	readonly queries: ViewQueries = {
		products: (query) =>
			this.#sharedQueries?.products(query) ??
			this.#withKeys(() => this.#client.products(this.#settings.classifySettings, query)),
		sensitivity: (selection) =>
			this.#sharedQueries?.sensitivity(selection) ??
			this.#withKeys(() => this.#client.sensitivity(this.#settings.classifySettings, selection)),
		robustness: (selection) =>
			this.#sharedQueries?.robustness(selection) ??
			this.#withKeys(() => this.#client.robustness(selection)),
		aquinoQ: (selection, dimension, folded) =>
			this.#sharedQueries?.aquinoQ(selection, dimension, folded) ??
			this.#withKeys(() =>
				this.#client.aquinoQ(this.#settings.classifySettings, selection, dimension, folded)
			),
		screenTally: () =>
			this.#sharedQueries?.screenTally() ??
			this.#withKeys(() => this.#client.screenTally(this.#settings.classifySettings)),
		stability: (selection) =>
			this.#sharedQueries?.stability(selection) ??
			this.#withKeys(() => this.#client.stability(this.#settings.classifySettings, selection)),
		marginal: (query) =>
			this.#sharedQueries?.marginal(query) ?? this.#withKeys(() => this.#client.marginal(query)),
		cellsAt: (alpha) =>
			this.#sharedQueries?.cellsAt(alpha) ??
			this.#withKeys(() =>
				this.#client.classify({ ...this.#settings.classifySettings, alpha }, this.#settings.scope)
			),
		determinants: (query) =>
			this.#sharedQueries?.determinants(query) ??
			this.#withKeys(() =>
				this.#client.determinants({ ...query, settings: this.#settings.classifySettings })
			)
	};

	async #readAgain(): Promise<void> {
		const summary = await this.#client.read(this.#files, this.#settings.readOptions, {
			threads: PAGE_THREADS
		});
		this.#ledger = summary.ledger;
		this.#setInfo(summary.info);
	}

	#setInfo(info: DatasetInfo): void {
		this.#info = info;
		// Ids Intl cannot name (BACI 490, Comex Stat codes without PAIS.csv) get the files' names.
		i18n.countryNames = info.countryNames ?? {};
	}

	/** Stops the run in flight (if any) so that its outcome is ignored. */
	#cancelRun(): void {
		this.#runId++;
		this.#controller?.abort();
		this.#controller = null;
	}

	#startRun(read: boolean): void {
		this.#controller?.abort();
		const controller = new AbortController();
		this.#controller = controller;
		const runId = ++this.#runId;
		void this.#run(runId, read, controller.signal).finally(() => {
			if (this.#controller === controller) this.#controller = null;
		});
	}

	async #run(runId: number, read: boolean, signal: AbortSignal): Promise<void> {
		const current = () => runId === this.#runId;
		this.#error = null;
		try {
			if (read || !this.#client.hasKeys) {
				const options = this.#settings.readOptions;
				this.#readKey = keyOf(options);
				this.#classifyKey = null;
				this.#phase = 'reading';
				this.#progress = null;
				this.#ledger = null;
				this.#info = null;
				this.#cells = null;
				const summary = await this.#client.read(this.#files, options, {
					signal,
					threads: PAGE_THREADS,
					onProgress: (progress) => {
						if (current()) this.#progress = progress;
					}
				});
				if (!current()) return;
				this.#ledger = summary.ledger;
				this.#setInfo(summary.info);
			}
			// Loop until the classification matches the newest settings (they may change meanwhile).
			do {
				this.#phase = 'classifying';
				const { classifySettings, scope } = this.#settings;
				const cells = await this.#client.classify(classifySettings, scope, { signal });
				if (!current()) return;
				this.#cells = cells;
				this.#classifyKey = keyOf([classifySettings, scope]);
			} while (this.#classifyWork() !== this.#classifyKey);
			this.#phase = 'ready';
		} catch (error) {
			if (!current()) return; // superseded by a newer run: its outcome is what counts
			if (isCancellation(error)) {
				this.#phase = 'cancelled';
				this.#cells = null;
				this.#readKey = null; // the keys are gone with the worker: the next sync re-reads
			} else if (this.#switchReporter(error)) {
				// A new read has started with the file's own reporter.
			} else {
				this.#phase = 'error';
				this.#error = error;
				this.#offerMapping(error);
			}
		}
	}

	/**
	 * A file reported by one other country (a Comtrade download for Argentina while Brazil is chosen):
	 * choose that reporter and read again, saying so. Several reporters: the user must choose.
	 */
	#switchReporter(error: unknown): boolean {
		const to = singleReporterOf(error);
		const from = this.#settings.reporter;
		// Once per set of files: a second switch would mean the engine contradicts itself; never loop.
		if (!to || to === from || this.#notice?.kind === 'reporter-switched') return false;
		this.#settings.reporter = to;
		this.#notice = { kind: 'reporter-switched', from, to };
		this.#startRun(true);
		return true;
	}

	/** A file of no known format (or a mapping that does not fit): show the column-mapping step. */
	#offerMapping(error: unknown): void {
		if (!(error instanceof TradeFileError)) return;
		if (error.code === 'unknown-format' || error.code === 'bad-mapping') {
			// Only after a fresh read failed, so a remembered mapping may be applied without asking.
			void this.mapping.start(this.#files, {
				file: error.file,
				auto: error.code === 'unknown-format'
			});
		}
	}

	/** Ends the worker (page teardown). */
	dispose(): void {
		this.#controller?.abort();
		this.#client.terminate();
	}
}
