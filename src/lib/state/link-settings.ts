/**
 * The app's state as a link snapshot (url-state.ts), and a link's snapshot applied to the state.
 * Shared by the address bar's sync (url-sync.svelte.ts) and results links (share/).
 */
import { saveCustomGroups } from './custom-groups';
import type { LocaleState } from './locale.svelte';
import { sampleOf, type SampleId } from './samples';
import type { AnalysisSettings } from './settings.svelte';
import { URL_DEFAULTS, withLinkedGroup, type UrlSnapshot } from './url-state';
import type { ResultViews } from './result-views.svelte';

/** What a link holds of the current state. */
export function snapshotOf(
	settings: AnalysisSettings,
	views: ResultViews,
	locale: LocaleState,
	sample: SampleId | null
): UrlSnapshot {
	return {
		method: settings.method,
		alpha: settings.alpha,
		theta: settings.theta,
		cifFobFactor: settings.cifFobFactor,
		uvScreen: settings.uvScreen,
		level: settings.level,
		fobWhereReported: settings.fobWhereReported,
		hsEditions: settings.hsEditions,
		reporter: settings.reporter,
		quantityBasis: settings.quantityBasis,
		includeReExports: settings.includeReExports,
		yearFrom: settings.yearFrom,
		yearTo: settings.yearTo,
		topN: settings.topN,
		sectors: settings.sectors,
		chapters: settings.chapters,
		partners: settings.partners,
		rowsKind: settings.rowsKind,
		basket: settings.basket,
		// A sample with a basket of its own reopens with it unless the link says there is none.
		noBasket: settings.basket === null && sampleOf(sample)?.basket !== undefined,
		view: views.active,
		drill: views.drill,
		lang: locale.locale,
		sample
	};
}

/**
 * Sets what a link holds. A linked custom group joins the groups saved on this device (never
 * replacing one), so it is still there after the link is closed. The sample (and whether its
 * basket is declined) is the page's to open.
 */
export function applyLinkSettings(
	read: Partial<UrlSnapshot>,
	settings: AnalysisSettings,
	views: ResultViews,
	locale: LocaleState
): void {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { partners, view, drill, lang, sample, noBasket, ...rest } = read;
	// The other keys are named as the settings' own setters, which validate once more.
	Object.assign(settings, rest);
	if (partners?.kind === 'custom') {
		const { groups, group } = withLinkedGroup(settings.customGroups, partners.group);
		if (groups.length > settings.customGroups.length) saveCustomGroups(groups);
		settings.customGroups = groups;
		settings.partners = { kind: 'custom', group };
	} else if (partners) {
		settings.partners = partners;
	}
	if (view) views.active = view;
	if (drill !== undefined) views.drill = drill;
	if (lang && lang !== locale.locale) locale.locale = lang;
}

/**
 * Sets a whole link: what it leaves out goes back to its default (whatever the page had), except
 * the language, which stays unless the link names one. Back/forward and shared results use it.
 */
export function applyWholeLink(
	read: Partial<UrlSnapshot>,
	settings: AnalysisSettings,
	views: ResultViews,
	locale: LocaleState
): void {
	applyLinkSettings({ ...URL_DEFAULTS, lang: undefined, ...read }, settings, views, locale);
}
