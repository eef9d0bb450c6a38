/**
 * The worker keeps the keys in one HS edition (METHODS 8), as the CLI's classify does by default,
 * and the robustness table's baseline keeps the codes as read. The hand-worked example of
 * test/cli/hs-editions.test.ts: HS2017 → HS2012 maps 030249 and 030299 to 030289. In 2017 (H5)
 * Brazil sells 030249 to the USA (100 000 USD / 10 t) and buys 030299 (30 000 / 3 t): as read,
 * two one-way keys; converted to H4, one key with R = 1: GHM HIIT 2 · 30 000 = 60 000.
 */
import { describe, expect, it } from 'vitest';
import { ALL_PARTNERS, ALL_PRODUCTS } from '../../src/lib/engine/model/selection';
import type { ProductQuery } from '../../src/lib/engine/model/queries';
import type { ReadOptions } from '../../src/lib/engine/model/types';
import { createAnalysisApi } from '../../src/lib/worker/analysis-api';
import { unwrapOutcome } from '../../src/lib/worker/wire-error';

const Y2016 = ['t,i,j,k,v,q', '2016,76,842,30289,100,10', '2016,842,76,30289,50,5'].join('\n');
const Y2017 = ['t,i,j,k,v,q', '2017,76,842,30249,100,10', '2017,842,76,30299,30,3'].join('\n');
const OPTIONS: ReadOptions = {
	format: 'auto',
	reporter: 'BRA',
	quantityBasis: 'reported',
	includeReExports: false
};
const PAPER = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const SELECTION = {
	reporter: 'BRA',
	yearFrom: 2016,
	yearTo: 2017,
	partners: ALL_PARTNERS,
	scope: ALL_PRODUCTS
};

async function readAs(names: [string, string]) {
	const api = createAnalysisApi();
	const files = [new File([Y2016], names[0]), new File([Y2017], names[1])];
	const summary = unwrapOutcome(await api.read(files, OPTIONS));
	return { api, summary };
}

describe('worker: HS editions', () => {
	it('converts every key to the oldest edition when the years are in two, and says how many changed', async () => {
		const { api, summary } = await readAs([
			'BACI_HS12_Y2016_V202401.csv',
			'BACI_HS17_Y2017_V202401.csv'
		]);
		expect(summary.info.editionConversion).toEqual({
			editions: ['H4', 'H5'],
			target: 'H4',
			keysChanged: 2,
			unlisted: 0,
			keysMerged: 1
		});
		const cells = unwrapOutcome(await api.classify(PAPER));
		const y2017 = cells.find((cell) => cell.year === 2017)!;
		expect(y2017.ghm.hiit).toBeCloseTo(60_000, 6);
		expect(y2017.ghm.oneWay).toBeCloseTo(70_000, 6);
		// The robustness table's baseline keeps the codes as read (2017: no overlap); its editions
		// row converts: HIIT 100 000 (2016) + 60 000 (2017) of 280 000.
		const table = unwrapOutcome(await api.robustness(SELECTION));
		const row = (id: string) => table.rows.find((r) => r.id === id)!;
		expect(row('paper').ghm.hiit).toBeCloseTo(100_000 / 280_000, 12);
		expect(row('hs-editions').ghm.hiit).toBeCloseTo(160_000 / 280_000, 12);
	});

	it('shows the codes as read beside a converted code in the drill-down', async () => {
		const { api } = await readAs(['BACI_HS12_Y2016_V202401.csv', 'BACI_HS17_Y2017_V202401.csv']);
		const query: ProductQuery = {
			selection: SELECTION,
			search: '',
			searchPartners: [],
			sort: 'year',
			descending: false,
			offset: 0,
			limit: 10
		};
		const page = unwrapOutcome(await api.products(PAPER, query));
		const rows = page.rows.map((row) => [row.year, row.product, row.productAsRead]);
		// 2016 is in the oldest edition already: nothing as read to add.
		expect(rows).toEqual([
			[2016, '030289', undefined],
			[2017, '030289', ['030249', '030299']]
		]);
	});

	it('classifies the codes as read when conversion is switched off (hsEditions: off)', async () => {
		const { api } = await readAs(['BACI_HS12_Y2016_V202401.csv', 'BACI_HS17_Y2017_V202401.csv']);
		const asRead = { ...PAPER, hsEditions: 'off' as const };
		// 2017 as read: two one-way keys (100 000 and 30 000), no overlap.
		const y2017 = unwrapOutcome(await api.classify(asRead)).filter((cell) => cell.year === 2017);
		expect(y2017.reduce((sum, cell) => sum + cell.ghm.hiit, 0)).toBe(0);
		expect(y2017.reduce((sum, cell) => sum + cell.ghm.oneWay, 0)).toBeCloseTo(130_000, 6);
		// The drill-down lists the codes as read, with no second code beside them.
		const page = unwrapOutcome(
			await api.products(asRead, {
				selection: { ...SELECTION, yearFrom: 2017 },
				search: '',
				searchPartners: [],
				sort: 'product',
				descending: false,
				offset: 0,
				limit: 10
			})
		);
		expect(page.rows.map((row) => [row.product, row.productAsRead])).toEqual([
			['030249', undefined],
			['030299', undefined]
		]);
		// Switching back converts again (the classification cache keys on the setting).
		const converted = unwrapOutcome(await api.classify(PAPER));
		expect(converted.find((cell) => cell.year === 2017)!.ghm.hiit).toBeCloseTo(60_000, 6);
	});

	it('keeps the keys as read when all years are in one edition', async () => {
		const { api, summary } = await readAs([
			'BACI_HS92_Y2016_V202401.csv',
			'BACI_HS92_Y2017_V202401.csv'
		]);
		expect(summary.info.editionConversion).toBeUndefined();
		const cells = unwrapOutcome(await api.classify(PAPER));
		expect(cells.find((cell) => cell.year === 2017)!.ghm.hiit).toBe(0);
	});
});
