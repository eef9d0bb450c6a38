import { describe, expect, it } from 'vitest';
import { classifyKeys, emptySplit } from '../../../src/lib/engine/classify/classify';
import {
	EXPORT_OUTLIER,
	IMPORT_OUTLIER,
	quantileType7,
	screenUnitValues
} from '../../../src/lib/engine/classify/uv-screen';
import type { TradeKeys, UvScreen } from '../../../src/lib/engine/model/types';
import { makeKeys, type KeyRow } from '../helpers/make-keys';

const PAPER = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const base = { year: 2019, reporter: 'BRA', product: 640399 };

/**
 * One group (2019, 640399, kg) of six unit values: USA X 10, M 10; ARG X 30, M 10; DEU X 12, M 11.
 * Sorted 10 10 10 11 12 30. R's quantile(type 7) at 0.05: index 0.25 between 10 and 10 → 10;
 * at 0.95: index 4.75 → 0.25·12 + 0.75·30 = 25.5. So ARG's export (30) is the one outlier.
 */
const GROUP: KeyRow[] = [
	{ ...base, partner: 'USA', x: 100, qx: 10, m: 50, qm: 5 },
	{ ...base, partner: 'ARG', x: 30, qx: 1, m: 10, qm: 1 },
	{ ...base, partner: 'DEU', x: 12, qx: 1, m: 11, qm: 1 }
];

describe('quantileType7 (R quantile, type 7)', () => {
	it('interpolates as R does', () => {
		const sorted = Float64Array.from([1, 2, 3, 4, 10]);
		expect(quantileType7(sorted, 0.05)).toBeCloseTo(1.2, 12); // R: 1.2
		expect(quantileType7(sorted, 0.95)).toBeCloseTo(8.8, 12); // R: 8.8
		expect(quantileType7(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 0.1)).toBeCloseTo(
			1.9,
			12
		); // R: 1.9
		expect(quantileType7(Float64Array.from([7, 7, 7, 7, 7]), 0.3)).toBe(7);
	});
});

describe('screenUnitValues (METHODS 7.1)', () => {
	it('flags by quantiles within (year, product, unit), strictly', () => {
		const flags = screenUnitValues(makeKeys(GROUP), { rule: 'quantile', p: 0.05 });
		expect([...flags]).toEqual([0, EXPORT_OUTLIER, 0]);
	});

	it('flags by a multiple of the mean: mean 83/6, k = 2 puts the bound at 27.67 (30 out); k = 3 at 41.5', () => {
		const keys = makeKeys(GROUP);
		expect([...screenUnitValues(keys, { rule: 'mean', k: 2 })]).toEqual([0, EXPORT_OUTLIER, 0]);
		expect([...screenUnitValues(keys, { rule: 'mean', k: 3 })]).toEqual([0, 0, 0]);
		// k = 1.2: bounds 11.53 and 16.6; 10 (USA X, M; ARG M) and 11 (DEU M) below, 30 above; 12 kept.
		expect([...screenUnitValues(keys, { rule: 'mean', k: 1.2 })]).toEqual([
			EXPORT_OUTLIER | IMPORT_OUTLIER,
			EXPORT_OUTLIER | IMPORT_OUTLIER,
			IMPORT_OUTLIER
		]);
	});

	it('leaves small groups alone: fewer than 5 unit values (quantile), one (mean)', () => {
		const four = makeKeys([
			{ ...base, partner: 'USA', x: 1, qx: 1, m: 1000, qm: 1 },
			{ ...base, partner: 'ARG', x: 5, qx: 1, m: 7, qm: 1 }
		]);
		expect([...screenUnitValues(four, { rule: 'quantile', p: 0.05 })]).toEqual([0, 0]);
		// One unit value (the import has no quantity): nothing to compare with.
		const one = makeKeys([{ ...base, partner: 'USA', x: 1, qx: 1, m: 5 }]);
		expect([...screenUnitValues(one, { rule: 'mean', k: 1.01 })]).toEqual([0]);
	});

	it('groups by unit and by year: a unit value in items is not compared with kilograms', () => {
		const keys = makeKeys([
			...GROUP,
			{ ...base, partner: 'CHN', x: 1e6, qx: 1, m: 1e6, qm: 1, unitX: 'u', unitM: 'u' },
			{ ...base, year: 2020, partner: 'CHN', x: 1e6, qx: 1, m: 1, qm: 1 }
		]);
		expect([...screenUnitValues(keys, { rule: 'quantile', p: 0.05 })]).toEqual([
			0,
			EXPORT_OUTLIER,
			0,
			0,
			0
		]);
	});
});

describe('classifyKeys with the screen', () => {
	it('moves a screened key to "unclassified — outlier", apart from "no comparable quantities"', () => {
		const rows = [...GROUP, { ...base, partner: 'ARG', product: 640391, x: 8, m: 8 }];
		const keys = makeKeys(rows);
		const screen: UvScreen = { rule: 'quantile', p: 0.05 };
		const plain = classifyKeys(keys, PAPER);
		const screened = classifyKeys(keys, { ...PAPER, uvScreen: screen });
		const arg = (cells: typeof plain) => cells.find((c) => c.partner === 'ARG')!;
		// Unscreened ARG: 640399 R = 3 → VIIT-sup (GHM overlap 20, FF 40); 640391 has no quantity: 16.
		expect(arg(plain).ghm).toEqual({ ...emptySplit(), oneWay: 20, viitSup: 20, unclassified: 16 });
		expect(arg(screened).ghm).toEqual({
			...emptySplit(),
			oneWay: 20,
			outlier: 20,
			unclassified: 16
		});
		expect(arg(screened).ff).toEqual({ ...emptySplit(), outlier: 40, unclassified: 16 });
		// The screened key leaves the quality sums as an undefined R would.
		expect(arg(screened).quality.weight).toBe(0);
		// USA (R = 1) and DEU (R = 12/11) are untouched.
		const others = (cells: typeof plain) => cells.filter((c) => c.partner !== 'ARG');
		expect(others(screened)).toEqual(others(plain));
	});

	it('keeps every dollar: each method still adds up to trade (random keys, both rules)', () => {
		const keys = randomKeys(4000, 7);
		for (const uvScreen of [
			{ rule: 'quantile', p: 0.1 },
			{ rule: 'mean', k: 1.5 }
		] as UvScreen[]) {
			const cells = classifyKeys(keys, { ...PAPER, uvScreen });
			let outliers = 0;
			for (const cell of cells) {
				for (const split of [cell.ghm, cell.ff]) {
					const sum =
						split.oneWay +
						split.hiit +
						split.viitSup +
						split.viitInf +
						split.unclassified +
						split.outlier;
					expect(Math.abs(sum - cell.trade)).toBeLessThanOrEqual(cell.trade * 1e-12);
				}
				expect(cell.exports + cell.imports).toBeCloseTo(cell.trade, 6);
				outliers += cell.ff.outlier;
			}
			expect(outliers).toBeGreaterThan(0);
		}
	});

	it('flags exactly what a plain re-implementation flags (random keys)', () => {
		const keys = randomKeys(3000, 11);
		for (const screen of [
			{ rule: 'quantile', p: 0.05 },
			{ rule: 'quantile', p: 0.25 },
			{ rule: 'mean', k: 2 }
		] as UvScreen[]) {
			expect([...screenUnitValues(keys, screen)]).toEqual(bruteForceFlags(keys, screen));
		}
	});
});

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Keys over 2 years, 6 products, 2 units, 30 partners: groups of every size, some flows without quantity. */
function randomKeys(count: number, seed: number): TradeKeys {
	const next = random(seed);
	const rows: KeyRow[] = [];
	for (let i = 0; i < count; i++) {
		const unit = next() < 0.8 ? 'kg' : 'u';
		const price = 10 * Math.exp(next() * 3 - 1.5);
		const qx = next() < 0.9 ? 1 + Math.floor(next() * 100) : undefined;
		const qm = next() < 0.9 ? 1 + Math.floor(next() * 100) : undefined;
		rows.push({
			year: 2018 + Math.floor(next() * 2),
			reporter: 'BRA',
			partner: `P${Math.floor(next() * 30)}`,
			product: 640300 + Math.floor(next() * 6),
			x: next() < 0.1 ? 0 : (qx ?? 5) * price * (0.5 + next()),
			m: (qm ?? 5) * price * (0.5 + next()),
			qx,
			qm,
			unitX: unit,
			unitM: unit
		});
	}
	return makeKeys(rows);
}

/** METHODS 7.1 written the plain way: arrays of flows per group, R's type 7 by its formula. */
function bruteForceFlags(keys: TradeKeys, screen: UvScreen): number[] {
	type Flow = { key: number; bit: number; uv: number };
	const groups = new Map<string, Flow[]>();
	for (let k = 0; k < keys.count; k++) {
		const sides = [
			[keys.exports[k], keys.exportQty[k], keys.exportUnit[k], EXPORT_OUTLIER],
			[keys.imports[k], keys.importQty[k], keys.importUnit[k], IMPORT_OUTLIER]
		];
		for (const [value, qty, unit, bit] of sides) {
			if (!(value > 0) || !(qty > 0) || unit < 0) continue;
			const id = `${keys.year[k]}|${keys.product[k]}|${unit}`;
			if (!groups.has(id)) groups.set(id, []);
			groups.get(id)!.push({ key: k, bit, uv: value / qty });
		}
	}
	const flags = new Array<number>(keys.count).fill(0);
	for (const flows of groups.values()) {
		const uvs = flows.map((f) => f.uv).sort((a, b) => a - b);
		let low = -Infinity;
		let high = Infinity;
		if (screen.rule === 'quantile' && uvs.length >= 5) {
			const q = (p: number) => {
				const h = (uvs.length - 1) * p;
				const lo = Math.floor(h);
				const hi = Math.ceil(h);
				return uvs[hi] === uvs[lo] ? uvs[lo] : (1 - (h - lo)) * uvs[lo] + (h - lo) * uvs[hi];
			};
			[low, high] = [q(screen.p), q(1 - screen.p)];
		} else if (screen.rule === 'mean' && uvs.length >= 2) {
			const mean = uvs.reduce((a, b) => a + b, 0) / uvs.length;
			[low, high] = [mean / screen.k, screen.k * mean];
		}
		for (const flow of flows) if (flow.uv < low || flow.uv > high) flags[flow.key] |= flow.bit;
	}
	return flags;
}
