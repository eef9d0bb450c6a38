/**
 * How the classes move as α and θ run over a grid, for one selection: GHM and FF over
 * α = 0.05 … 0.50 (θ at its setting) and FF over θ = 0 … 0.50 (α at its setting).
 *
 * One pass over the keys, O(keys × log grid): along a grid a key's class changes at most once
 * (the HIIT band only widens as α grows; a key stops being two-way once θ reaches its overlap
 * ratio), so each key finds that grid index by binary search with the very bounds and tests
 * classification uses, and is added to per-index buckets that running sums turn into series.
 */
import {
	emptySplit,
	ffBounds,
	ghmBounds,
	isTwoWay,
	keyRatio,
	ratioClass,
	SPLIT_FIELD,
	twoWayRatio,
	validateClassifySettings,
	type RatioBounds
} from './classify';
import { keysValuedAs } from './fob-valuation';
import { selectionFilter } from './key-filter';
import type { SensitivityResult, ShareSeries } from '../model/queries';
import type { Selection } from '../model/selection';
import type { ClassSplit, ClassifySettings, TradeKeys } from '../model/types';

type ClassName = keyof ClassSplit;
const CLASS_NAMES = Object.keys(emptySplit()) as ClassName[];

/** k / 100 for k = from … to: the same doubles as the literals 0.05, 0.15, … */
function percentGrid(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, i) => (from + i) / 100);
}

/** The α grid of the sensitivity view: 0.05, 0.06, … 0.50. */
export const SENSITIVITY_ALPHAS: readonly number[] = percentGrid(5, 50);
/** The θ grid of the sensitivity view: 0, 0.01, … 0.50. */
export const SENSITIVITY_THETAS: readonly number[] = percentGrid(0, 50);

/** Grid bounds as typed arrays: his increasing, los decreasing along the grid (α grows). */
interface GridBands {
	los: Float64Array;
	his: Float64Array;
}

/** The bands of every grid α, each computed by `bounds` exactly as classification computes it. */
function gridBands(alphas: readonly number[], bounds: (alpha: number) => RatioBounds): GridBands {
	const bands = alphas.map(bounds);
	return {
		los: Float64Array.from(bands, (band) => band.lo),
		his: Float64Array.from(bands, (band) => band.hi)
	};
}

/** How many leading points of an increasing grid `value` is strictly above (`value > grid[g]`). */
function countBelow(value: number, grid: Float64Array): number {
	let low = 0;
	let high = grid.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (value > grid[mid]) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** How many leading points of a decreasing grid `value` is strictly below (`value < grid[g]`). */
function countAbove(value: number, grid: Float64Array): number {
	let low = 0;
	let high = grid.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (value < grid[mid]) low = mid + 1;
		else high = mid;
	}
	return low;
}

/** One zeroed array per class (an object literal: a fixed shape keeps the per-key adds fast). */
function classBuckets(length: number): Record<ClassName, Float64Array> {
	const zeros = () => new Float64Array(length);
	return {
		oneWay: zeros(),
		hiit: zeros(),
		viitSup: zeros(),
		viitInf: zeros(),
		unclassified: zeros(),
		outlier: zeros() // the grids classify unscreened keys: it stays 0
	};
}

/**
 * Dollars per class along a grid of G points, as buckets indexed 0 … G: `before[c]` counts at
 * the points g < c, `from[c]` at the points g ≥ c.
 */
class GridTally {
	readonly before: Record<ClassName, Float64Array>;
	readonly from: Record<ClassName, Float64Array>;

	constructor(readonly points: number) {
		this.before = classBuckets(points + 1);
		this.from = classBuckets(points + 1);
	}

	/**
	 * Adds `amount` classified by R against each grid point's band, as ratioClass does: VIIT-sup
	 * while R > hi, else VIIT-inf while R < lo, else HIIT. Since lo < 1 < hi at every point, R is
	 * never both above one band and below another: one of the two counts is 0.
	 */
	addByRatio(amount: number, r: number, bands: GridBands): void {
		if (Number.isNaN(r)) {
			this.from.unclassified[0] += amount;
			return;
		}
		// The first point decides whether R leaves the band at all (the grid is monotone).
		const sup = r > bands.his[0] ? countBelow(r, bands.his) : 0;
		const inf = r < bands.los[0] ? countAbove(r, bands.los) : 0;
		this.before.viitSup[sup] += amount;
		this.before.viitInf[inf] += amount;
		this.from.hiit[Math.max(sup, inf)] += amount;
	}

	/** Each class's dollars at each grid point, divided by `trade` (NaN everywhere when trade is 0). */
	shares(trade: number): ShareSeries {
		const series = {} as ShareSeries;
		for (const name of CLASS_NAMES) {
			const values = new Array<number>(this.points);
			const before = this.before[name];
			const from = this.from[name];
			let later = 0; // Σ before[c] for c > g
			for (let g = this.points - 1; g >= 0; g--) {
				later += before[g + 1];
				values[g] = later;
			}
			let earlier = 0; // Σ from[c] for c ≤ g
			for (let g = 0; g < this.points; g++) {
				earlier += from[g];
				values[g] = trade > 0 ? (values[g] + earlier) / trade : NaN;
			}
			series[name] = values;
		}
		return series;
	}
}

/**
 * Class shares of the selection's trade over the α and θ grids, exactly as classifyKeys would
 * split them (imports valued FOB where reported when that is on).
 */
export function thresholdSensitivity(
	readKeys: TradeKeys,
	settings: ClassifySettings,
	selection: Selection
): SensitivityResult {
	validateClassifySettings(settings);
	const keys = keysValuedAs(readKeys, settings);
	const { alpha, theta, cifFobFactor } = settings;
	const alphas = [...SENSITIVITY_ALPHAS];
	const thetas = [...SENSITIVITY_THETAS];
	const thetaGrid = Float64Array.from(thetas);
	const ghmBands = gridBands(alphas, ghmBounds);
	const ffBands = gridBands(alphas, ffBounds);
	const ffAtAlpha = ffBounds(alpha);
	const ghm = new GridTally(alphas.length);
	const ffByAlpha = new GridTally(alphas.length);
	const ffByTheta = new GridTally(thetas.length);
	const inSelection = selectionFilter(keys, selection);
	let trade = 0;

	for (let k = 0; k < keys.count; k++) {
		if (!inSelection(k)) continue;
		const x = keys.exports[k];
		const m = keys.imports[k];
		const r = keyRatio(keys, k, cifFobFactor);
		trade += x + m;

		// GHM: the imbalance is one-way at every α; the overlap follows R.
		ghm.from.oneWay[0] += Math.abs(x - m);
		ghm.addByRatio(2 * Math.min(x, m), r, ghmBands);

		// FF over α: θ is fixed, so the two-way test is the same at every point.
		if (isTwoWay(x, m, theta)) ffByAlpha.addByRatio(x + m, r, ffBands);
		else ffByAlpha.from.oneWay[0] += x + m;

		// FF over θ: α is fixed, so the class is fixed; two-way (min/max > θ, as isTwoWay) on
		// the first points, one-way after.
		const twoWay = countBelow(twoWayRatio(x, m), thetaGrid);
		const name = SPLIT_FIELD[ratioClass(r, ffAtAlpha.lo, ffAtAlpha.hi)];
		ffByTheta.before[name][twoWay] += x + m;
		ffByTheta.from.oneWay[twoWay] += x + m;
	}

	return {
		alphas,
		ghmByAlpha: ghm.shares(trade),
		ffByAlpha: ffByAlpha.shares(trade),
		thetas,
		ffByTheta: ffByTheta.shares(trade),
		trade
	};
}
