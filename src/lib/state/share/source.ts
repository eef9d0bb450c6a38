/**
 * The results on screen as a ShareSource: the session's cells and facts, the views' filter and
 * selection, and the settings as a settings link's query text (without the sample: the
 * receiver sees the shared results, not the sample).
 */
import { snapshotOf } from '../link-settings';
import type { LocaleState } from '../locale.svelte';
import type { AnalysisSession } from '../session.svelte';
import type { AnalysisSettings } from '../settings.svelte';
import { queryText, settingsToParams } from '../url-state';
import type { ResultViews } from '../result-views.svelte';
import type { ShareSource } from './build';

/** What can be shared now; null until results are on screen. */
export function shareSourceOf(
	session: AnalysisSession,
	settings: AnalysisSettings,
	views: ResultViews,
	locale: LocaleState
): ShareSource | null {
	const { info, ledger, cells } = session;
	const { filter, selection } = views;
	if (!info || !ledger || !cells || !filter || !selection) return null;
	return {
		settings: queryText(settingsToParams(snapshotOf(settings, views, locale, null))),
		alpha: settings.alpha,
		theta: settings.theta,
		info,
		ledger,
		cells,
		filter,
		selection,
		view: views.active,
		dimension: settings.dimension,
		quickCheckMethod: views.quickCheckMethod,
		cellsAt: (alpha) => session.queries.cellsAt(alpha),
		selectionKeys: (chosen) => session.selectionKeys(chosen)
	};
}
