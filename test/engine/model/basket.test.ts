/** Baskets: HS patterns as people type them, and a basket scope that every view applies alike. */
import { describe, expect, it } from 'vitest';
import {
	basketCodeMask,
	basketIncludes,
	parseBasketPattern,
	parseBasketText,
	prefixRange
} from '../../../src/lib/engine/model/basket';
import { classifyKeys } from '../../../src/lib/engine/classify/classify';
import { productPage } from '../../../src/lib/engine/classify/drilldown';
import { ALL_PARTNERS } from '../../../src/lib/engine/model/selection';
import { makeKeys, type KeyRow } from '../helpers/make-keys';

describe('basket patterns', () => {
	it('reads HS2, HS4 and HS6 codes and starred prefixes', () => {
		expect(parseBasketPattern('64')).toEqual({ prefix: '64', invalid: null });
		expect(parseBasketPattern('6403.99')).toEqual({ prefix: '640399', invalid: null });
		expect(parseBasketPattern('640*')).toEqual({ prefix: '640', invalid: null });
		expect(parseBasketPattern(' 6403* ')).toEqual({ prefix: '6403', invalid: null });
	});
	it('refuses what is not an HS level or a prefix', () => {
		expect(parseBasketPattern('640')).toEqual({ prefix: null, invalid: '640' });
		expect(parseBasketPattern('6403991')).toEqual({ prefix: null, invalid: '6403991' });
		expect(parseBasketPattern('shoes')).toEqual({ prefix: null, invalid: 'shoes' });
		expect(parseBasketPattern('*')).toEqual({ prefix: null, invalid: '*' });
	});
	it('covers the HS6 range of a prefix', () => {
		expect(prefixRange('6403')).toEqual([640_300, 640_399]);
		expect(prefixRange('640399')).toEqual([640_399, 640_399]);
		expect(prefixRange('02')).toEqual([20_000, 29_999]);
	});
	it('splits pasted lists, normalizing and deduplicating', () => {
		expect(parseBasketText('6403*, 4202.21; 64\n6403')).toEqual({
			patterns: ['6403*', '420221', '64*'],
			invalid: null
		});
		expect(parseBasketText('6403, x12')).toEqual({ patterns: ['6403*'], invalid: 'x12' });
	});
	it('gives the same answer as a mask and as a test', () => {
		const patterns = ['6403*', '420221', '01*'];
		const mask = basketCodeMask(patterns);
		for (const code of [640_300, 640_399, 640_400, 420_221, 420_222, 10_121, 20_130]) {
			expect(mask[code] === 1).toBe(basketIncludes(patterns, code));
		}
		expect(basketIncludes(patterns, 640_351)).toBe(true);
		expect(basketIncludes(patterns, 420_222)).toBe(false);
	});
});

describe('a basket as product scope', () => {
	// R = 2 on 6403 footwear, R = 1 on 4202 bags, R = 0.5 on 8471 machines.
	const ROWS: KeyRow[] = [
		{
			year: 2020,
			reporter: 'BRA',
			partner: 'USA',
			product: 640_399,
			x: 200,
			m: 100,
			qx: 10,
			qm: 10
		},
		{ year: 2020, reporter: 'BRA', partner: 'USA', product: 420_221, x: 50, m: 50, qx: 5, qm: 5 },
		{ year: 2020, reporter: 'BRA', partner: 'USA', product: 847_130, x: 40, m: 80, qx: 4, qm: 4 }
	];
	const keys = makeKeys(ROWS);
	const settings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
	const scope = { sectors: null, chapters: null, basket: ['6403*', '420221'] };

	it('classifies only the basket: the same cells as the keys of the basket alone', () => {
		const scoped = classifyKeys(keys, settings, scope);
		const alone = classifyKeys(makeKeys(ROWS.slice(0, 2)), settings);
		expect(scoped).toEqual(alone);
		// By hand: footwear GHM overlap 200 VIIT-sup; hides (4202) overlap 100 HIIT.
		expect(scoped.map((cell) => [cell.sector, cell.ghm.viitSup, cell.ghm.hiit])).toEqual([
			['hides', 0, 100],
			['footwear', 200, 0]
		]);
	});

	it('limits the drill-down to the basket, with the same totals', () => {
		const page = productPage(keys, settings, {
			selection: { reporter: 'BRA', yearFrom: 2020, yearTo: 2020, partners: ALL_PARTNERS, scope },
			search: '',
			searchPartners: [],
			sort: 'product',
			descending: false,
			offset: 0,
			limit: 10
		});
		expect(page.rows.map((row) => row.product)).toEqual(['420221', '640399']);
		expect(page.totals.trade).toBe(400);
	});
});
