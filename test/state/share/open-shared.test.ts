/**
 * Opening shared results on the page's state: the sender's settings applied, the reporter the
 * cells' own (whatever the settings text says), and results that would leave the read-only view
 * empty refused with a message instead.
 */
import { describe, expect, it } from 'vitest';
import { LocaleState } from '../../../src/lib/state/locale.svelte';
import { AnalysisSession } from '../../../src/lib/state/session.svelte';
import { AnalysisSettings } from '../../../src/lib/state/settings.svelte';
import { encodeFragment, payloadOfFragment } from '../../../src/lib/engine/share/codec';
import { sharedOf } from '../../../src/lib/engine/share/materialize';
import { openSharedResults } from '../../../src/lib/state/share/open-shared';
import { ShareError } from '../../../src/lib/engine/share/shared-results';
import { ResultViews } from '../../../src/lib/state/result-views.svelte';
import { classStability } from '../../../src/lib/engine/classify/class-stability';
import { SharedUnavailableError } from '../../../src/lib/state/share/shared-queries';
import { sampleKeys, SELECTION, SETTINGS, sharedSample } from './share-fixture';

function appState() {
	const settings = new AnalysisSettings();
	const session = new AnalysisSession(settings);
	return {
		settings,
		session,
		views: new ResultViews(session, settings),
		locale: new LocaleState()
	};
}

/** A link of the fixture's results (BRA, 2021–2022) with `settings` as the sender's. */
async function linkWith(settings: string): Promise<string> {
	const shared = await sharedSample({ table5: false, products: false });
	return encodeFragment({ ...shared, settings });
}

describe('opening shared results', () => {
	it('shows them with the sender’s settings and the cells’ reporter', async () => {
		const target = appState();
		// The settings text names another reporter: the cells are BRA's, so the views are too.
		const hash = await linkWith('r=ARG&m=ff&y=2021-2022&lang=en');
		expect(await openSharedResults({ kind: 'fragment', hash }, target, null)).toBe(true);
		expect(target.session.shared).not.toBeNull();
		expect(target.settings.reporter).toBe('BRA');
		expect(target.settings.method).toBe('ff');
		expect(target.views.filter).toMatchObject({ reporter: 'BRA', yearFrom: 2021, yearTo: 2022 });
		expect(target.views.partners?.table?.rows.length ?? 0).toBeGreaterThan(0);
	});

	it('keeps the quick check to the one method a quick check link carries', async () => {
		const target = appState();
		// Before any link: GHM unless only FF was asked; the user's pick wins.
		expect(target.views.quickCheckMethods).toEqual(['ghm', 'ff']);
		expect(target.views.quickCheckMethod).toBe('ghm');
		target.settings.method = 'ff';
		expect(target.views.quickCheckMethod).toBe('ff');
		target.views.quickCheckPick = 'ghm';
		expect(target.views.quickCheckMethod).toBe('ghm');

		const shared = await sharedSample({ table5: false, products: false });
		const hash = await encodeFragment({
			...shared,
			settings: 'v=quickcheck&lang=en',
			view: 'quickcheck',
			method: 'ff'
		});
		expect(await openSharedResults({ kind: 'fragment', hash }, target, null)).toBe(true);
		expect(target.session.shared?.method).toBe('ff');
		expect(target.views.quickCheckMethods).toEqual(['ff']);
		// The pick made before is no choice on this link: its cells have no GHM split.
		expect(target.views.quickCheckMethod).toBe('ff');
	});

	it('refuses results whose selection shows nothing, and leaves no empty read-only view', async () => {
		const target = appState();
		// New Zealand is no partner of the fixture: the sender's selection would show no cell.
		const hash = await linkWith('p=country:NZL&lang=en');
		const error = await openSharedResults({ kind: 'fragment', hash }, target, null).catch(
			(reason: unknown) => reason
		);
		expect(error).toBeInstanceOf(ShareError);
		expect(error).toMatchObject({ code: 'empty', detail: 'selection' });
		expect(target.session.shared).toBeNull();
		expect(target.session.phase).toBe('idle');
	});

	it('lets a newer link win over one still decoding', async () => {
		const target = appState();
		const [ghm, ff] = [await linkWith('m=ghm&lang=en'), await linkWith('m=ff&lang=en')];
		const first = openSharedResults({ kind: 'fragment', hash: ghm }, target, null);
		const second = openSharedResults({ kind: 'fragment', hash: ff }, target, null);
		expect(await first).toBe(false);
		expect(await second).toBe(true);
		expect(target.settings.method).toBe('ff');
	});

	it('answers class stability from the product rows a link carries, and only then', async () => {
		const withRows = appState();
		const hash = await encodeFragment(await sharedSample({ table5: false, products: true }));
		expect(await openSharedResults({ kind: 'fragment', hash }, withRows, null)).toBe(true);
		const answer = await withRows.session.queries.stability(SELECTION);
		const expected = classStability(sampleKeys(), SETTINGS, SELECTION);
		expect(answer.yearPairs).toEqual([{ from: 2021, to: 2022 }]);
		expect(expected.ff.keyPairs).toBeGreaterThan(0);
		expect(answer.ff.keyPairs).toBe(expected.ff.keyPairs);
		expect(answer.ff.weight).toBeCloseTo(expected.ff.weight, 3);
		expect(answer.ghm.stableShare).toBeCloseTo(expected.ghm.stableShare, 12);

		const withoutRows = appState();
		const bare = await linkWith('lang=en');
		expect(await openSharedResults({ kind: 'fragment', hash: bare }, withoutRows, null)).toBe(true);
		await expect(withoutRows.session.queries.stability(SELECTION)).rejects.toBeInstanceOf(
			SharedUnavailableError
		);
	});

	it('builds Table 5’s other α when first read, the same cells as building all at once', async () => {
		const target = appState();
		const hash = await encodeFragment(await sharedSample({ table5: true, products: false }));
		expect(await openSharedResults({ kind: 'fragment', hash }, target, null)).toBe(true);
		const atOnce = sharedOf(await payloadOfFragment(hash));
		expect(atOnce.cells.length).toBeGreaterThan(1);
		const opened = target.session.shared?.cells ?? [];
		expect(opened.map((set) => set.alpha)).toEqual(atOnce.cells.map((set) => set.alpha));
		for (const [k, set] of opened.entries()) {
			expect(set.cells.length).toBeGreaterThan(0);
			expect(set.cells).toEqual(atOnce.cells[k].cells);
		}
	});

	it('applies the sender’s robustness options, and their defaults when the link has none', async () => {
		const target = appState();
		target.settings.level = 'hs4'; // this page's own choice, not the sender's
		const plain = await linkWith('y=2021-2022&lang=en');
		expect(await openSharedResults({ kind: 'fragment', hash: plain }, target, null)).toBe(true);
		expect(target.settings.classifySettings).toEqual({ alpha: 0.15, theta: 0.1, cifFobFactor: 1 });

		const hash = await linkWith('uv=quantile:0.1&lvl=hs4&fob=1&y=2021-2022&lang=en');
		expect(await openSharedResults({ kind: 'fragment', hash }, target, null)).toBe(true);
		expect(target.settings.uvScreen).toEqual({ rule: 'quantile', p: 0.1 });
		expect(target.settings.level).toBe('hs4');
		expect(target.settings.fobWhereReported).toBe(true);
	});
});
