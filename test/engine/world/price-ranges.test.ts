/**
 * World price ranges (METHODS 9) on hand-computed keys, and against a brute force over plain
 * flow objects (an independent route: no typed arrays, no sort-and-scan median) on random keys.
 */
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../bench/prng';
import { sectorOfProduct } from '../../../src/lib/engine/codes/sectors';
import type { TradeKeys } from '../../../src/lib/engine/model/types';
import {
	priceRangeOf,
	priceRanges,
	type PriceRangeRow
} from '../../../src/lib/engine/world/price-ranges';
import { exporterRanges, rangeShares } from '../../../src/lib/engine/world/price-ranges-exporters';
import {
	referenceGroups,
	referenceUnitValue,
	worldReferenceUnitValues
} from '../../../src/lib/engine/world/price-ranges-reference';
import { makeKeys, type KeyRow } from '../helpers/make-keys';

/*
 * Hand-worked keys (each key: X = reporter → partner, M = partner → reporter), USD and t / u.
 * 2022 640399 (footwear) in t, the usable flows sorted by UV:
 *   BRA→ARG 300 / 6 t = 50, ARG→BRA 200 / 2 t = 100, BRA→USA 100 / 0.5 t = 200,
 *   USA→ARG 400 / 1 t = 400. Total weight 1000, half 500: the running weight is 300, then 500
 *   exactly at UV 100 → the lower median is 100 (the upper would be 200).
 *   α 15 %: up > 115, down < 86.9565…: BRA→ARG down 300, ARG→BRA middle 200, BRA→USA up 100,
 *   USA→ARG up 400. ARG→CHN 50 (no quantity) and CHN→ARG 70 (0 t) are unranked.
 * 2022 640399 in u (items), a group of its own: BRA→CHN 1000 / 10 u = 100 (weight 1000),
 *   CHN→BRA 250 / 1 u = 250 (weight 250): half of 1250 is 625 → ref 100: BRA→CHN middle,
 *   CHN→BRA up (250 > 115).
 * 2021 640399 in t: BRA→ARG 10 / 1 t alone → ref 10, middle.
 * 2022 847130 (machinery) in t: BRA→ARG 100 / 1 t alone → ref 100, middle.
 * 2022 020130 (animal): BRA→ARG 5 without quantity → unranked; no reference.
 */
function handKeys(): TradeKeys {
	return makeKeys([
		{
			year: 2022,
			reporter: 'BRA',
			partner: 'ARG',
			product: 640399,
			x: 300,
			qx: 6,
			m: 200,
			qm: 2,
			unitX: 't',
			unitM: 't'
		},
		{
			year: 2022,
			reporter: 'BRA',
			partner: 'USA',
			product: 640399,
			x: 100,
			qx: 0.5,
			m: 0,
			unitX: 't',
			unitM: null
		},
		{
			year: 2022,
			reporter: 'ARG',
			partner: 'USA',
			product: 640399,
			x: 0,
			m: 400,
			qm: 1,
			unitX: null,
			unitM: 't'
		},
		{
			year: 2022,
			reporter: 'ARG',
			partner: 'CHN',
			product: 640399,
			x: 50,
			m: 70,
			qm: 0,
			unitX: null,
			unitM: 't'
		},
		{
			year: 2022,
			reporter: 'BRA',
			partner: 'CHN',
			product: 640399,
			x: 1000,
			qx: 10,
			m: 250,
			qm: 1,
			unitX: 'u',
			unitM: 'u'
		},
		{
			year: 2021,
			reporter: 'BRA',
			partner: 'ARG',
			product: 640399,
			x: 10,
			qx: 1,
			m: 0,
			unitX: 't',
			unitM: null
		},
		{
			year: 2022,
			reporter: 'BRA',
			partner: 'ARG',
			product: 847130,
			x: 100,
			qx: 1,
			m: 0,
			unitX: 't',
			unitM: null
		},
		{
			year: 2022,
			reporter: 'BRA',
			partner: 'ARG',
			product: 20130,
			x: 5,
			m: 0,
			unitX: null,
			unitM: null
		}
	]);
}

const row = (
	year: number,
	exporter: string,
	importer: string,
	sector: PriceRangeRow['sector'],
	ranges: Partial<Record<'up' | 'middle' | 'down' | 'unranked', number>>
): PriceRangeRow => {
	const { up = 0, middle = 0, down = 0, unranked = 0 } = ranges;
	return {
		year,
		exporter,
		importer,
		sector,
		value: up + middle + down + unranked,
		up,
		middle,
		down,
		unranked
	};
};

describe('worldReferenceUnitValues on hand-worked keys', () => {
	it('takes the lower weighted median per (year, product, unit), sorted so', () => {
		const keys = handKeys();
		const refs = worldReferenceUnitValues(keys);
		// makeKeys interns units in order of appearance: t first.
		expect(keys.units).toEqual(['t', 'u']);
		const [t, u] = [0, 1];
		const groups = Array.from({ length: refs.count }, (_, g) => ({
			year: refs.year[g],
			product: refs.product[g],
			unit: refs.units[refs.unit[g]],
			ref: refs.ref[g],
			flows: refs.flows[g],
			value: refs.value[g]
		}));
		expect(groups).toEqual([
			{ year: 2021, product: 640399, unit: 't', ref: 10, flows: 1, value: 10 },
			{ year: 2022, product: 640399, unit: 't', ref: 100, flows: 4, value: 1000 },
			{ year: 2022, product: 640399, unit: 'u', ref: 100, flows: 2, value: 1250 },
			{ year: 2022, product: 847130, unit: 't', ref: 100, flows: 1, value: 100 }
		]);
		expect(referenceUnitValue(refs, 2022, 640399, t)).toBe(100);
		expect(referenceUnitValue(refs, 2022, 640399, u)).toBe(100);
		expect(referenceUnitValue(refs, 2021, 640399, t)).toBe(10);
		expect(referenceUnitValue(refs, 2021, 640399, u)).toBeNaN();
		expect(referenceUnitValue(refs, 2022, 20130, t)).toBeNaN();
		expect(referenceUnitValue(refs, 2022, 640399, -1)).toBeNaN();
	});

	it('takes the upper value once the split is not exact', () => {
		// Weights 300 | 199 | 100 | 400 by UV 50 | 100 | 200 | 400: running 300, 499, 599 ≥ 499.5.
		const keys = handKeys();
		keys.imports[0] = 199;
		keys.importQty[0] = 1.99;
		expect(
			referenceUnitValue(worldReferenceUnitValues(keys), 2022, 640399, keys.units.indexOf('t'))
		).toBe(200);
	});

	it('marks flows without value or usable quantity as in no group', () => {
		const { exportGroup, importGroup } = referenceGroups(handKeys());
		expect([...exportGroup].map((g) => g >= 0)).toEqual([
			true,
			true,
			false,
			false,
			true,
			true,
			true,
			false
		]);
		expect([...importGroup].map((g) => g >= 0)).toEqual([
			true,
			false,
			true,
			false,
			true,
			false,
			false,
			false
		]);
	});
});

describe('priceRanges on hand-worked keys', () => {
	it('ranks every flow and sums per (year, exporter, importer, sector), sorted', () => {
		expect(priceRanges(handKeys(), 0.15)).toEqual([
			row(2021, 'BRA', 'ARG', 'footwear', { middle: 10 }),
			row(2022, 'ARG', 'BRA', 'footwear', { middle: 200 }),
			row(2022, 'ARG', 'CHN', 'footwear', { unranked: 50 }),
			row(2022, 'BRA', 'ARG', 'animal', { unranked: 5 }),
			row(2022, 'BRA', 'ARG', 'footwear', { down: 300 }),
			row(2022, 'BRA', 'ARG', 'machinery', { middle: 100 }),
			row(2022, 'BRA', 'CHN', 'footwear', { middle: 1000 }),
			row(2022, 'BRA', 'USA', 'footwear', { up: 100 }),
			row(2022, 'CHN', 'ARG', 'footwear', { unranked: 70 }),
			row(2022, 'CHN', 'BRA', 'footwear', { up: 250 }),
			row(2022, 'USA', 'ARG', 'footwear', { up: 400 })
		]);
	});

	it('α = 0.99 widens the middle to [50.25…, 199]: BRA→ARG 50 stays down, 200 goes up, 250 up', () => {
		const rows = priceRanges(handKeys(), 0.99);
		const find = (e: string, i: string) =>
			rows.find(
				(r) => r.year === 2022 && r.exporter === e && r.importer === i && r.sector === 'footwear'
			);
		expect(find('BRA', 'ARG')?.down).toBe(300); // 50 < 100 / 1.99 = 50.25…
		expect(find('BRA', 'USA')?.up).toBe(100); // 200 > 199
		expect(find('CHN', 'BRA')?.up).toBe(250);
		expect(find('ARG', 'BRA')?.middle).toBe(200);
	});

	it('sums the export value: every dollar of every flow lands in one range', () => {
		const keys = handKeys();
		const rows = priceRanges(keys, 0.15);
		const total = rows.reduce((sum, r) => sum + r.value, 0);
		let flows = 0;
		for (let k = 0; k < keys.count; k++) flows += keys.exports[k] + keys.imports[k];
		expect(total).toBe(2485);
		expect(flows).toBe(2485);
	});

	it('puts the bounds themselves in the middle (strict inequalities) at α = 0.15', () => {
		const alpha = 0.15;
		const hi = (1 + alpha) * 100; // 114.99999999999999 in doubles
		const lo = 100 / (1 + alpha);
		const keys = makeKeys([
			// The reference: 1e6 USD at UV 100 outweighs the rest.
			{
				year: 2022,
				reporter: 'AAA',
				partner: 'BBB',
				product: 847130,
				x: 1e6,
				qx: 1e4,
				m: hi,
				qm: 1
			},
			{
				year: 2022,
				reporter: 'AAA',
				partner: 'CCC',
				product: 847130,
				x: lo,
				qx: 1,
				m: hi * (1 + 1e-12),
				qm: 1
			},
			{
				year: 2022,
				reporter: 'BBB',
				partner: 'CCC',
				product: 847130,
				x: lo * (1 - 1e-12),
				qx: 1,
				m: 0,
				unitM: null
			}
		]);
		expect(referenceUnitValue(worldReferenceUnitValues(keys), 2022, 847130, 0)).toBe(100);
		expect(priceRanges(keys, alpha)).toEqual([
			row(2022, 'AAA', 'BBB', 'machinery', { middle: 1e6 }),
			row(2022, 'AAA', 'CCC', 'machinery', { middle: lo }),
			row(2022, 'BBB', 'AAA', 'machinery', { middle: hi }),
			row(2022, 'BBB', 'CCC', 'machinery', { down: lo * (1 - 1e-12) }),
			row(2022, 'CCC', 'AAA', 'machinery', { up: hi * (1 + 1e-12) })
		]);
		expect(priceRangeOf(hi, 100, alpha)).toBe('middle');
		expect(priceRangeOf(lo, 100, alpha)).toBe('middle');
		expect(priceRangeOf(NaN, 100, alpha)).toBe('unranked');
	});

	it('refuses α outside (0, 1)', () => {
		for (const alpha of [0, 1, -0.1, 1.5, NaN]) {
			expect(() => priceRanges(handKeys(), alpha)).toThrow(RangeError);
		}
		expect(() => priceRanges(handKeys(), 1e-9)).not.toThrow();
	});

	it('gives an empty table for no keys', () => {
		expect(priceRanges(makeKeys([]), 0.15)).toEqual([]);
		expect(worldReferenceUnitValues(makeKeys([])).count).toBe(0);
	});
});

describe('exporterRanges', () => {
	it('sums each exporter per year with shares of value and of the ranked part', () => {
		const totals = exporterRanges(priceRanges(handKeys(), 0.15), { year: 2022 });
		expect(totals.map((t) => t.exporter)).toEqual(['ARG', 'BRA', 'CHN', 'USA']);
		const bra = totals[1];
		expect(bra).toMatchObject({
			year: 2022,
			value: 1505,
			up: 100,
			middle: 1100,
			down: 300,
			unranked: 5
		});
		expect(bra.shares.ofValue).toEqual({
			up: 100 / 1505,
			middle: 1100 / 1505,
			down: 300 / 1505,
			unranked: 5 / 1505
		});
		expect(bra.shares.ofRanked).toEqual({ up: 100 / 1500, middle: 1100 / 1500, down: 300 / 1500 });
		// ARG: 200 middle and 50 unranked.
		expect(totals[0]).toMatchObject({ value: 250, middle: 200, unranked: 50 });
	});

	it('filters by importer and sector, and says NaN where nothing is ranked', () => {
		const rows = priceRanges(handKeys(), 0.15);
		const toArg = exporterRanges(rows, { importer: 'ARG', sector: 'footwear' });
		expect(toArg.map((t) => [t.year, t.exporter, t.value])).toEqual([
			[2021, 'BRA', 10],
			[2022, 'BRA', 300],
			[2022, 'CHN', 70],
			[2022, 'USA', 400]
		]);
		expect(toArg[2].shares.ofValue.unranked).toBe(1);
		expect(toArg[2].shares.ofRanked.up).toBeNaN();
		expect(rangeShares({ value: 4, up: 1, middle: 1, down: 1, unranked: 1 }).ofValue.up).toBe(0.25);
	});
});

/** A flow as the brute force holds it. */
interface Flow {
	year: number;
	exporter: string;
	importer: string;
	product: number;
	unit: number;
	value: number;
	uv: number | null;
}

/** Random all-pairs keys: few products and discrete unit values, so ties and exact splits occur. */
function randomKeys(seed: number, count: number, small = false): TradeKeys {
	const random = createRandom('price-ranges', seed);
	const countries = ['USA', 'BRA', 'ARG', 'CHN', 'DEU', 'FRA', 'IND', 'JPN', 'ZAF', 'MEX'];
	const products = [10121, 20130, 100190, 640399, 847130, 870323, 271019];
	const prices = [1, 2, 2.5, 4, 10, 100];
	const rows: KeyRow[] = [];
	const seen = new Set<string>();
	while (rows.length < count) {
		const a = random.int(countries.length);
		const b = random.int(countries.length);
		if (a === b) continue;
		const year = 2020 + random.int(3);
		const product = random.pick(products);
		const [reporter, partner] = a < b ? [countries[a], countries[b]] : [countries[b], countries[a]];
		const id = `${year}|${reporter}|${partner}|${product}`;
		if (seen.has(id)) continue;
		seen.add(id);
		// Integer values keep every weight sum exact, so the brute force sees the same splits.
		const flow = () => {
			// Small weights make exact splits common; large ones spread the UVs' weights.
			const value = random.chance(0.2) ? 0 : 1 + random.int(small ? 4 : 1000);
			const draw = random.next();
			if (value === 0 || draw < 0.1) return { value, q: NaN, unit: null as string | null };
			if (draw < 0.15) return { value, q: 0, unit: 't' };
			const unit = draw < 0.3 ? 'u' : 't';
			const uv = random.chance(0.3)
				? random.pick(prices) * (1 + random.next())
				: random.pick(prices);
			return { value, q: value / uv, unit };
		};
		const x = flow();
		const m = flow();
		rows.push({
			year,
			reporter,
			partner,
			product,
			x: x.value,
			qx: x.q,
			unitX: x.unit,
			m: m.value,
			qm: m.q,
			unitM: m.unit
		});
	}
	return makeKeys(rows);
}

function flowsOf(keys: TradeKeys): Flow[] {
	const flows: Flow[] = [];
	for (let k = 0; k < keys.count; k++) {
		const sides = [
			[keys.reporter[k], keys.partner[k], keys.exports[k], keys.exportQty[k], keys.exportUnit[k]],
			[keys.partner[k], keys.reporter[k], keys.imports[k], keys.importQty[k], keys.importUnit[k]]
		];
		for (const [from, to, value, q, unit] of sides) {
			if (!(value > 0)) continue;
			const ok = unit >= 0 && Number.isFinite(q) && q > 0;
			flows.push({
				year: keys.year[k],
				exporter: keys.countries[from],
				importer: keys.countries[to],
				product: keys.product[k],
				unit,
				value,
				uv: ok ? value / q : null
			});
		}
	}
	return flows;
}

/** Groups where the weight below some UV is exactly half the total (lower and upper medians differ). */
function exactSplits(flows: Flow[]): number {
	const groups = new Map<string, Flow[]>();
	for (const flow of flows) {
		if (flow.uv === null) continue;
		const id = `${flow.year}|${flow.product}|${flow.unit}`;
		groups.set(id, [...(groups.get(id) ?? []), flow]);
	}
	let count = 0;
	for (const members of groups.values()) {
		const total = members.reduce((sum, f) => sum + f.value, 0);
		const uvs = [...new Set(members.map((f) => f.uv as number))];
		const below = (u: number) =>
			members.filter((f) => (f.uv as number) <= u).reduce((sum, f) => sum + f.value, 0);
		if (uvs.some((u) => below(u) * 2 === total && uvs.some((v) => v > u))) count++;
	}
	return count;
}

/** The reference per group by the definition: the smallest UV whose weight at or below reaches half. */
function bruteReferences(flows: Flow[]): Map<string, number> {
	const groups = new Map<string, Flow[]>();
	for (const flow of flows) {
		if (flow.uv === null) continue;
		const id = `${flow.year}|${flow.product}|${flow.unit}`;
		groups.set(id, [...(groups.get(id) ?? []), flow]);
	}
	const refs = new Map<string, number>();
	for (const [id, members] of groups) {
		const total = members.reduce((sum, f) => sum + f.value, 0);
		const candidates = members.map((f) => f.uv as number).sort((a, b) => a - b);
		const ref = candidates.find(
			(u) =>
				members.filter((f) => (f.uv as number) <= u).reduce((s, f) => s + f.value, 0) >= total / 2
		);
		refs.set(id, ref as number);
	}
	return refs;
}

function bruteRanges(keys: TradeKeys, alpha: number): PriceRangeRow[] {
	const flows = flowsOf(keys);
	const refs = bruteReferences(flows);
	const cells = new Map<string, PriceRangeRow>();
	for (const flow of flows) {
		const sector = sectorOfProduct(flow.product);
		if (sector === null) continue;
		const id = `${flow.year}|${flow.exporter}|${flow.importer}|${sector}`;
		const cell = cells.get(id) ?? row(flow.year, flow.exporter, flow.importer, sector, {});
		cells.set(id, cell);
		const ref = refs.get(`${flow.year}|${flow.product}|${flow.unit}`);
		let range: 'up' | 'middle' | 'down' | 'unranked' = 'unranked';
		if (flow.uv !== null && ref !== undefined) {
			if (flow.uv > (1 + alpha) * ref) range = 'up';
			else if (flow.uv < ref / (1 + alpha)) range = 'down';
			else range = 'middle';
		}
		cell[range] += flow.value;
		cell.value += flow.value;
	}
	const sectorOrder = [
		'animal',
		'vegetable',
		'foodstuffs',
		'mineral',
		'chemicals',
		'plastics',
		'hides',
		'wood',
		'textiles',
		'footwear',
		'stone_glass',
		'metals',
		'machinery',
		'transport',
		'misc'
	];
	const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return [...cells.values()].sort(
		(a, b) =>
			a.year - b.year ||
			cmp(a.exporter, b.exporter) ||
			cmp(a.importer, b.importer) ||
			sectorOrder.indexOf(a.sector) - sectorOrder.indexOf(b.sector)
	);
}

function expectClose(actual: number, expected: number): void {
	expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('priceRanges against a brute force over flows', () => {
	for (const [seed, alpha, small] of [
		[1, 0.15, false],
		[2, 0.25, false],
		[3, 0.5, true],
		[4, 0.01, true],
		[6, 0.15, true]
	] as const) {
		it(`agrees on random keys (seed ${seed}, α ${alpha}${small ? ', small weights' : ''})`, () => {
			const keys = randomKeys(seed, 600, small);
			// With small weights, exact splits must occur or the lower median goes untested.
			if (small) expect(exactSplits(flowsOf(keys))).toBeGreaterThan(0);
			const actual = priceRanges(keys, alpha);
			const expected = bruteRanges(keys, alpha);
			expect(actual.map((r) => [r.year, r.exporter, r.importer, r.sector])).toEqual(
				expected.map((r) => [r.year, r.exporter, r.importer, r.sector])
			);
			actual.forEach((r, i) => {
				for (const field of ['value', 'up', 'middle', 'down', 'unranked'] as const) {
					expectClose(r[field], expected[i][field]);
				}
				expectClose(r.value, r.up + r.middle + r.down + r.unranked);
			});
			// The random set must exercise every range, or it proves little.
			for (const field of ['up', 'middle', 'down', 'unranked'] as const) {
				expect(actual.some((r) => r[field] > 0)).toBe(true);
			}
			// And the references equal the definition's, group by group.
			const refs = worldReferenceUnitValues(keys);
			const brute = bruteReferences(flowsOf(keys));
			expect(refs.count).toBe(brute.size);
			for (let g = 0; g < refs.count; g++) {
				expect(refs.ref[g]).toBe(brute.get(`${refs.year[g]}|${refs.product[g]}|${refs.unit[g]}`));
			}
		});
	}

	it('ranks again at another α from the same groups', () => {
		const keys = randomKeys(5, 400);
		const groups = referenceGroups(keys);
		expect(priceRanges(keys, 0.3, groups)).toEqual(priceRanges(keys, 0.3));
	});
});
