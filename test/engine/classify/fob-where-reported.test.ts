/**
 * "FOB where reported" (METHODS 7.2) as a classify setting: every number below is worked by hand
 * from the keys of this file. The rule: the FOB value replaces the row's import value everywhere
 * (trade, overlap, unit values); the CIF/FOB factor divides only the imports still CIF.
 */
import { describe, expect, it } from 'vitest';
import {
	classifyKeys,
	keyRatio,
	keysForClassification
} from '../../../src/lib/engine/classify/classify';
import { keysWithFobValuation } from '../../../src/lib/engine/classify/fob-valuation';
import { sumKeysByProduct, hs4Of } from '../../../src/lib/engine/classify/aggregate-level';
import { subsetKeys } from '../../../src/lib/engine/classify/key-subset';
import { productPage } from '../../../src/lib/engine/classify/drilldown';
import { thresholdSensitivity } from '../../../src/lib/engine/classify/sensitivity';
import { marginalCells } from '../../../src/lib/engine/classify/marginal';
import { convertKeysToEdition } from '../../../src/lib/engine/codes/hs-editions/convert';
import {
	ALL_PARTNERS,
	ALL_PRODUCTS,
	type Selection
} from '../../../src/lib/engine/model/selection';
import type {
	Cell,
	ClassSplit,
	ClassifySettings,
	TradeKeys
} from '../../../src/lib/engine/model/types';
import { makeKeys, type KeyRow } from '../helpers/make-keys';

const PAPER: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const FOB: ClassifySettings = { ...PAPER, fobWhereReported: true };
const BRA = { reporter: 'BRA', year: 2020 };

/** A key with the FOB values its import rows reported: Σ FOB and Σ of those rows' CIF values. */
type FobRow = KeyRow & { fob?: number; asRead?: number };

function keysWithFob(rows: FobRow[]): TradeKeys {
	const keys = makeKeys(rows);
	keys.reportedFob = {
		fob: Float64Array.from(rows, (row) => row.fob ?? 0),
		asRead: Float64Array.from(rows, (row) => row.asRead ?? 0)
	};
	return keys;
}

// α = 0.15: GHM band [0.85, 1.15], FF band [1/1.15 ≈ 0.8696, 1.15]; θ = 0.1. UVx = 100 everywhere.
const ROWS: FobRow[] = [
	// ARG: imports of two rows, CIF 600 (FOB 500 reported) + CIF 300 (none): M = 900, qM = 10.
	// Off: UVm 90, R 1.111 HIIT. On: M = 300 + 500 = 800, UVm 80, R 1.25 VIIT-sup.
	// On, factor 1.25: UVm = (500 + 300 / 1.25) / 10 = 74, R = 100 / 74.
	{
		...BRA,
		partner: 'ARG',
		product: 252310,
		x: 1000,
		qx: 10,
		m: 900,
		qm: 10,
		fob: 500,
		asRead: 600
	},
	// CHL: one row, CIF 550, FOB 500: every row reported, so M on = 500 exactly. qM = 5.
	// Off: UVm 110, R 0.909 HIIT. On: UVm 100, R 1 HIIT, with any factor (nothing is CIF).
	{ ...BRA, partner: 'CHL', product: 252310, x: 400, qx: 4, m: 550, qm: 5, fob: 500, asRead: 550 },
	// URY: imports only, none reported FOB: one-way 200 whatever the option.
	{ ...BRA, partner: 'URY', product: 252310, x: 0, m: 200, qm: 2 },
	// PRY: CIF 500 (FOB 450) + CIF 750: M = 1250, qM = 10. Off: UVm 125, R 0.8 VIIT-inf.
	// On: M = 750 + 450 = 1200, UVm 120, R 0.833 VIIT-inf. On, factor 1.25: UVm = (450 + 600) / 10
	// = 105, R = 0.952 HIIT. Off, factor 1.25: UVm = 1250 / 1.25 / 10 = 100, R = 1 HIIT.
	{
		...BRA,
		partner: 'PRY',
		product: 252310,
		x: 1000,
		qx: 10,
		m: 1250,
		qm: 10,
		fob: 450,
		asRead: 500
	}
];

function split(values: Partial<ClassSplit>): ClassSplit {
	return { oneWay: 0, hiit: 0, viitSup: 0, viitInf: 0, unclassified: 0, outlier: 0, ...values };
}

/** A cell's figures without the quality sums (tested apart). */
function figures(cell: Cell) {
	const { partner, trade, exports, imports, ghm, ff } = cell;
	return { partner, trade, exports, imports, ghm, ff };
}

describe('FOB where reported: off', () => {
	it('leaves every cell bit-identical to keys that carry no FOB values', () => {
		const withFob = keysWithFob(ROWS);
		const plain = makeKeys(ROWS);
		for (const cifFobFactor of [1, 1.25]) {
			const settings = { ...PAPER, cifFobFactor };
			const expected = classifyKeys(plain, settings);
			expect(classifyKeys(withFob, settings)).toEqual(expected);
			expect(classifyKeys(withFob, { ...settings, fobWhereReported: false })).toEqual(expected);
			// Bit for bit, not to a tolerance: the numbers are the same doubles.
			expect(
				Object.is(classifyKeys(withFob, settings)[0].quality.sum, expected[0].quality.sum)
			).toBe(true);
		}
	});

	it('is off too when the keys report no FOB at all (the option changes nothing)', () => {
		const plain = makeKeys(ROWS);
		expect(classifyKeys(plain, FOB)).toEqual(classifyKeys(plain, PAPER));
		expect(keysForClassification(plain, FOB).keys).toBe(plain);
	});
});

// Cells come ordered by partner id: ARG, CHL, PRY, URY.
describe('FOB where reported: on', () => {
	it('values imports FOB where reported: trade, overlap and classes by hand (factor 1)', () => {
		const cells = classifyKeys(keysWithFob(ROWS), FOB).map(figures);
		expect(cells).toEqual([
			{
				partner: 'ARG',
				trade: 1800,
				exports: 1000,
				imports: 800,
				ghm: split({ oneWay: 200, viitSup: 1600 }),
				ff: split({ viitSup: 1800 })
			},
			{
				partner: 'CHL',
				trade: 900,
				exports: 400,
				imports: 500,
				ghm: split({ oneWay: 100, hiit: 800 }),
				ff: split({ hiit: 900 })
			},
			{
				partner: 'PRY',
				trade: 2200,
				exports: 1000,
				imports: 1200,
				ghm: split({ oneWay: 200, viitInf: 2000 }),
				ff: split({ viitInf: 2200 })
			},
			{
				partner: 'URY',
				trade: 200,
				exports: 0,
				imports: 200,
				ghm: split({ oneWay: 200 }),
				ff: split({ oneWay: 200 })
			}
		]);
	});

	it('the same keys off, for contrast (hand-computed)', () => {
		const cells = classifyKeys(keysWithFob(ROWS), PAPER).map(figures);
		expect(cells.map((c) => [c.partner, c.trade, c.ghm, c.ff])).toEqual([
			['ARG', 1900, split({ oneWay: 100, hiit: 1800 }), split({ hiit: 1900 })],
			['CHL', 950, split({ oneWay: 150, hiit: 800 }), split({ hiit: 950 })],
			['PRY', 2250, split({ oneWay: 250, viitInf: 2000 }), split({ viitInf: 2250 })],
			['URY', 200, split({ oneWay: 200 }), split({ oneWay: 200 })]
		]);
	});

	it('divides by the CIF/FOB factor only the imports still valued CIF (factor 1.25)', () => {
		const keys = keysForClassification(keysWithFob(ROWS), { ...FOB, cifFobFactor: 1.25 }).keys;
		expect(keyRatio(keys, 0, 1.25)).toBe(100 / 74); // ARG: (500 + 240) / 10
		expect(keyRatio(keys, 1, 1.25)).toBe(1); // CHL: all FOB, no factor at all
		expect(keyRatio(keys, 3, 1.25)).toBe(100 / 105); // PRY: (450 + 600) / 10
		const cells = classifyKeys(keysWithFob(ROWS), { ...FOB, cifFobFactor: 1.25 }).map(figures);
		// Trade is the same as with factor 1; only PRY changes class (R 0.952: HIIT).
		expect(cells.map((c) => [c.partner, c.trade, c.ghm, c.ff])).toEqual([
			['ARG', 1800, split({ oneWay: 200, viitSup: 1600 }), split({ viitSup: 1800 })],
			['CHL', 900, split({ oneWay: 100, hiit: 800 }), split({ hiit: 900 })],
			['PRY', 2200, split({ oneWay: 200, hiit: 2000 }), split({ hiit: 2200 })],
			['URY', 200, split({ oneWay: 200 }), split({ oneWay: 200 })]
		]);
	});

	it('keeps the factor-1 arithmetic of METHODS 1.2 and the off arithmetic with a factor', () => {
		const on = keysForClassification(keysWithFob(ROWS), FOB).keys;
		// x / qx / (m / qm) exactly, with m the FOB-valued imports.
		expect(keyRatio(on, 0, 1)).toBe(1000 / 10 / (800 / 10));
		const off = keysForClassification(keysWithFob(ROWS), PAPER).keys;
		expect(keyRatio(off, 3, 1.25)).toBe(1000 / 10 / (1250 / 1.25 / 10));
	});

	it('derives the imports as (M − as read) + FOB, exactly FOB when every row reported', () => {
		const valued = keysWithFobValuation(keysWithFob(ROWS));
		expect([...valued.imports]).toEqual([800, 500, 200, 1200]);
		expect([...(valued.fobValued ?? [])]).toEqual([500, 500, 0, 450]);
		expect(valued.reportedFob).toBeUndefined(); // applied once
		// A key whose rows all reported FOB takes the FOB sum itself: rows CIF 0.1 and 0.2 (summed,
		// 0.30000000000000004 both as M and as read), FOB 0.05 and 0.15 (summed, 0.2).
		const cif = 0 + 0.1 + 0.2;
		const fob = 0 + 0.05 + 0.15;
		const awkward = keysWithFob([
			{ ...BRA, partner: 'ARG', product: 252310, x: 0, m: cif, qm: 1, fob, asRead: cif }
		]);
		expect(keysWithFobValuation(awkward).imports[0]).toBe(fob);
	});
});

describe('FOB where reported at HS4 (METHODS 7.4)', () => {
	// 252310 as ARG above (M 900, FOB 500 for CIF 600) and 252390 all FOB (CIF 400 → FOB 380, qM 4).
	const rows: FobRow[] = [
		ROWS[0],
		{ ...BRA, partner: 'ARG', product: 252390, x: 0, m: 400, qm: 4, fob: 380, asRead: 400 }
	];
	const HS4 = { ...FOB, level: 'hs4' as const };

	it('sums the FOB-valued imports to the heading: M = 800 + 380, qM = 14', () => {
		// UVm = 1180 / 14 ≈ 84.29, R ≈ 1.186 > 1.15: VIIT-sup; FF 1000 / 1180 > θ.
		const [cell] = classifyKeys(keysWithFob(rows), HS4);
		expect(figures(cell)).toEqual({
			partner: 'ARG',
			trade: 2180,
			exports: 1000,
			imports: 1180,
			ghm: split({ oneWay: 180, viitSup: 2000 }),
			ff: split({ viitSup: 2180 })
		});
		// Off: M 1300, UVm 92.86, R 1.077: HIIT.
		const [off] = classifyKeys(keysWithFob(rows), { ...PAPER, level: 'hs4' });
		expect([off.trade, off.ghm, off.ff]).toEqual([
			2300,
			split({ oneWay: 300, hiit: 2000 }),
			split({ hiit: 2300 })
		]);
	});

	it('carries the FOB part to the heading, so the factor spares it: R = 100 / 80 at 1.25', () => {
		// FOB part 500 + 380 = 880; CIF part 300 / 1.25 = 240; UVm = 1120 / 14 = 80.
		const keys = keysForClassification(keysWithFob(rows), { ...HS4, cifFobFactor: 1.25 }).keys;
		expect(keys.count).toBe(1);
		expect(keys.fobValued?.[0]).toBe(880);
		expect(keyRatio(keys, 0, 1.25)).toBe(1.25);
	});

	it('sums the reported FOB values of keys read (sumKeysByProduct before the option)', () => {
		const summed = sumKeysByProduct(keysWithFob(rows), hs4Of);
		expect([...(summed.reportedFob?.fob ?? [])]).toEqual([880]);
		expect([...(summed.reportedFob?.asRead ?? [])]).toEqual([1000]);
	});
});

describe('FOB where reported and the unit-value screen (METHODS 7.1)', () => {
	// Group (2020, 100110, kg): UVs 100 (ARG exports), 100 (CHL exports) and ARG's imports, 200 as
	// read (CIF 2000 / 10) or 120 FOB (every row reported, FOB 1200). Mean rule k = 1.4:
	// off, mean 133.3 and 200 > 186.7: an outlier; on, mean 106.7, bounds [76.2, 149.3]: none.
	const rows: FobRow[] = [
		{
			...BRA,
			partner: 'ARG',
			product: 100110,
			x: 1000,
			qx: 10,
			m: 2000,
			qm: 10,
			fob: 1200,
			asRead: 2000
		},
		{ ...BRA, partner: 'CHL', product: 100110, x: 500, qx: 5, m: 0 }
	];
	const screen = { rule: 'mean', k: 1.4 } as const;

	it('screens the unit values of the imports classification uses', () => {
		const [offCell] = classifyKeys(keysWithFob(rows), { ...PAPER, uvScreen: screen });
		expect(offCell.ghm).toEqual(split({ oneWay: 1000, outlier: 2000 }));
		// On: R = 100 / 120 = 0.833 < 0.85, VIIT-inf, not screened.
		const [onCell] = classifyKeys(keysWithFob(rows), { ...FOB, uvScreen: screen });
		expect(onCell.ghm).toEqual(split({ oneWay: 200, viitInf: 2000 }));
		expect(onCell.ff).toEqual(split({ viitInf: 2200 }));
	});
});

describe('FOB where reported in the other views', () => {
	const selection: Selection = {
		reporter: 'BRA',
		yearFrom: 2020,
		yearTo: 2020,
		partners: ALL_PARTNERS,
		scope: ALL_PRODUCTS
	};

	it('drill-down rows show the FOB-valued imports and unit values', () => {
		const page = productPage(keysWithFob(ROWS), FOB, {
			selection,
			search: '',
			searchPartners: [],
			sort: 'imports',
			descending: true,
			offset: 0,
			limit: 10
		});
		expect(page.rows.map((row) => [row.partner, row.imports, row.uvm, row.r])).toEqual([
			['PRY', 1200, 120, 1000 / 10 / (1200 / 10)],
			['ARG', 800, 80, 1.25],
			['CHL', 500, 100, 1],
			['URY', 200, 100, NaN]
		]);
		expect(page.totals.trade).toBe(1800 + 900 + 200 + 2200);
		expect(page.totals.imports).toBe(800 + 500 + 200 + 1200);
	});

	it('sensitivity splits the FOB-valued trade', () => {
		expect(thresholdSensitivity(keysWithFob(ROWS), FOB, selection).trade).toBe(5100);
		expect(thresholdSensitivity(keysWithFob(ROWS), PAPER, selection).trade).toBe(5300);
	});

	it('marginal IIT follows the option when the query carries it', () => {
		// ARG 252310 in 2019 (X 100, M 100 all CIF-only) and in 2020 (the ARG key above).
		const keys = keysWithFob([
			{ ...BRA, year: 2019, partner: 'ARG', product: 252310, x: 100, m: 100 },
			ROWS[0]
		]);
		const query = { reporter: 'BRA', yearA: 2019, yearB: 2020, selection: { scope: ALL_PRODUCTS } };
		// Off: ΔX = 900, ΔM = 800; on: ΔM = 700.
		expect(marginalCells(keys, query)[0].dm).toBe(800);
		expect(marginalCells(keys, { ...query, fobWhereReported: true })[0].dm).toBe(700);
	});

	it('a subset of keys keeps their reported FOB values', () => {
		const subset = subsetKeys(keysWithFob(ROWS), {
			...selection,
			partners: { kind: 'country', id: 'PRY' }
		});
		expect(subset.count).toBe(1);
		expect([...(subset.reportedFob?.fob ?? [])]).toEqual([450]);
		expect([...(subset.reportedFob?.asRead ?? [])]).toEqual([500]);
	});

	it('HS edition conversion sums the reported FOB values of keys merged into one code', () => {
		// UNSD's H1 → H0 table maps both 010592 and 010593 to 010591: the two keys become one.
		const keys = keysWithFob([
			{ ...BRA, partner: 'ARG', product: 10592, x: 0, m: 900, qm: 10, fob: 500, asRead: 600 },
			{ ...BRA, partner: 'ARG', product: 10593, x: 0, m: 100, qm: 1, fob: 90, asRead: 100 }
		]);
		const converted = convertKeysToEdition(keys, () => 'H1', 'H0').keys;
		expect(converted.count).toBe(1);
		expect(converted.product[0]).toBe(10591);
		expect(converted.imports[0]).toBe(1000);
		expect([...(converted.reportedFob?.fob ?? [])]).toEqual([590]);
		expect([...(converted.reportedFob?.asRead ?? [])]).toEqual([700]);
		// On: (1000 − 700) + 590 = 890.
		expect(keysWithFobValuation(converted).imports[0]).toBe(890);
	});
});
