/**
 * A link's settings applied to the app: a custom group that arrives by link is saved on this
 * device (under a new name when the name is taken), and a drill-down target opens the product view.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyLinkSettings, applyWholeLink, snapshotOf } from '../../src/lib/state/link-settings';
import { LocaleState } from '../../src/lib/state/locale.svelte';
import { AnalysisSession } from '../../src/lib/state/session.svelte';
import { AnalysisSettings } from '../../src/lib/state/settings.svelte';
import { queryText, readSearch, settingsToParams } from '../../src/lib/state/url-state';
import { ResultViews } from '../../src/lib/state/result-views.svelte';

/** localStorage as a Map (Node has none). */
function stubStorage(initial: Record<string, string> = {}): Map<string, string> {
	const items = new Map(Object.entries(initial));
	vi.stubGlobal('localStorage', {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value)
	});
	return items;
}

function appState() {
	const settings = new AnalysisSettings();
	const session = new AnalysisSession(settings);
	return { settings, views: new ResultViews(session, settings), locale: new LocaleState() };
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('a sample’s own basket in the address', () => {
	it('says "no basket" only for a sample that has one, once its basket is removed', () => {
		const { settings, views, locale } = appState();
		const query = (sample: 'consortium' | 'demo' | null) =>
			queryText(settingsToParams(snapshotOf(settings, views, locale, sample)));
		expect(query('consortium')).toBe('b=-&lang=pt-BR&sample=consortium');
		expect(query('demo')).toBe('lang=pt-BR&sample=demo');
		expect(query(null)).toBe('lang=pt-BR');
		settings.basket = { name: 'Couro', patterns: ['41'] };
		expect(query('consortium')).toBe('b=Couro:41&lang=pt-BR&sample=consortium');
		// Applying the link sets no setting of that name: it is the page's, for the sample.
		applyLinkSettings(readSearch('b=-&sample=consortium'), settings, views, locale);
		expect(settings.basket).toBeNull();
		expect('noBasket' in settings).toBe(false);
	});
});

describe('applying a link', () => {
	it('saves a linked custom group, renaming it when this device has another of that name', () => {
		const saved = [{ name: 'Vizinhos', members: ['URY'] }];
		const items = stubStorage({ 'iit-explorer:groups': JSON.stringify(saved) });
		const { settings, views, locale } = appState();
		settings.customGroups = saved;
		applyLinkSettings(readSearch('p=custom:Vizinhos&pm=ARG,PRY'), settings, views, locale);

		const expected = [...saved, { name: 'Vizinhos (2)', members: ['ARG', 'PRY'] }];
		expect(settings.customGroups).toEqual(expected);
		expect(JSON.parse(items.get('iit-explorer:groups') as string)).toEqual(expected);
		expect(settings.partners).toEqual({ kind: 'custom', group: expected[1] });

		// The same link again adds nothing.
		applyLinkSettings(readSearch('p=custom:Vizinhos&pm=PRY,ARG'), settings, views, locale);
		expect(settings.customGroups).toEqual(expected);
	});

	it('opens the product view on the linked drill-down target, and writes it back', () => {
		stubStorage();
		const { settings, views, locale } = appState();
		applyLinkSettings(readSearch('v=products&d=country:DEU&ds=footwear'), settings, views, locale);
		expect(views.active).toBe('products');
		expect(views.drill).toEqual({ partners: { kind: 'country', id: 'DEU' }, sector: 'footwear' });
		expect(snapshotOf(settings, views, locale, null).drill).toEqual(views.drill);
	});

	it('carries the robustness options into the classification and back into a link', () => {
		stubStorage();
		const { settings, views, locale } = appState();
		// The paper's settings are the same three fields as before the options existed.
		expect(settings.classifySettings).toEqual({ alpha: 0.15, theta: 0.1, cifFobFactor: 1 });
		applyLinkSettings(readSearch('uv=mean:4&lvl=hs4&fob=1&hs=off'), settings, views, locale);
		expect(settings.classifySettings).toEqual({
			alpha: 0.15,
			theta: 0.1,
			cifFobFactor: 1,
			uvScreen: { rule: 'mean', k: 4 },
			level: 'hs4',
			fobWhereReported: true,
			hsEditions: 'off'
		});
		const query = queryText(settingsToParams(snapshotOf(settings, views, locale, null)));
		expect(query).toBe('uv=mean:4&lvl=hs4&fob=1&hs=off&lang=pt-BR');

		// A whole link without them (back/forward, shared results) turns them off again.
		applyWholeLink(readSearch('a=0.25'), settings, views, locale);
		expect(settings.classifySettings).toEqual({ alpha: 0.25, theta: 0.1, cifFobFactor: 1 });
	});

	it('keeps the last valid screen when given one the engine would refuse', () => {
		const settings = new AnalysisSettings();
		settings.uvScreen = { rule: 'quantile', p: 0.1 };
		settings.uvScreen = { rule: 'quantile', p: 0.6 };
		settings.uvScreen = { rule: 'mean', k: 1 };
		expect(settings.uvScreen).toEqual({ rule: 'quantile', p: 0.1 });
		settings.uvScreen = null;
		expect(settings.classifySettings.uvScreen).toBeUndefined();
	});
});
