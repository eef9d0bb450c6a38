/**
 * The robustness table against a plain computation on random keys: each row's keys derived and
 * classified by the formulas of METHODS 2, 3 and 7 written out with Maps and plain loops (the
 * engine's only part in it: convertProduct, one code at a time, for the HS editions row).
 */
import { describe, expect, it } from 'vitest';
import { robustnessTable, type RobustnessRow } from '../../../src/lib/engine/classify/robustness';
import { convertProduct } from '../../../src/lib/engine/codes/hs-editions/convert';
import type { HsEdition } from '../../../src/lib/engine/codes/hs-editions/editions';
import {
	ALL_PARTNERS,
	ALL_PRODUCTS,
	type Selection
} from '../../../src/lib/engine/model/selection';
import type { TradeKeys, YearEdition } from '../../../src/lib/engine/model/types';
import { makeKeys, type KeyRow } from '../helpers/make-keys';

/** A small deterministic generator (LCG), so the keys are the same on every run. */
function lcg(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

// HS6 codes meeting under HS4 headings (6403, 0201, 4406, 8471), and H5 codes that the H5 → H4
// table changes (440611 and 440612 → 440610, 441990 → 441900, 940610 → 940600, 401170 → 401161).
const PRODUCTS = [
	640399, 640391, 640320, 20110, 20120, 440611, 440612, 441990, 940610, 401170, 847130, 847150
];
const PARTNERS = [
	'USA',
	'ARG',
	'DEU',
	'CHN',
	'CHL',
	'FRA',
	'ITA',
	'JPN',
	'MEX',
	'URY',
	'PRY',
	'IND'
];
const YEARS = [2016, 2017, 2018];
const EDITIONS: YearEdition[] = [
	{ year: 2016, edition: 'H4', stated: true },
	{ year: 2017, edition: 'H5', stated: true },
	{ year: 2018, edition: 'H5', stated: true }
];

/** One key as the plain computation holds it: units by name (null: none). */
interface Flow {
	year: number;
	reporter: string;
	partner: string;
	product: number;
	x: number;
	m: number;
	qx: number;
	qm: number;
	ux: string | null;
	um: string | null;
	/** Reported FOB of the key's imports, and those rows' value as read. */
	fob: number;
	asRead: number;
}

function randomFlows(seed: number, count: number): Flow[] {
	const random = lcg(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
	const seen = new Set<string>();
	const flows: Flow[] = [];
	while (flows.length < count) {
		const year = pick(YEARS);
		const reporter = random() < 0.9 ? 'BRA' : 'ARG';
		const partner = pick(PARTNERS.filter((p) => p !== reporter));
		const product = pick(PRODUCTS);
		const id = `${year}|${reporter}|${partner}|${product}`;
		if (seen.has(id)) continue;
		seen.add(id);
		const side = random();
		const price = 1 + 9 * random();
		const x = side < 0.15 ? 0 : Math.round(1000 * random() ** 2 * 100) / 100;
		const m = side > 0.85 ? 0 : Math.round(1000 * random() ** 2 * 100) / 100;
		// Prices spread around one level per product, with a few far off (the screens' outliers).
		const spread = () => (random() < 0.1 ? 20 * random() + 0.01 : 0.7 + 0.6 * random());
		const qx = random() < 0.08 ? NaN : x / (price * spread());
		const qm = random() < 0.08 ? NaN : m / (price * spread());
		const ux = Number.isNaN(qx) ? null : random() < 0.1 ? 'u' : 'kg';
		const um = Number.isNaN(qm) ? null : 'kg';
		const fobShare = m > 0 && random() < 0.3 ? (random() < 0.5 ? 1 : random()) : 0;
		const asRead = m * fobShare;
		flows.push({
			year,
			reporter,
			partner,
			product,
			x,
			m,
			qx,
			qm,
			ux,
			um,
			fob: asRead * 0.9,
			asRead
		});
	}
	return flows;
}

function toKeys(flows: Flow[]): TradeKeys {
	const rows: KeyRow[] = flows.map(
		({ year, reporter, partner, product, x, m, qx, qm, ux, um }) => ({
			...{ year, reporter, partner, product, x, m, qx, qm },
			unitX: ux,
			unitM: um
		})
	);
	const keys = makeKeys(rows);
	keys.reportedFob = {
		fob: Float64Array.from(flows, (f) => f.fob),
		asRead: Float64Array.from(flows, (f) => f.asRead)
	};
	return keys;
}

const usable = (q: number) => Number.isFinite(q) && q > 0;

/** Flows summed under new product codes (METHODS 1: a quantity only when every flow with a value has one, in one unit). */
function sumFlows(flows: Flow[], productOf: (flow: Flow) => number): Flow[] {
	const byKey = new Map<
		string,
		Flow & { mixedX: boolean; mixedM: boolean; anyX: boolean; anyM: boolean }
	>();
	for (const flow of flows) {
		const product = productOf(flow);
		const id = `${flow.year}|${flow.reporter}|${flow.partner}|${product}`;
		let into = byKey.get(id);
		if (!into) {
			const empty = { x: 0, m: 0, qx: 0, qm: 0, ux: null, um: null, fob: 0, asRead: 0 };
			const flags = { mixedX: false, mixedM: false, anyX: false, anyM: false };
			into = { ...flow, ...empty, ...flags, product };
			byKey.set(id, into);
		}
		into.x += flow.x;
		into.m += flow.m;
		into.fob += flow.fob;
		into.asRead += flow.asRead;
		if (flow.x > 0) {
			if (!usable(flow.qx) || flow.ux === null || (into.anyX && into.ux !== flow.ux))
				into.mixedX = true;
			else into.qx += flow.qx;
			into.ux = flow.ux;
			into.anyX = true;
		}
		if (flow.m > 0) {
			if (!usable(flow.qm) || flow.um === null || (into.anyM && into.um !== flow.um))
				into.mixedM = true;
			else into.qm += flow.qm;
			into.um = flow.um;
			into.anyM = true;
		}
	}
	return [...byKey.values()].map((f) => ({
		...f,
		qx: f.mixedX || !f.anyX ? NaN : f.qx,
		ux: f.mixedX || !f.anyX ? null : f.ux,
		qm: f.mixedM || !f.anyM ? NaN : f.qm,
		um: f.mixedM || !f.anyM ? null : f.um
	}));
}

/** Imports valued FOB where reported (METHODS 7.2). */
function fobValued(flows: Flow[]): Flow[] {
	return flows.map((f) => (f.asRead > 0 ? { ...f, m: Math.max(f.m - f.asRead, 0) + f.fob } : f));
}

/** R's quantile(type = 7) of sorted values. */
function quantile(sorted: number[], p: number): number {
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	return lo === h ? sorted[lo] : sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

/** Per flow, whether the screen calls one of its unit values an outlier (METHODS 7.1). */
function screened(flows: Flow[], rule: 'quantile' | 'mean'): boolean[] {
	const groups = new Map<string, number[]>();
	const uvs = flows.map((f) => {
		const sides: [number, number, string | null][] = [
			[f.x, f.qx, f.ux],
			[f.m, f.qm, f.um]
		];
		return sides.map(([value, qty, unit]) => {
			if (!(value > 0) || !usable(qty) || unit === null) return null;
			const group = `${f.year}|${f.product}|${unit}`;
			groups.set(group, [...(groups.get(group) ?? []), value / qty]);
			return { group, uv: value / qty };
		});
	});
	const outlier = (group: string, uv: number): boolean => {
		const values = groups.get(group)!;
		if (rule === 'quantile') {
			if (values.length < 5) return false;
			const sorted = [...values].sort((a, b) => a - b);
			return uv < quantile(sorted, 0.05) || uv > quantile(sorted, 0.95);
		}
		if (values.length < 2) return false;
		const mean = values.reduce((a, b) => a + b, 0) / values.length;
		return uv > 5 * mean || uv < mean / 5;
	};
	return uvs.map((sides) => sides.some((side) => side !== null && outlier(side.group, side.uv)));
}

type Split = Record<'oneWay' | 'hiit' | 'viitSup' | 'viitInf' | 'unclassified' | 'outlier', number>;
const zero = (): Split => ({
	oneWay: 0,
	hiit: 0,
	viitSup: 0,
	viitInf: 0,
	unclassified: 0,
	outlier: 0
});

/** A row's figures by the formulas of METHODS 2, 3 and 7.3. */
function plainRow(
	flows: Flow[],
	flags: boolean[] | null,
	selection: Selection & { partner?: string; chapters?: number[] },
	alpha: number,
	theta: number
) {
	const years: number[] = [];
	for (let y = selection.yearFrom; y <= selection.yearTo; y++) years.push(y);
	const perYear = years.map(() => ({
		t: 0,
		x: 0,
		m: 0,
		ghm: zero(),
		ff: zero(),
		items: [] as Flow[]
	}));
	flows.forEach((f, i) => {
		const inSelection =
			f.reporter === selection.reporter &&
			f.year >= selection.yearFrom &&
			f.year <= selection.yearTo &&
			(selection.partner === undefined || f.partner === selection.partner) &&
			(selection.chapters === undefined ||
				selection.chapters.includes(Math.floor(f.product / 10_000))) &&
			f.x + f.m > 0;
		if (!inSelection) return;
		const year = perYear[f.year - selection.yearFrom];
		const r =
			f.ux !== null && f.ux === f.um && usable(f.qx) && usable(f.qm)
				? f.x / f.qx / (f.m / f.qm)
				: NaN;
		const classOf = (lo: number): keyof Split =>
			Number.isNaN(r)
				? 'unclassified'
				: flags?.[i]
					? 'outlier'
					: r > 1 + alpha
						? 'viitSup'
						: r < lo
							? 'viitInf'
							: 'hiit';
		year.t += f.x + f.m;
		year.x += f.x;
		year.m += f.m;
		year.items.push(f);
		year.ghm.oneWay += Math.abs(f.x - f.m);
		year.ghm[classOf(1 - alpha)] += 2 * Math.min(f.x, f.m);
		const twoWay = Math.min(f.x, f.m) / Math.max(f.x, f.m) > theta;
		year.ff[twoWay ? classOf(1 / (1 + alpha)) : 'oneWay'] += f.x + f.m;
	});
	const mean = (values: number[]) => {
		const defined = values.filter((v) => !Number.isNaN(v));
		return defined.length === 0 ? NaN : defined.reduce((a, b) => a + b, 0) / defined.length;
	};
	const total = perYear.reduce((sum, y) => sum + y.t, 0);
	const method = (name: 'ghm' | 'ff') => {
		const period = zero();
		for (const y of perYear)
			for (const c of Object.keys(period) as (keyof Split)[]) period[c] += y[name][c];
		const share = (v: number) => v / total;
		return {
			iitIndex: mean(perYear.map((y) => (y.t > 0 ? (y.t - y[name].oneWay) / y.t : NaN))),
			oneWay: share(period.oneWay),
			hiit: share(period.hiit),
			viitSup: share(period.viitSup),
			viitInf: share(period.viitInf),
			unclassified: share(period.unclassified),
			outlier: share(period.outlier)
		};
	};
	const glc = mean(
		perYear.map((y) =>
			y.x > 0 && y.m > 0 ? (y.t - y.ghm.oneWay) / (y.t - Math.abs(y.x - y.m)) : NaN
		)
	);
	const aquinoQ = mean(
		perYear.map((y) => {
			if (!(y.x > 0 && y.m > 0)) return NaN;
			const a = (y.x + y.m) / (2 * y.x);
			const b = (y.x + y.m) / (2 * y.m);
			const gap = y.items.reduce((sum, f) => sum + Math.abs(a * f.x - b * f.m), 0);
			return 1 - gap / y.items.reduce((sum, f) => sum + a * f.x + b * f.m, 0);
		})
	);
	return { trade: total / years.length, ghm: method('ghm'), ff: method('ff'), glc, aquinoQ };
}

/** Every row of the table by the plain computation. */
function plainTable(
	flows: Flow[],
	selection: Selection & { partner?: string; chapters?: number[] }
) {
	const row = (f: Flow[], flags: boolean[] | null, alpha = 0.15, theta = 0.1) =>
		plainRow(f, flags, selection, alpha, theta);
	const editionOf = new Map(EDITIONS.map((e) => [e.year, e.edition]));
	return {
		paper: row(flows, null),
		'alpha-25': row(flows, null, 0.25),
		'theta-05': row(flows, null, 0.15, 0.05),
		'theta-20': row(flows, null, 0.15, 0.2),
		'uv-screen-quantile': row(flows, screened(flows, 'quantile')),
		'uv-screen-mean': row(flows, screened(flows, 'mean')),
		'fob-where-reported': row(fobValued(flows), null),
		'level-hs4': row(
			sumFlows(flows, (f) => f.product - (f.product % 100)),
			null
		),
		'hs-editions': row(
			sumFlows(
				flows,
				(f) => convertProduct(f.product, editionOf.get(f.year) as HsEdition, 'H4').code
			),
			null
		)
	};
}

function expectRow(got: RobustnessRow, want: ReturnType<typeof plainRow>): void {
	expect(got.trade, `${got.id} trade`).toBeCloseTo(want.trade, 8);
	expect(got.glc, `${got.id} glc`).toBeCloseTo(want.glc, 12);
	expect(got.aquinoQ, `${got.id} Q`).toBeCloseTo(want.aquinoQ, 12);
	for (const method of ['ghm', 'ff'] as const) {
		for (const [name, value] of Object.entries(want[method])) {
			const figure = got[method][name as keyof (typeof want)['ghm']];
			expect(figure, `${got.id} ${method} ${name}`).toBeCloseTo(value, 12);
		}
	}
}

describe('robustnessTable on random keys (METHODS 7.6)', () => {
	const flows = randomFlows(17, 500);
	const keys = toKeys(flows);
	const all: Selection = {
		reporter: 'BRA',
		yearFrom: 2016,
		yearTo: 2018,
		partners: ALL_PARTNERS,
		scope: ALL_PRODUCTS
	};

	it('equals the plain computation for every row, the whole selection', () => {
		const table = robustnessTable(keys, all, EDITIONS);
		const want = plainTable(flows, all);
		expect(table.rows.map((row) => row.noEffect)).toEqual(Array(9).fill(false));
		// The random keys give every class something to hold, so the comparison is not of zeros.
		expect(want['uv-screen-quantile'].ghm.outlier).toBeGreaterThan(0);
		expect(want['uv-screen-mean'].ff.outlier).toBeGreaterThan(0);
		expect(want.paper.ghm.unclassified).toBeGreaterThan(0);
		for (const row of table.rows) expectRow(row, want[row.id]);
	});

	it('equals the plain computation for one partner, two years and two chapters', () => {
		const selection: Selection = {
			...all,
			yearFrom: 2017,
			partners: { kind: 'country', id: 'ARG' },
			scope: { sectors: null, chapters: [64, 44] }
		};
		const table = robustnessTable(keys, selection, EDITIONS);
		const want = plainTable(flows, { ...selection, partner: 'ARG', chapters: [64, 44] });
		for (const row of table.rows) expectRow(row, want[row.id]);
	});
});
