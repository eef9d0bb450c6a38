/**
 * Keeps the address bar in step with the settings and the open view (url-state.ts holds the
 * format): a reload, the back button and a copied link bring the same view back. Browser only;
 * the hash (#…) is left as it is, another feature keeps shared results there.
 */
import { pushState, replaceState } from '$app/navigation';
import { applyLinkSettings as apply, applyWholeLink, snapshotOf } from './link-settings';
import { MAX_LINK_CHARS } from '../engine';
import type { LocaleState } from './locale.svelte';
import type { SampleId } from './samples';
import type { AnalysisSettings } from './settings.svelte';
import { queryText, readSearch, settingsToParams, type UrlSnapshot } from './url-state';
import type { ResultViews } from './result-views.svelte';

// Dragging α or θ changes the settings many times a second; browsers limit history updates.
const WRITE_DELAY_MS = 200;

/** The URL of this page with `query` as its search and the hash kept. */
function urlWith(query: string): string {
	return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}

/**
 * Applies the URL's settings (the URL wins over defaults), then writes every change back to the
 * URL: a new history entry when the view tab changes, so Back returns to the previous view, and
 * a replaced one otherwise. Going back or forward applies that entry's URL. Call once the
 * router is ready (in onMount); returns the function that stops it.
 */
export function startUrlSync(
	settings: AnalysisSettings,
	views: ResultViews,
	locale: LocaleState,
	currentSample: () => SampleId | null
): () => void {
	apply(readSearch(location.search), settings, views, locale);
	let writtenView = views.active;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const write = (query: string, view: UrlSnapshot['view']) => {
		clearTimeout(timer);
		timer = undefined;
		if (query === location.search.replace(/^\?/, '')) return;
		// A link too long to open stays as it came: rewriting a huge address costs the browser seconds.
		if (location.hash.length > MAX_LINK_CHARS) return;
		try {
			const url = urlWith(query);
			// The page's own path, already resolved (base path included): only the query changes.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			if (view !== writtenView) pushState(url, {});
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			else replaceState(url, {});
			writtenView = view;
		} catch {
			// Too many history updates (Safari throttles them): the next change writes again.
		}
	};

	const onPopState = () => {
		applyWholeLink(readSearch(location.search), settings, views, locale);
		writtenView = views.active;
	};
	window.addEventListener('popstate', onPopState);

	const stopEffects = $effect.root(() => {
		$effect(() => {
			const snapshot = snapshotOf(settings, views, locale, currentSample());
			const query = queryText(settingsToParams(snapshot));
			clearTimeout(timer);
			// A tab change is written at once so its history entry is there before the next click.
			if (snapshot.view !== writtenView) write(query, snapshot.view);
			else timer = setTimeout(() => write(query, snapshot.view), WRITE_DELAY_MS);
		});
	});

	return () => {
		clearTimeout(timer);
		window.removeEventListener('popstate', onPopState);
		stopEffects();
	};
}
