/**
 * The views of the results, in the order of their tabs: the one list the tab bar, the URL and the
 * panel read. What each view draws is in ui/views/index.ts, keyed by these ids (the state layer
 * may not import components); a view missing there fails the type check.
 */
import type { MessageKey } from '../i18n';

/**
 * What a view needs from the worker beyond the cells: the product rows (kept by the worker, and
 * by a results link only when it carries the keys) or the covariates file (never in a link).
 */
export type WorkerNeed = 'product rows' | 'covariates';

interface ViewEntry {
	/** The tab's text. */
	readonly label: MessageKey;
	readonly worker: WorkerNeed | null;
}

/** Keyed by id, in the order of the tabs (an object keeps the order its keys were written in). */
export const VIEWS = {
	partners: { label: 'view.partners', worker: null },
	sectors: { label: 'view.sectors', worker: null },
	quickcheck: { label: 'view.quickcheck', worker: null },
	map: { label: 'view.map', worker: null },
	dominance: { label: 'view.dominance', worker: null },
	series: { label: 'view.series', worker: null },
	heatmap: { label: 'view.heatmap', worker: null },
	quality: { label: 'view.quality', worker: null },
	sensitivity: { label: 'view.sensitivity', worker: 'product rows' },
	robustness: { label: 'view.robustness', worker: 'product rows' },
	stability: { label: 'view.stability', worker: 'product rows' },
	marginal: { label: 'view.marginal', worker: 'product rows' },
	determinants: { label: 'view.determinants', worker: 'covariates' },
	products: { label: 'view.products', worker: 'product rows' },
	ledger: { label: 'view.ledger', worker: null }
} as const satisfies Record<string, ViewEntry>;

export type ViewId = keyof typeof VIEWS;

export const VIEW_IDS = Object.keys(VIEWS) as ViewId[];

/**
 * Whether shared results can show a view: they hold the cells but no worker, so a view that
 * needs product rows shows only when the link carries them, and one that needs covariates never.
 */
export function shownOnSharedResults(id: ViewId, linkHasProductRows: boolean): boolean {
	const need: WorkerNeed | null = VIEWS[id].worker;
	return need === null || (need === 'product rows' && linkHasProductRows);
}
