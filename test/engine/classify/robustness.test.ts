import { describe, expect, it } from 'vitest';
import { robustnessTable } from '../../../src/lib/engine/classify/robustness';
import { ALL_PARTNERS, ALL_PRODUCTS } from '../../../src/lib/engine/model/selection';
import { robustnessToCsv } from '../../../src/lib/engine/views/robustness-csv';
import { makeKeys, type KeyRow } from '../helpers/make-keys';

const base = { year: 2019, reporter: 'BRA' };

/**
 * Seven keys of one year (X / qX, M / qM; R = UVx / UVm):
 *   A USA 640399 100/10, 50/5    R = 1
 *   B ARG 640399  30/1,  10/1    R = 3
 *   C DEU 640399  12/1,  10/1    R = 1.2   (VIIT-sup at α 15 %, HIIT at α 25 %)
 *   D USA 020110  40/2,   0      one-way
 *   E CHN 640399   4/1,  20/2    R = 0.4   (min/max = 0.2: one-way at θ = 20 %, a tie)
 *   F ARG 020110 400/1,  10/1    R = 40    (FF one-way: 10/400 ≤ θ)
 *   G USA 640391   0,    30/3    one-way; at HS4 it meets A under 640300: X 100/10, M 80/8, R = 1
 * T = 716, X_S = 586, M_S = 130.
 */
const ROWS: KeyRow[] = [
	{ ...base, partner: 'USA', product: 640399, x: 100, qx: 10, m: 50, qm: 5 },
	{ ...base, partner: 'ARG', product: 640399, x: 30, qx: 1, m: 10, qm: 1 },
	{ ...base, partner: 'DEU', product: 640399, x: 12, qx: 1, m: 10, qm: 1 },
	{ ...base, partner: 'USA', product: 20110, x: 40, qx: 2, m: 0 },
	{ ...base, partner: 'CHN', product: 640399, x: 4, qx: 1, m: 20, qm: 2 },
	{ ...base, partner: 'ARG', product: 20110, x: 400, qx: 1, m: 10, qm: 1 },
	{ ...base, partner: 'USA', product: 640391, x: 0, m: 30, qm: 3 }
];
const T = 716;

const SELECTION = {
	reporter: 'BRA',
	yearFrom: 2019,
	yearTo: 2019,
	partners: ALL_PARTNERS,
	scope: ALL_PRODUCTS
};

/** Class amounts (USD) of one method: one-way, HIIT, VIIT-sup, VIIT-inf, unclassified, outlier. */
type Amounts = [number, number, number, number, number, number];

function shares([oneWay, hiit, viitSup, viitInf, unclassified, outlier]: Amounts) {
	return {
		iitIndex: (T - oneWay) / T,
		oneWay: oneWay / T,
		hiit: hiit / T,
		viitSup: viitSup / T,
		viitInf: viitInf / T,
		unclassified: unclassified / T,
		outlier: outlier / T
	};
}

/**
 * GHM: one-way Σ|X − M| = 50 + 20 + 2 + 40 + 16 + 390 + 30 = 548; overlaps A 100, B 20, C 20,
 * E 8, F 20. FF: one-way D 40 + F 410 + G 30 = 480; two-way A 150, B 40, C 22, E 24.
 */
const EXPECTED: Record<string, { ghm: Amounts; ff: Amounts }> = {
	paper: { ghm: [548, 100, 60, 8, 0, 0], ff: [480, 150, 62, 24, 0, 0] },
	// C's R = 1.2 is inside [0.75, 1.25] and [0.8, 1.25].
	'alpha-25': { ghm: [548, 120, 40, 8, 0, 0], ff: [480, 172, 40, 24, 0, 0] },
	'theta-05': { ghm: [548, 100, 60, 8, 0, 0], ff: [480, 150, 62, 24, 0, 0] },
	// E: 4 / 20 = 0.2 is not above θ = 0.2: one-way.
	'theta-20': { ghm: [548, 100, 60, 8, 0, 0], ff: [504, 150, 62, 0, 0, 0] },
	// Group (2019, 640399, kg): UVs 4 10 10 10 10 10 12 30; Q(0.05) = 4 + 0.35·6 = 6.1,
	// Q(0.95) = 12 + 0.65·18 = 23.7: E's export (4) and B's (30) are outliers.
	'uv-screen-quantile': { ghm: [548, 100, 40, 0, 0, 28], ff: [480, 150, 22, 0, 0, 64] },
	// Group (2019, 020110, kg): UVs 20, 400, 10, mean 143.3…: 20 and 10 are below mean / 5, so F
	// is screened (GHM overlap 20; FF it is one-way anyway). Fewer than 5 UVs do not matter here.
	'uv-screen-mean': { ghm: [548, 100, 40, 8, 0, 20], ff: [480, 150, 62, 24, 0, 0] },
	// No FOB import value in these keys: as the paper.
	'fob-where-reported': { ghm: [548, 100, 60, 8, 0, 0], ff: [480, 150, 62, 24, 0, 0] },
	// A + G: X 100, M 80, R = 1: GHM one-way 20 and HIIT 160 instead of 50 + 30 and 100.
	'level-hs4': { ghm: [488, 160, 60, 8, 0, 0], ff: [450, 180, 62, 24, 0, 0] },
	'hs-editions': { ghm: [548, 100, 60, 8, 0, 0], ff: [480, 150, 62, 24, 0, 0] }
};

/**
 * Aquino's Q by hand: a = 716 / 1172, b = 716 / 260; Σ|aX − bM| over the seven keys (at HS4 A
 * and G merge, with the same sign of aX − bM, so Q does not change) over Σ(aX + bM) = 716.
 */
function aquinoByHand(pairs: [number, number][]): number {
	const a = 716 / (2 * 586);
	const b = 716 / (2 * 130);
	const gap = pairs.reduce((sum, [x, m]) => sum + Math.abs(a * x - b * m), 0);
	return 1 - gap / 716;
}

describe('robustnessTable (METHODS 7.6)', () => {
	const table = robustnessTable(makeKeys(ROWS), SELECTION, []);

	it('has the paper’s row and each single change, labelled by the change', () => {
		expect(table.rows.map((row) => row.change)).toEqual([
			'paper',
			'alpha=0.25',
			'theta=0.05',
			'theta=0.2',
			'uv-screen=quantile:0.05',
			'uv-screen=mean:5',
			'fob-where-reported',
			'level=hs4',
			'hs-editions=convert'
		]);
		expect(table.years).toEqual([2019]);
	});

	it('splits trade as computed by hand in every row', () => {
		for (const row of table.rows) {
			const expected = EXPECTED[row.id];
			expect(row.trade, row.id).toBe(T);
			for (const method of ['ghm', 'ff'] as const) {
				const want = shares(expected[method]);
				for (const [name, value] of Object.entries(want)) {
					const got = row[method][name as keyof typeof want];
					expect(got, `${row.id} ${method} ${name}`).toBeCloseTo(value, 14);
				}
			}
		}
	});

	it('gives GLC and Aquino’s Q beside them', () => {
		const pairs = ROWS.map((row): [number, number] => [row.x, row.m]);
		const paper = table.rows[0];
		// GLC = Σ O / (Σ T − |X_S − M_S|) = 168 / (716 − 456).
		expect(paper.glc).toBeCloseTo(168 / 260, 14);
		expect(paper.aquinoQ).toBeCloseTo(aquinoByHand(pairs), 14);
		const hs4 = table.rows.find((row) => row.id === 'level-hs4')!;
		expect(hs4.glc).toBeCloseTo(228 / 260, 14); // overlap 160 + 40 + 20 + 8
		expect(hs4.aquinoQ).toBeCloseTo(aquinoByHand(pairs), 12);
	});

	it('marks the changes that find nothing to act on', () => {
		const inert = table.rows.filter((row) => row.noEffect).map((row) => row.id);
		expect(inert).toEqual(['fob-where-reported', 'hs-editions']);
	});

	it('values imports FOB where a row reported it', () => {
		// A's import row reported FOB 45 against 50 as read: M = 45, UVm = 9, R = 10 / 9 (HIIT).
		// T = 711; GHM one-way 548 − 50 + 55 = 553, A's overlap 90; FF: A two-way 145.
		const keys = makeKeys(ROWS);
		const a = keys.countries.indexOf('USA');
		const k = [...keys.product].findIndex((p, i) => p === 640399 && keys.partner[i] === a);
		keys.reportedFob = { fob: new Float64Array(keys.count), asRead: new Float64Array(keys.count) };
		keys.reportedFob.fob[k] = 45;
		keys.reportedFob.asRead[k] = 50;
		const fob = robustnessTable(keys, SELECTION, []).rows.find(
			(row) => row.id === 'fob-where-reported'
		)!;
		expect(fob.noEffect).toBe(false);
		expect(fob.trade).toBeCloseTo(711, 12);
		const want = { ghm: [553, 90, 60, 8], ff: [480, 145, 62, 24] };
		for (const method of ['ghm', 'ff'] as const) {
			const [oneWay, hiit, viitSup, viitInf] = want[method];
			expect(fob[method].oneWay, method).toBeCloseTo(oneWay / 711, 14);
			expect(fob[method].hiit, method).toBeCloseTo(hiit / 711, 14);
			expect(fob[method].viitSup, method).toBeCloseTo(viitSup / 711, 14);
			expect(fob[method].viitInf, method).toBeCloseTo(viitInf / 711, 14);
		}
	});

	it('averages the IIT index over years and keeps shares as ratios of sums', () => {
		// The same keys in 2019 and, doubled, in 2020: shares as in 2019; GLC and Q per year, averaged.
		const twice = [
			...ROWS,
			...ROWS.map((row) => ({
				...row,
				year: 2020,
				x: 2 * row.x,
				m: 2 * row.m,
				qx: row.qx && 2 * row.qx,
				qm: row.qm && 2 * row.qm
			}))
		];
		const two = robustnessTable(makeKeys(twice), { ...SELECTION, yearTo: 2020 }, []);
		const paper = two.rows[0];
		expect(two.years).toEqual([2019, 2020]);
		expect(paper.trade).toBeCloseTo((716 + 1432) / 2, 10);
		expect(paper.ghm.hiit).toBeCloseTo(100 / 716, 14);
		expect(paper.ghm.iitIndex).toBeCloseTo(168 / 716, 14);
		expect(paper.glc).toBeCloseTo(168 / 260, 14);
	});

	it('writes the CSV the CLI writes', () => {
		const lines = robustnessToCsv(table).trimEnd().split('\n');
		expect(lines[0]).toBe(
			'setting,change,trade_per_year,ghm_iit_index,ghm_oneway,ghm_hiit,ghm_viit_sup,ghm_viit_inf,ghm_unclassified,ghm_unclassified_outlier,ff_iit_index,ff_oneway,ff_hiit,ff_viit_sup,ff_viit_inf,ff_unclassified,ff_unclassified_outlier,glc,aquino_q,no_effect'
		);
		expect(lines).toHaveLength(10);
		const alpha = lines[2].split(',');
		expect(alpha.slice(0, 3)).toEqual(['alpha-25', 'alpha=0.25', '716']);
		expect(Number(alpha[5])).toBeCloseTo(120 / 716, 15);
		expect(lines[7].endsWith(',1')).toBe(true);
	});
});
