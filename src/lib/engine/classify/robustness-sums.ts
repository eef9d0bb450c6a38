/**
 * The robustness table's sums (METHODS 7.6) in one pass over one set of keys: every row that
 * classifies these keys (α, θ and the screens change only the class a key's dollars go to)
 * shares the selection test, R and the flows of each key, and adds into one Float64Array by
 * (row, year) instead of objects. Aquino's Q, which depends on the keys only, is summed per year
 * alongside. The adds are those of ghmSplit, ffSplit and aquinoQ, in the same key order, so the
 * figures are bit-identical to classifying each row on its own.
 */
import { twoWayRatio, unitValueRatio } from './classify';
import { selectionFilter } from './key-filter';
import type { Selection } from '../model/selection';
import type { ClassSplit, TradeKeys } from '../model/types';
import { emptyGroupSums, type GroupSums } from '../views/tables';

/** One row's classification of the keys: its band, its two-way test and its screen flags. */
export interface SumsVariant {
	alpha: number;
	theta: number;
	/** Per key, non-zero when the unit-value screen flagged one of its flows; null without a screen. */
	screened: Uint8Array | null;
}

/** Each row's per-year sums (as classifyKeys would give them), and Aquino's Q of the keys. */
export interface KeySetSums {
	sums: GroupSums[];
	/** The mean over the years where it is defined of Q_t (METHODS 7.3); NaN when none is. */
	aquinoQ: number;
}

// The numbers of one (row, year), at these offsets; a split's classes follow CLASS order.
const TRADE = 0;
const EXPORTS = 1;
const IMPORTS = 2;
const GHM = 3;
const FF = 9;
const SLOTS = 15;
const ONE_WAY = 0;
const HIIT = 1;
const VIIT_SUP = 2;
const VIIT_INF = 3;
const UNCLASSIFIED = 4;
const OUTLIER = 5;

/** ratioClass and screenedClass of classify.ts as an offset into a split. */
function classOffset(r: number, screened: boolean, lo: number, hi: number): number {
	if (Number.isNaN(r)) return UNCLASSIFIED;
	if (screened) return OUTLIER;
	if (r > hi) return VIIT_SUP;
	if (r < lo) return VIIT_INF;
	return HIIT;
}

/** The sums of the variants over the selected keys of the selection's years. */
export function keySetSums(
	keys: TradeKeys,
	selection: Selection,
	yearCount: number,
	cifFobFactor: number,
	variants: readonly SumsVariant[]
): KeySetSums {
	const inSelection = selectionFilter(keys, selection);
	const count = variants.length;
	const sums = new Float64Array(count * yearCount * SLOTS);
	// The bounds as classify.ts computes them (1 − α, 1 / (1 + α), 1 + α), once per variant.
	const ghmLo = variants.map((v) => 1 - v.alpha);
	const ffLo = variants.map((v) => 1 / (1 + v.alpha));
	const hi = variants.map((v) => 1 + v.alpha);
	const theta = variants.map((v) => v.theta);
	const screens = variants.map((v) => v.screened);
	// Q's X_S and M_S per year, and each selected key's year + 1 for its second pass.
	const exportSum = new Float64Array(yearCount);
	const importSum = new Float64Array(yearCount);
	// The columns as locals: key sets come in several object shapes (read, summed, converted).
	const { count: n, year, exports, imports, exportQty, importQty, exportUnit, importUnit } = keys;
	const fobValued = keys.fobValued ?? null;
	const yearOf = new Int32Array(n);
	for (let k = 0; k < n; k++) {
		if (!inSelection(k)) continue;
		const y = year[k] - selection.yearFrom;
		yearOf[k] = y + 1;
		const x = exports[k];
		const m = imports[k];
		exportSum[y] += x;
		importSum[y] += m;
		// keyRatio of classify.ts, on the local columns.
		const unit = exportUnit[k];
		const r =
			unit === -1 || unit !== importUnit[k]
				? NaN
				: unitValueRatio(
						x,
						exportQty[k],
						m,
						importQty[k],
						cifFobFactor,
						fobValued === null ? 0 : fobValued[k]
					);
		const trade = x + m;
		const gap = Math.abs(x - m);
		const overlap = 2 * Math.min(x, m);
		const twoWay = twoWayRatio(x, m);
		// What every variant adds alike (T, X, M, GHM's one-way) is added once, in variant 0.
		const first = y * SLOTS;
		sums[first + TRADE] += trade;
		sums[first + EXPORTS] += x;
		sums[first + IMPORTS] += m;
		sums[first + GHM + ONE_WAY] += gap;
		for (let v = 0; v < count; v++) {
			const at = (v * yearCount + y) * SLOTS;
			const screen = screens[v];
			const screened = screen !== null && screen[k] !== 0;
			sums[at + GHM + classOffset(r, screened, ghmLo[v], hi[v])] += overlap;
			if (!(twoWay > theta[v])) sums[at + FF + ONE_WAY] += trade;
			else sums[at + FF + classOffset(r, screened, ffLo[v], hi[v])] += trade;
		}
	}
	for (let v = 1; v < count; v++) {
		for (let y = 0; y < yearCount; y++) {
			const at = (v * yearCount + y) * SLOTS;
			for (const slot of [TRADE, EXPORTS, IMPORTS, GHM + ONE_WAY])
				sums[at + slot] = sums[y * SLOTS + slot];
		}
	}
	return {
		sums: variants.map((_, v) => groupSumsOf(sums, v, yearCount)),
		aquinoQ: aquinoQOfYears(keys, yearOf, exportSum, importSum)
	};
}

/**
 * Aquino's Q of each year's selected keys as imbalance.ts's aquinoQ computes it (the same adds
 * in the same order), then their mean over the years where it is defined.
 */
function aquinoQOfYears(
	keys: TradeKeys,
	yearOf: Int32Array,
	exportSum: Float64Array,
	importSum: Float64Array
): number {
	const years = exportSum.length;
	const scaleX = new Float64Array(years);
	const scaleM = new Float64Array(years);
	for (let y = 0; y < years; y++) {
		const xs = exportSum[y];
		const ms = importSum[y];
		scaleX[y] = (xs + ms) / (2 * xs);
		scaleM[y] = (xs + ms) / (2 * ms);
	}
	const gap = new Float64Array(years);
	const total = new Float64Array(years);
	const { exports, imports } = keys;
	for (let k = 0; k < yearOf.length; k++) {
		const y = yearOf[k] - 1;
		if (y < 0) continue;
		const x = exports[k] * scaleX[y];
		const m = imports[k] * scaleM[y];
		gap[y] += Math.abs(x - m);
		total[y] += x + m;
	}
	let sum = 0;
	let defined = 0;
	for (let y = 0; y < years; y++) {
		const q = exportSum[y] > 0 && importSum[y] > 0 && total[y] !== 0 ? 1 - gap[y] / total[y] : NaN;
		if (Number.isNaN(q)) continue;
		sum += q;
		defined++;
	}
	return defined === 0 ? NaN : sum / defined;
}

/** Variant v's numbers as the per-year sums the tables' groupRow reads. */
function groupSumsOf(sums: Float64Array, v: number, yearCount: number): GroupSums {
	const out = emptyGroupSums(yearCount);
	for (let y = 0; y < yearCount; y++) {
		const at = (v * yearCount + y) * SLOTS;
		const year = out[y];
		year.trade = sums[at + TRADE];
		year.exports = sums[at + EXPORTS];
		year.imports = sums[at + IMPORTS];
		readSplit(sums, at + GHM, year.ghm);
		readSplit(sums, at + FF, year.ff);
	}
	return out;
}

function readSplit(sums: Float64Array, at: number, into: ClassSplit): void {
	into.oneWay = sums[at + ONE_WAY];
	into.hiit = sums[at + HIIT];
	into.viitSup = sums[at + VIIT_SUP];
	into.viitInf = sums[at + VIIT_INF];
	into.unclassified = sums[at + UNCLASSIFIED];
	into.outlier = sums[at + OUTLIER];
}
