/**
 * Short links of one view (engine reduce.ts, state buildViewResults): encoded, decoded and the
 * view's figures computed again from the received cells equal the sender's exactly, both on the
 * generated BACI-like sample (decimal values) and on the consortium sample with its basket; the
 * consortium's quick check link fits a message (under 2,000 characters); file names travel only when ticked;
 * and tampered version 3 payloads are refused like any other.
 */
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_CELLS_PER_SET } from '../../../src/lib/engine/share/bounds';
import {
	decodeFragment,
	encodeFragment,
	FRAGMENT_PREFIX,
	parsePayload,
	resultsFileText,
	toBase64Url
} from '../../../src/lib/engine/share/codec';
import { ShareError } from '../../../src/lib/engine/share/shared-results';
import { classifyKeys } from '../../../src/lib/engine/classify/classify';
import { quickCheck } from '../../../src/lib/engine/views/quick-check';
import { dimensionTable, inFilter } from '../../../src/lib/engine/views/tables';
import { qualityTable } from '../../../src/lib/engine/views/quality';
import type { Cell } from '../../../src/lib/engine/model/types';
import type { SharedResults } from '../../../src/lib/engine/share/shared-results';
import {
	buildSharedResults,
	buildViewResults,
	type ShareSource
} from '../../../src/lib/state/share/build';
import { consortiumSource } from '../../state/share/consortium-fixture';
import {
	FILTER,
	INFO,
	LEDGER,
	sampleKeys,
	SCOPE,
	SELECTION,
	SETTINGS
} from '../../state/share/share-fixture';
import { subsetKeys } from '../../../src/lib/engine/classify/key-subset';

/** The generated sample (amounts with cents) as the share dialog sees it. */
function generatedSource(): ShareSource {
	const keys = sampleKeys();
	return {
		settings: 'y=2021-2022&lang=en',
		alpha: SETTINGS.alpha,
		theta: SETTINGS.theta,
		info: { ...INFO, keys: keys.count },
		ledger: LEDGER,
		cells: classifyKeys(keys, SETTINGS, SCOPE),
		filter: FILTER,
		selection: SELECTION,
		view: 'partners',
		dimension: { kind: 'partner' },
		quickCheckMethod: 'ghm',
		cellsAt: async (alpha) => classifyKeys(keys, { ...SETTINGS, alpha }, SCOPE),
		selectionKeys: async (chosen) => subsetKeys(keys, chosen)
	};
}

/** The cells the receiver's views read after the round trip through a link. */
async function received(source: ShareSource, view: 'quickcheck' | 'partners' | 'sectors') {
	return receivedOf(buildViewResults(source, view, false));
}

async function receivedOf(results: SharedResults) {
	const fragment = await encodeFragment(results);
	const shared = await decodeFragment(fragment);
	return { fragment, shared, cells: shared.cells[0].cells };
}

const sentCells = (source: ShareSource): Cell[] =>
	source.cells.filter((cell) => inFilter(cell, source.filter));

describe.each([
	['the generated sample', generatedSource],
	['the consortium sample with its basket', consortiumSource]
])('short links of %s', (_name, makeSource) => {
	it.each(['ghm', 'ff'] as const)(
		'quick check in %s: the figures are the sender’s exactly, and the link names its method',
		async (method) => {
			const source = { ...(await makeSource()), quickCheckMethod: method };
			const { shared, cells } = await received(source, 'quickcheck');
			expect(shared.view).toBe('quickcheck');
			expect(shared.method).toBe(method);
			expect(shared.keys).toBeNull();
			const mine = quickCheck(sentCells(source), source.filter, method);
			const theirs = quickCheck(cells, source.filter, method);
			expect(theirs).toStrictEqual(mine);
			expect(theirs.markets.length).toBeGreaterThan(3);
			// Never more cells than the sender's (summed away where that keeps the figures exact).
			expect(cells.length).toBeLessThanOrEqual(sentCells(source).length + 3);
		}
	);

	it('partner and sector tables: every row and the total are the sender’s exactly', async () => {
		const source = await makeSource();
		const partners = await received(source, 'partners');
		const byPartner = { kind: 'partner' } as const;
		expect(dimensionTable(partners.cells, source.filter, byPartner)).toStrictEqual(
			dimensionTable(sentCells(source), source.filter, byPartner)
		);
		expect(qualityTable(partners.cells, source.filter, byPartner)).toStrictEqual(
			qualityTable(sentCells(source), source.filter, byPartner)
		);
		const sectors = await received(source, 'sectors');
		const bySector = { kind: 'sector' } as const;
		expect(dimensionTable(sectors.cells, source.filter, bySector)).toStrictEqual(
			dimensionTable(sentCells(source), source.filter, bySector)
		);
		expect(sectors.shared.settings).toContain('v=sectors');
	});

	it('file names travel only when ticked', async () => {
		const source = await makeSource();
		const names = source.ledger.files.map((file) => file.name);
		expect(names.length).toBeGreaterThan(0);
		const texts = [
			resultsFileText(buildViewResults(source, 'quickcheck', false)),
			resultsFileText(buildViewResults(source, 'partners', false)),
			resultsFileText(
				await buildSharedResults(source, { table5: false, products: false, names: false })
			)
		];
		for (const text of texts) for (const name of names) expect(text).not.toContain(name);
		const ticked = resultsFileText(
			await buildSharedResults(source, { table5: false, products: false, names: true })
		);
		for (const name of names) expect(ticked).toContain(name);
		expect(resultsFileText(buildViewResults(source, 'quickcheck', true))).toContain(names[0]);
	});
});

describe('link lengths', () => {
	it.each(['ghm', 'ff'] as const)(
		'the consortium sample’s quick check link in %s is under 1,500 characters',
		async (method) => {
			const source = { ...(await consortiumSource()), quickCheckMethod: method };
			const { fragment } = await received(source, 'quickcheck');
			const full = await encodeFragment(
				await buildSharedResults(source, { table5: false, products: false, names: false })
			);
			// The page's link is origin + path + fragment: a site address of 60 characters leaves room.
			console.info(
				`consortium quick check fragment (${method}): ${fragment.length}, full: ${full.length}`
			);
			expect(fragment.length + 60).toBeLessThan(1_500);
			expect(fragment.length).toBeLessThan(full.length / 3);
		}
	);
});

describe('hostile short links', () => {
	const fragmentOf = (value: unknown) =>
		FRAGMENT_PREFIX + toBase64Url(deflateRawSync(Buffer.from(JSON.stringify(value), 'utf8')));
	const wire = async () =>
		JSON.parse(resultsFileText(buildViewResults(generatedSource(), 'quickcheck', false)));
	const refusal = async (value: unknown) => {
		const error = await decodeFragment(fragmentOf(value)).then(
			() => null,
			(reason: unknown) => reason
		);
		expect(error).toBeInstanceOf(ShareError);
		return error as ShareError;
	};

	it('names its view as version 3, one of the views a link can be cut down to', async () => {
		const genuine = await wire();
		expect(genuine.v).toBe(3);
		expect(genuine.view).toBe('quickcheck');
		for (const view of ['products', '__proto__', 'constructor', 7, null, ['quickcheck'], {}]) {
			const error = await refusal({ ...genuine, view });
			expect(error.code).toBe('invalid');
			expect(error.detail).toContain('view');
		}
		const { view: _view, ...withoutView } = genuine;
		expect((await refusal(withoutView)).detail).toContain('view');
		// A full link (version 2) may not claim a view: its cells are not summed for one.
		expect((await refusal({ ...genuine, v: 2 })).detail).toContain('view');
		expect((await refusal({ ...genuine, v: 4 })).code).toBe('version');
	});

	it('names the quick check’s one method, and no other payload may name one', async () => {
		const genuine = await wire();
		expect(genuine.method).toBe('ghm');
		for (const method of ['both', 'GHM', '__proto__', 1, null, ['ff']]) {
			const error = await refusal({ ...genuine, method });
			expect(error.code).toBe('invalid');
			expect(error.detail).toContain('method');
		}
		const { method: _method, ...withoutMethod } = genuine;
		expect((await refusal(withoutMethod)).detail).toContain('method');
		const partners = JSON.parse(
			resultsFileText(buildViewResults(generatedSource(), 'partners', false))
		);
		expect(partners.method).toBeUndefined();
		expect((await refusal({ ...partners, method: 'ghm' })).detail).toContain('method');
	});

	it('is bounded and typed like a full link', async () => {
		const genuine = await wire();
		const cells = genuine.cells[0];
		expect(
			(await refusal({ ...genuine, cells: [{ ...cells, rows: ['1', ...cells.rows.slice(1)] }] }))
				.code
		).toBe('invalid');
		const oversize = new Array((MAX_CELLS_PER_SET + 1) * 21).fill(0);
		expect((await refusal({ ...genuine, cells: [{ alpha: 0.15, rows: oversize }] })).code).toBe(
			'too-large'
		);
		// The facts travel as a list; its one object is the country names.
		const protoNames = JSON.parse(
			JSON.stringify(genuine).replace('{"490"', '{"__proto__":"x","490"')
		);
		expect(protoNames.info[8]).toHaveProperty(['__proto__']);
		expect((await refusal(protoNames)).code).toBe('bad-id');
		expect(Object.keys(Object.prototype)).toEqual([]);
		expect(() => parsePayload(JSON.stringify({ ...genuine, settings: 5 }))).toThrow(ShareError);
		// The facts' and the ledger's lists: as long as their fields, each field checked.
		expect((await refusal({ ...genuine, info: genuine.info.slice(1) })).detail).toContain('info');
		const badCurrency = [...genuine.info];
		badCurrency[2] = 'BTC';
		expect((await refusal({ ...genuine, info: badCurrency })).detail).toContain('info.currency');
		expect((await refusal({ ...genuine, ledger: { rowsRead: 1 } })).detail).toContain('ledger');
		const negative = [...genuine.ledger];
		negative[2] = -1;
		expect((await refusal({ ...genuine, ledger: negative })).detail).toContain('ledger.rowsRead');
	});
});
