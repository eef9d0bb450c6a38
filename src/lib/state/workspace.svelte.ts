/**
 * The analysis page's orchestration, out of the route: what opens when the page starts (the
 * demo, the sample a link names, a results link, or nothing when a link carries settings but
 * no data), files and results files dropped, and the notices about them. The session reads and
 * classifies; the workspace decides what to give it.
 */
import { replaceState } from '$app/navigation';
import { type DecodeRequest, isResultsFragment } from '../engine';
import { createShareDecoderWorker } from '../worker/share-decoder';
import { loadCustomGroups } from './custom-groups';
import type { LocaleState } from './locale.svelte';
import { loadSampleFiles, sampleOf, type SampleId } from './samples';
import type { AnalysisSession } from './session.svelte';
import type { AnalysisSettings } from './settings.svelte';
import { openSharedResults, supersedeSharedOpens } from './share/open-shared';
import { isResultsFile } from './share/results-file';
import { readSearch } from './url-state';
import { startUrlSync } from './url-sync.svelte';
import type { ResultViews } from './result-views.svelte';

/** An error to show with its title (a sample that failed to load, a CSV that failed to build). */
export interface WorkspaceNotice {
	error: unknown;
	title: string;
}

export class AnalysisWorkspace {
	#session: AnalysisSession;
	#settings: AnalysisSettings;
	#views: ResultViews;
	#locale: LocaleState;

	#sampleLoading = $state(false);
	#notice = $state.raw<WorkspaceNotice | null>(null);
	// A results link or file that could not be opened: said first, above everything else.
	#shareError = $state.raw<unknown>(null);
	// Results links and files being decoded (a second may start before the first ends).
	#openingShared = $state(0);
	// A link with settings but no data: the view is ready, the file must come from the user.
	#linkNeedsFile = $state(false);

	constructor(
		session: AnalysisSession,
		settings: AnalysisSettings,
		views: ResultViews,
		locale: LocaleState
	) {
		this.#session = session;
		this.#settings = settings;
		this.#views = views;
		this.#locale = locale;
	}

	/** True while a bundled sample's files load. */
	get sampleLoading(): boolean {
		return this.#sampleLoading;
	}
	get notice(): WorkspaceNotice | null {
		return this.#notice;
	}
	get shareError(): unknown {
		return this.#shareError;
	}
	get openingShared(): boolean {
		return this.#openingShared > 0;
	}
	get linkNeedsFile(): boolean {
		return this.#linkNeedsFile;
	}

	/** Shows an error that is not the session's own (the session shows those itself). */
	report(error: unknown, title: string): void {
		this.#notice = { error, title };
	}

	/**
	 * The page is open: follow the address and the settings, and open what the address asks for.
	 * Back from the Methods page the analysis is still there, so data opens only the first time.
	 * Returns the stop, for when the page closes.
	 */
	start(): () => void {
		this.#notice = null;
		this.#shareError = null;
		this.#linkNeedsFile = false;
		this.#settings.customGroups = loadCustomGroups();
		const linked = readSearch(location.search);
		const stopUrlSync = startUrlSync(
			this.#settings,
			this.#views,
			this.#locale,
			() => this.#session.sample
		);
		const stopFollowing = this.#session.followSettings();
		const openHash = () => {
			if (isResultsFragment(location.hash))
				void this.#showShared({ kind: 'fragment', hash: location.hash });
		};
		if (this.#session.files.length === 0 && !this.#session.shared) {
			const carriesSettings = Object.keys(linked).some((key) => key !== 'lang' && key !== 'sample');
			if (isResultsFragment(location.hash)) openHash();
			else if (linked.sample) void this.openSample(linked.sample, { basket: !linked.noBasket });
			else if (carriesSettings) this.#linkNeedsFile = true;
			else void this.openSample('demo');
		}
		// A results link pasted into the address bar of this tab changes only the fragment.
		window.addEventListener('hashchange', openHash);
		return () => {
			window.removeEventListener('hashchange', openHash);
			stopFollowing();
			stopUrlSync();
		};
	}

	/**
	 * Analyses a bundled sample, unless the user chose files or opened shared results meanwhile;
	 * with its own basket unless `basket` is false (a link that says "no basket").
	 */
	async openSample(id: string, { basket = true } = {}): Promise<void> {
		const sample = sampleOf(id);
		if (!sample) return;
		this.#sampleLoading = true;
		try {
			// The site's own static files (sub-path safe); nothing else is ever fetched.
			const files = await loadSampleFiles(sample);
			if ((this.#session.files.length > 0 && !this.#session.isDemo) || this.#session.shared) return;
			this.#settings.reporter = sample.reporter;
			// A basket already chosen (the link's, or the user's) wins over the sample's own.
			if (basket && sample.basket && this.#settings.basket === null) {
				this.#settings.basket = {
					name: this.#locale.t(sample.basket.nameKey),
					patterns: [...sample.basket.patterns]
				};
			}
			this.#linkNeedsFile = false;
			this.#session.open(files, { sample: sample.id as SampleId });
		} catch (error) {
			this.report(error, this.#locale.t('error.demo'));
		} finally {
			this.#sampleLoading = false;
		}
	}

	/** Files dropped or chosen: trade data to analyse, or one results file to show. */
	openFiles(files: File[]): void {
		this.#notice = null;
		this.#shareError = null;
		this.#linkNeedsFile = false;
		if (isResultsFile(files)) {
			void this.#showShared({ kind: 'file', file: files[0] });
			return;
		}
		supersedeSharedOpens();
		this.#dropResultsFragment();
		this.#session.open(files);
	}

	/** Leaves shared results for an empty page (the address forgets the link). */
	leaveShared(): void {
		this.#dropResultsFragment();
		this.#session.closeShared();
	}

	/** Shows shared results with the sender's settings; a bad link or file gets a clear message. */
	async #showShared(request: DecodeRequest): Promise<void> {
		this.#openingShared++;
		this.#shareError = null;
		try {
			// Decoded in a worker of its own: no link, however crafted, holds up the page.
			const target = {
				settings: this.#settings,
				views: this.#views,
				locale: this.#locale,
				session: this.#session
			};
			await openSharedResults(request, target, createShareDecoderWorker);
		} catch (error) {
			this.#shareError = error;
		} finally {
			this.#openingShared--;
		}
	}

	/** The address keeps no results fragment once other data is on screen. */
	#dropResultsFragment(): void {
		if (!isResultsFragment(location.hash)) return;
		// The page's own path (base path included): only the fragment goes.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		replaceState(location.pathname + location.search, {});
	}
}
