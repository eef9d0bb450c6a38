/**
 * The product drill-down: rows worked by hand, totals that reconcile with classifyKeys' cells
 * (an independent route: cells, filtered with selection.ts's predicates), sort, search, paging.
 */
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../bench/prng';
import { classifyKeys, emptySplit } from '../../../src/lib/engine/classify/classify';
import { productPage } from '../../../src/lib/engine/classify/drilldown';
import {
	PRODUCT_SORT_KEYS,
	type ProductQuery,
	type ProductRow,
	type ProductSortKey
} from '../../../src/lib/engine/model/queries';
import {
	ALL_PARTNERS,
	ALL_PRODUCTS,
	partnerInSet,
	type Selection
} from '../../../src/lib/engine/model/selection';
import type { ClassSplit, ClassifySettings, TradeKeys } from '../../../src/lib/engine/model/types';
import { makeKeys, type KeyRow } from '../helpers/make-keys';

const PAPER: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const BRA = { reporter: 'BRA' };

// α = 0.15: GHM band [0.85, 1.15], FF band [1/1.15 ≈ 0.8696, 1.15]; θ = 0.1.
const ROWS: Record<string, KeyRow> = {
	// UVx = 12, UVm = 10, R = 1.2 > 1.15: VIIT-sup both; GL = 200/220; FF 100/120 > θ
	k1: { ...BRA, year: 2010, partner: 'USA', product: 640399, x: 120, qx: 10, m: 100, qm: 10 },
	// R = 1, GL = 1: HIIT both
	k2: { ...BRA, year: 2010, partner: 'USA', product: 847130, x: 50, qx: 5, m: 50, qm: 5 },
	// R = 0.05: GHM VIIT-inf (overlap 10); FF 5/100 = 0.05 ≤ θ one-way; GL = 10/105
	k3: { ...BRA, year: 2010, partner: 'USA', product: 10121, x: 5, qx: 1, m: 100, qm: 1 },
	// no quantities: R undefined, unclassified both (FF 10/30 > θ); GL = 20/40
	k4: {
		...BRA,
		year: 2011,
		partner: 'CHL',
		product: 847130,
		x: 30,
		m: 10,
		unitX: null,
		unitM: null
	},
	// imports only: one-way both; UVm = 80/4 = 20; GL = 0
	k5: { ...BRA, year: 2009, partner: 'CHL', product: 847130, x: 0, m: 80, qm: 4, unitX: null },
	// units differ: UVx = 30, UVm = 20, R undefined; GL = 80/100
	k6: {
		...BRA,
		year: 2010,
		partner: 'DEU',
		product: 870323,
		x: 60,
		qx: 2,
		unitX: 'u',
		m: 40,
		qm: 2
	},
	// T = 0: never a row
	k7: { ...BRA, year: 2010, partner: 'ARG', product: 640399, x: 0, m: 0 },
	// another reporter
	k8: { reporter: 'ARG', year: 2010, partner: 'BRA', product: 640399, x: 999, m: 999 },
	// outside 2009–2011
	k9: { ...BRA, year: 2012, partner: 'USA', product: 640399, x: 1, m: 1 },
	// UVx = 10, UVm = 20, R = 0.5: VIIT-inf both (FF 20/70 > θ); GL = 40/90
	k10: { ...BRA, year: 2011, partner: 'USA', product: 20130, x: 70, qx: 7, m: 20, qm: 1 }
};
const NAMES = Object.keys(ROWS);
const KEYS = makeKeys(Object.values(ROWS));

const SELECTION: Selection = {
	reporter: 'BRA',
	yearFrom: 2009,
	yearTo: 2011,
	partners: ALL_PARTNERS,
	scope: ALL_PRODUCTS
};

function query(change: Partial<ProductQuery> = {}): ProductQuery {
	return {
		selection: SELECTION,
		search: '',
		searchPartners: [],
		sort: 'trade',
		descending: true,
		offset: 0,
		limit: 100,
		...change
	};
}

/** The test's name of each row (k1 …), found by year, partner and product. */
function names(rows: ProductRow[]): string[] {
	return rows.map((row) => {
		const found = NAMES.find((name) => {
			const key = ROWS[name];
			const code = String(key.product).padStart(6, '0');
			return key.year === row.year && key.partner === row.partner && code === row.product;
		});
		return found ?? '?';
	});
}

function pageNames(change: Partial<ProductQuery>, keys: TradeKeys = KEYS): string[] {
	return names(productPage(keys, PAPER, query(change)).rows);
}

describe('productPage: rows by hand', () => {
	const rows = productPage(KEYS, PAPER, query({ sort: 'product', descending: false })).rows;
	const row = (name: string) => rows[names(rows).indexOf(name)];

	it('gives unit values, R, GL and both classes of each key', () => {
		expect(row('k1')).toEqual({
			year: 2010,
			partner: 'USA',
			product: '640399',
			sector: 'footwear',
			exports: 120,
			imports: 100,
			exportQty: 10,
			importQty: 10,
			exportUnit: 'kg',
			importUnit: 'kg',
			uvx: 12,
			uvm: 10,
			r: 1.2,
			gl: 200 / 220,
			ghm: 'viit-sup',
			ff: 'viit-sup'
		});
		expect(row('k3')).toMatchObject({ product: '010121', sector: 'animal', r: 0.05 });
		expect(row('k3')).toMatchObject({ gl: 10 / 105, ghm: 'viit-inf', ff: 'one-way' });
		expect(row('k2')).toMatchObject({ r: 1, gl: 1, ghm: 'hiit', ff: 'hiit' });
		expect(row('k10')).toMatchObject({ uvx: 10, uvm: 20, r: 0.5, gl: 40 / 90 });
		expect(row('k10')).toMatchObject({ ghm: 'viit-inf', ff: 'viit-inf' });
	});

	it('states missing quantities and units as NaN and null', () => {
		expect(row('k4')).toMatchObject({ exportUnit: null, importUnit: null, gl: 0.5 });
		expect(row('k4')).toMatchObject({ ghm: 'unclassified', ff: 'unclassified' });
		for (const field of ['exportQty', 'importQty', 'uvx', 'uvm', 'r'] as const) {
			expect(row('k4')[field]).toBeNaN();
		}
		expect(row('k5')).toMatchObject({ exportUnit: null, importUnit: 'kg', uvm: 20, gl: 0 });
		expect(row('k5')).toMatchObject({ ghm: 'one-way', ff: 'one-way' });
		expect(row('k5').uvx).toBeNaN();
		// Different units: each unit value stands, R does not.
		expect(row('k6')).toMatchObject({ exportUnit: 'u', importUnit: 'kg', uvx: 30, uvm: 20 });
		expect(row('k6')).toMatchObject({ gl: 0.8, ghm: 'unclassified', ff: 'unclassified' });
		expect(row('k6').r).toBeNaN();
	});

	it('applies the CIF/FOB factor to R only', () => {
		// k1 with factor 1.2: UVm stays 10, R = 12 / (10 / 1.2) = 1.44
		const page = productPage(KEYS, { ...PAPER, cifFobFactor: 1.2 }, query({ limit: 1 }));
		expect(page.rows[0]).toMatchObject({ uvx: 12, uvm: 10 });
		expect(page.rows[0].r).toBeCloseTo(1.44, 12);
	});

	it('totals every matching key, not only the page', () => {
		const page = productPage(KEYS, PAPER, query({ limit: 2 }));
		expect(page.rows).toHaveLength(2);
		expect(page.total).toBe(7); // k1–k6 and k10: k7 has T = 0, k8 is ARG's, k9 is 2012
		// exports 120 + 50 + 5 + 30 + 0 + 60 + 70 = 335; imports 100 + 50 + 100 + 10 + 80 + 40 + 20 = 400
		expect(page.totals).toMatchObject({ exports: 335, imports: 400, trade: 735 });
		// GHM one-way 20 + 0 + 95 + 20 + 80 + 20 + 50; HIIT k2 100; sup k1 200; inf k3 10 + k10 40;
		// unclassified k4 20 + k6 80
		expect(page.totals.ghm).toEqual({
			oneWay: 285,
			hiit: 100,
			viitSup: 200,
			viitInf: 50,
			unclassified: 100,
			outlier: 0
		});
		// FF one-way k3 105 + k5 80; HIIT k2 100; sup k1 220; inf k10 90; unclassified k4 40 + k6 100
		expect(page.totals.ff).toEqual({
			oneWay: 185,
			hiit: 100,
			viitSup: 220,
			viitInf: 90,
			unclassified: 140,
			outlier: 0
		});
	});
});

describe('productPage: selection', () => {
	it('counts a group partner by year of membership (Chile joined the OECD in 2010)', () => {
		const oecd: Selection = { ...SELECTION, partners: { kind: 'group', id: 'oecd' } };
		expect(pageNames({ selection: oecd, sort: 'product', descending: false })).toEqual([
			'k3',
			'k10',
			'k1',
			'k2',
			'k4',
			'k6'
		]);
	});

	it('keeps a chapter or a sector scope, and one partner', () => {
		const chapter84 = { ...SELECTION, scope: { sectors: null, chapters: [84] } };
		expect(pageNames({ selection: chapter84 }).sort()).toEqual(['k2', 'k4', 'k5']);
		const animal = { ...SELECTION, scope: { sectors: ['animal' as const], chapters: null } };
		expect(pageNames({ selection: animal }).sort()).toEqual(['k10', 'k3']);
		const chile = { ...SELECTION, partners: { kind: 'country' as const, id: 'CHL' } };
		expect(pageNames({ selection: chile }).sort()).toEqual(['k4', 'k5']);
		const nobody = { ...SELECTION, reporter: 'XXX' };
		expect(productPage(KEYS, PAPER, query({ selection: nobody }))).toEqual({
			rows: [],
			total: 0,
			totals: { exports: 0, imports: 0, trade: 0, ghm: emptySplit(), ff: emptySplit() }
		});
	});
});

describe('productPage: sort, search and paging', () => {
	it('sorts by trade with ties by year, partner, product whatever the direction', () => {
		// T: k1 220, k3 105, k6 100 (2010 DEU), k2 100 (2010 USA), k10 90, k5 80, k4 40
		expect(pageNames({})).toEqual(['k1', 'k3', 'k6', 'k2', 'k10', 'k5', 'k4']);
		expect(pageNames({ descending: false })).toEqual(['k4', 'k5', 'k10', 'k6', 'k2', 'k3', 'k1']);
	});

	it('puts NaN last in both directions, in tie order', () => {
		// R: k1 1.2, k2 1, k10 0.5, k3 0.05; NaN: k5 (2009), k6 (2010), k4 (2011)
		expect(pageNames({ sort: 'r' })).toEqual(['k1', 'k2', 'k10', 'k3', 'k5', 'k6', 'k4']);
		expect(pageNames({ sort: 'r', descending: false })).toEqual([
			...['k3', 'k10', 'k2', 'k1'],
			...['k5', 'k6', 'k4']
		]);
	});

	it('sorts by partner id and by product code', () => {
		expect(pageNames({ sort: 'partner', descending: false })).toEqual([
			...['k5', 'k4'], // CHL 2009, 2011
			'k6', // DEU
			...['k3', 'k1', 'k2', 'k10'] // USA 2010 by product, then 2011
		]);
		expect(pageNames({ sort: 'partner' })).toEqual(['k3', 'k1', 'k2', 'k10', 'k6', 'k5', 'k4']);
		expect(pageNames({ sort: 'product', descending: false })).toEqual([
			...['k3', 'k10', 'k1'],
			...['k5', 'k2', 'k4'], // 847130 in 2009, 2010, 2011
			'k6'
		]);
	});

	it('searches codes by substring and partners by id or by the names given', () => {
		expect(pageNames({ search: '8471' }).sort()).toEqual(['k2', 'k4', 'k5']);
		expect(pageNames({ search: ' 0101 ' })).toEqual(['k3']); // trimmed; '010121' has a leading 0
		// '13' is in 020130 and 847130
		expect(pageNames({ search: '13' }).sort()).toEqual(['k10', 'k2', 'k4', 'k5']);
		expect(pageNames({ search: 'usa' }).sort()).toEqual(['k1', 'k10', 'k2', 'k3']);
		// 'chl' is Chile's id; DEU stands for a name that matched (e.g. "Alemanha")
		expect(pageNames({ search: 'chl', searchPartners: ['DEU'] }).sort()).toEqual([
			'k4',
			'k5',
			'k6'
		]);
		expect(pageNames({ search: 'zzz' })).toEqual([]);
		// the totals follow the search: 847130 keys' trade 100 + 40 + 80
		expect(productPage(KEYS, PAPER, query({ search: '847130' })).totals.trade).toBe(220);
	});

	it('pages by offset and limit over the sorted keys', () => {
		// sorted: k1, k3, k6, k2, k10, k5, k4
		expect(pageNames({ offset: 2, limit: 3 })).toEqual(['k6', 'k2', 'k10']);
		expect(pageNames({ offset: 6, limit: 10 })).toEqual(['k4']);
		const past = productPage(KEYS, PAPER, query({ offset: 10, limit: 10 }));
		expect(past.rows).toEqual([]);
		expect(past.total).toBe(7);
		expect(() => productPage(KEYS, PAPER, query({ offset: -1 }))).toThrow(RangeError);
		expect(() => productPage(KEYS, PAPER, query({ limit: 1.5 }))).toThrow(RangeError);
	});
});

const PRODUCTS = [
	...[10121, 20130, 30110, 90111, 150710, 220300, 260111, 300490, 390110, 410120],
	...[470321, 520100, 640399, 690890, 720110, 847130, 847150, 850440, 870323, 950300]
];

/** Random keys of BRA (and a little ARG) over 2008–2012, some without quantities or trade. */
function randomKeys(count: number, seed: number): TradeKeys {
	const random = mulberry32(seed);
	const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
	const value = () => (random() < 0.15 ? 0 : Math.round(10 ** (random() * 6)));
	const quantity = () => (random() < 0.1 ? undefined : 1 + Math.floor(random() * 50));
	const seen = new Set<string>();
	const rows: KeyRow[] = [];
	while (rows.length < count) {
		const row: KeyRow = {
			year: 2008 + Math.floor(random() * 5),
			reporter: random() < 0.9 ? 'BRA' : 'ARG',
			partner: pick(['USA', 'CHL', 'DEU', 'CHN', 'MEX', 'ARG', 'BRA']),
			product: pick(PRODUCTS),
			x: value(),
			m: value(),
			qx: quantity(),
			qm: quantity(),
			unitX: pick(['kg', 'kg', 'kg', 'u']),
			unitM: 'kg'
		};
		const id = `${row.year}|${row.reporter}|${row.partner}|${row.product}`;
		if (!seen.has(id)) rows.push(row); // one key per (year, reporter, partner, product)
		seen.add(id);
	}
	return makeKeys(rows);
}

/** Classes and trade of classifyKeys' cells inside a selection (cells carry partner, year, sector). */
function cellTotals(keys: TradeKeys, settings: ClassifySettings, selection: Selection) {
	const cells = classifyKeys(keys, settings, selection.scope).filter(
		(cell) =>
			cell.reporter === selection.reporter &&
			cell.year >= selection.yearFrom &&
			cell.year <= selection.yearTo &&
			partnerInSet(selection.partners, cell.partner, cell.year)
	);
	const add = (into: ClassSplit, split: ClassSplit) => {
		for (const name of Object.keys(into) as (keyof ClassSplit)[]) into[name] += split[name];
	};
	const totals = { trade: 0, ghm: emptySplit(), ff: emptySplit() };
	for (const cell of cells) {
		totals.trade += cell.trade;
		add(totals.ghm, cell.ghm);
		add(totals.ff, cell.ff);
	}
	return totals;
}

function expectClose(actual: number, expected: number): void {
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-12);
}

describe('productPage over random keys', () => {
	const keys = randomKeys(600, 20250101); // of 5 × 2 × 7 × 20 = 1400 possible keys

	it('totals equal the sums of classifyKeys cells for the same selection', () => {
		const selections: Selection[] = [
			SELECTION,
			{ ...SELECTION, yearFrom: 2008, yearTo: 2012, partners: { kind: 'group', id: 'oecd' } },
			{ ...SELECTION, scope: { sectors: null, chapters: [84, 30] } },
			{
				...SELECTION,
				partners: { kind: 'custom', group: { name: 'Mine', members: ['CHN', 'MEX'] } },
				scope: { sectors: ['machinery', 'animal'], chapters: null }
			},
			{ ...SELECTION, reporter: 'ARG', partners: { kind: 'country', id: 'USA' } }
		];
		for (const settings of [PAPER, { alpha: 0.25, theta: 0.2, cifFobFactor: 1.1 }]) {
			for (const selection of selections) {
				const page = productPage(keys, settings, query({ selection, limit: 0 }));
				const cells = cellTotals(keys, settings, selection);
				expect(page.total).toBeGreaterThan(0);
				expectClose(page.totals.trade, cells.trade);
				expectClose(page.totals.exports + page.totals.imports, cells.trade);
				for (const name of Object.keys(cells.ghm) as (keyof ClassSplit)[]) {
					expectClose(page.totals.ghm[name], cells.ghm[name]);
					expectClose(page.totals.ff[name], cells.ff[name]);
				}
			}
		}
	});

	it('sorts exactly as a plain comparator sort would, for every column and direction', () => {
		const all = productPage(keys, PAPER, query({ limit: keys.count }));
		const tie = (a: ProductRow, b: ProductRow) =>
			a.year - b.year ||
			(a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : 0) ||
			(a.product < b.product ? -1 : a.product > b.product ? 1 : 0);
		const numberOf = (row: ProductRow, sort: ProductSortKey): number => {
			if (sort === 'partner') return 0; // compared as text below
			if (sort === 'product') return Number(row.product);
			if (sort === 'trade') return row.exports + row.imports;
			return row[sort];
		};
		for (const sort of PRODUCT_SORT_KEYS) {
			for (const descending of [false, true]) {
				const expected = [...all.rows].sort((a, b) => {
					const [va, vb] = [numberOf(a, sort), numberOf(b, sort)];
					if (Number.isNaN(va) !== Number.isNaN(vb)) return Number.isNaN(va) ? 1 : -1;
					let primary = Number.isNaN(va) ? 0 : va - vb;
					if (sort === 'partner')
						primary = a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : 0;
					return (descending ? -primary : primary) || tie(a, b);
				});
				const got = productPage(keys, PAPER, query({ sort, descending, limit: keys.count }));
				expect(got.rows).toEqual(expected);
			}
		}
	});

	it('gives the same pages whether it picks the first rows or sorts them all', () => {
		// A page ending within the first eighth of the matches is picked with a heap; deeper
		// pages sort every match. Page by page, both must read as one sorted list.
		const selection = { ...SELECTION, yearFrom: 2008, yearTo: 2012 };
		for (const sort of PRODUCT_SORT_KEYS) {
			for (const descending of [false, true]) {
				const all = productPage(keys, PAPER, query({ selection, sort, descending, limit: 1e6 }));
				expect(all.total).toBeGreaterThan(400);
				const paged: ProductRow[] = [];
				for (let offset = 0; offset < 120; offset += 8) {
					paged.push(
						...productPage(keys, PAPER, query({ selection, sort, descending, offset, limit: 8 }))
							.rows
					);
				}
				expect(paged).toEqual(all.rows.slice(0, 120));
			}
		}
	});
});
