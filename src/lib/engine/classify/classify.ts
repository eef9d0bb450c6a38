import { sectorIndexOfProduct } from '../codes/sectors';
import { keysAtLevel } from './aggregate-level';
import { fobValuedImports, keysValuedAs } from './fob-valuation';
import { screenUnitValues, validateUvScreen } from './uv-screen';
import { productInMask, productMask } from './key-filter';
import type { KeyClass } from '../model/queries';
import { ALL_PRODUCTS, type ProductScope } from '../model/selection';
import {
	SECTOR_IDS,
	type Cell,
	type ClassSplit,
	type ClassifySettings,
	type QualitySums,
	type TradeKeys
} from '../model/types';

/** A quantity that can divide a value: present, finite and positive (METHODS 1.2). */
function isUsableQuantity(q: number): boolean {
	return Number.isFinite(q) && q > 0;
}

/** A unit value value / quantity; NaN when the quantity is missing, zero, negative or infinite. */
export function unitValue(value: number, quantity: number): number {
	return isUsableQuantity(quantity) ? value / quantity : NaN;
}

/**
 * R = (X / qX) / (M / qM) in exactly this order; NaN when undefined (METHODS 1.2). The CIF/FOB
 * factor divides the imports except `fobPart`, the part already valued FOB ("FOB where reported",
 * METHODS 7.2): UVm = (fobPart + (M − fobPart) / factor) / qM.
 */
export function unitValueRatio(
	x: number,
	qx: number,
	m: number,
	qm: number,
	cifFobFactor = 1,
	fobPart = 0
): number {
	if (!isUsableQuantity(qx) || !isUsableQuantity(qm)) return NaN;
	// The factor-1 branch keeps R bit-identical to the formula in METHODS 1.2.
	if (cifFobFactor === 1) return x / qx / (m / qm);
	if (fobPart === 0) return x / qx / (m / cifFobFactor / qm);
	return x / qx / ((fobPart + (m - fobPart) / cifFobFactor) / qm);
}

/** A ClassSplit with every class at zero. */
export function emptySplit(): ClassSplit {
	return { oneWay: 0, hiit: 0, viitSup: 0, viitInf: 0, unclassified: 0, outlier: 0 };
}

/** The HIIT band of R for one method: [lo, hi], bounds inclusive. */
export interface RatioBounds {
	lo: number;
	hi: number;
}

// The bounds as numbers, written once: the splits use them directly (no object per key).
const bandHigh = (alpha: number) => 1 + alpha;
const ghmLow = (alpha: number) => 1 - alpha;
const ffLow = (alpha: number) => 1 / (1 + alpha);

/** GHM band (METHODS 2.1): lo = 1 − α, hi = 1 + α. */
export function ghmBounds(alpha: number): RatioBounds {
	return { lo: ghmLow(alpha), hi: bandHigh(alpha) };
}

/** FF band (METHODS 2.2): lo = 1 / (1 + α), hi = 1 + α. */
export function ffBounds(alpha: number): RatioBounds {
	return { lo: ffLow(alpha), hi: bandHigh(alpha) };
}

/**
 * The class R falls in, bounds inclusive: HIIT in [lo, hi], VIIT-sup above, VIIT-inf below,
 * unclassified when R is NaN. The one place the comparison is written: cells, the drill-down
 * and the sensitivity grids all go through it.
 */
export function ratioClass(r: number, lo: number, hi: number): KeyClass {
	if (Number.isNaN(r)) return 'unclassified';
	if (r > hi) return 'viit-sup';
	if (r < lo) return 'viit-inf';
	return 'hiit';
}

/** The ClassSplit field each KeyClass adds to. */
export const SPLIT_FIELD: Readonly<Record<KeyClass, keyof ClassSplit>> = {
	'one-way': 'oneWay',
	hiit: 'hiit',
	'viit-sup': 'viitSup',
	'viit-inf': 'viitInf',
	unclassified: 'unclassified',
	outlier: 'outlier'
};

/** Adds `amount` to the field of class `cls` (a switch, not SPLIT_FIELD: this runs once per key). */
export function addToClass(cls: KeyClass, amount: number, into: ClassSplit): void {
	switch (cls) {
		case 'one-way':
			into.oneWay += amount;
			break;
		case 'hiit':
			into.hiit += amount;
			break;
		case 'viit-sup':
			into.viitSup += amount;
			break;
		case 'viit-inf':
			into.viitInf += amount;
			break;
		case 'unclassified':
			into.unclassified += amount;
			break;
		case 'outlier':
			into.outlier += amount;
			break;
	}
}

/**
 * The class of R, or `outlier` when R is defined but the unit-value screen flagged one of the
 * key's flows (METHODS 7.1: R is then undefined by the screen, reported apart).
 */
function screenedClass(r: number, screened: boolean, lo: number, hi: number): KeyClass {
	return screened && !Number.isNaN(r) ? 'outlier' : ratioClass(r, lo, hi);
}

/** GHM (METHODS 2.1): adds |X − M| to one-way and the overlap 2·min(X, M) to the class of R. */
export function ghmSplit(
	x: number,
	m: number,
	r: number,
	alpha: number,
	into: ClassSplit,
	screened = false
): void {
	into.oneWay += Math.abs(x - m);
	addToClass(screenedClass(r, screened, ghmLow(alpha), bandHigh(alpha)), 2 * Math.min(x, m), into);
}

/** min(X, M) / max(X, M): the overlap ratio the FF two-way test compares with θ. */
export function twoWayRatio(x: number, m: number): number {
	return Math.min(x, m) / Math.max(x, m);
}

/** FF two-way test (METHODS 2.2): min/max strictly above θ; one flow at zero is one-way. */
export function isTwoWay(x: number, m: number, theta: number): boolean {
	return twoWayRatio(x, m) > theta;
}

/** FF (METHODS 2.2): adds the whole X + M to one-way, or to the two-way class of R. */
export function ffSplit(
	x: number,
	m: number,
	r: number,
	alpha: number,
	theta: number,
	into: ClassSplit,
	screened = false
): void {
	const trade = x + m;
	if (!isTwoWay(x, m, theta)) into.oneWay += trade;
	else addToClass(screenedClass(r, screened, ffLow(alpha), bandHigh(alpha)), trade, into);
}

/** The GHM class of a key's overlap and its FF class (one-way when X or M is 0), as the splits count them. */
export function keyClasses(
	x: number,
	m: number,
	r: number,
	settings: Pick<ClassifySettings, 'alpha' | 'theta'>,
	screened = false
): { ghm: KeyClass; ff: KeyClass } {
	const { alpha, theta } = settings;
	const ghm = ghmBounds(alpha);
	const ff = ffBounds(alpha);
	return {
		ghm: Math.min(x, m) > 0 ? screenedClass(r, screened, ghm.lo, ghm.hi) : 'one-way',
		ff: isTwoWay(x, m, theta) ? screenedClass(r, screened, ff.lo, ff.hi) : 'one-way'
	};
}

/** Throws a RangeError unless α ∈ (0, 1), θ ∈ [0, 1) and the CIF/FOB factor is finite and positive. */
export function validateClassifySettings(settings: ClassifySettings): void {
	const { alpha, theta, cifFobFactor } = settings;
	// Written as negated ranges so NaN fails every check.
	if (!(alpha > 0 && alpha < 1)) {
		throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
	}
	if (!(theta >= 0 && theta < 1)) {
		throw new RangeError(`theta must be in [0, 1), got ${theta}`);
	}
	if (!(cifFobFactor > 0 && Number.isFinite(cifFobFactor))) {
		throw new RangeError(`cifFobFactor must be a finite number > 0, got ${cifFobFactor}`);
	}
	if (settings.uvScreen) validateUvScreen(settings.uvScreen);
	const editions = settings.hsEditions;
	if (editions !== undefined && editions !== 'convert' && editions !== 'off') {
		throw new RangeError(`hsEditions must be 'convert' or 'off', got ${String(editions)}`);
	}
}

/**
 * The keys with imports valued as the settings say (FOB where reported) and summed at their
 * product level (HS4): what T, X and M of every figure are taken from, screen or not.
 */
export function keysValuedAtLevel(keys: TradeKeys, settings: ClassifySettings): TradeKeys {
	return keysAtLevel(keysValuedAs(keys, settings), settings.level ?? 'hs6');
}

/**
 * The keys as classification sees them under the settings' options (METHODS 7): imports valued
 * FOB where reported (first, so that the sums and unit values below use those values), summed to
 * the level classified, with each key's unit-value screen flags (null without the screen; the
 * screen compares the import unit values of these very imports, without the CIF/FOB factor).
 */
export function keysForClassification(
	keys: TradeKeys,
	settings: ClassifySettings
): { keys: TradeKeys; screened: Uint8Array | null } {
	const atLevel = keysValuedAtLevel(keys, settings);
	const screen = settings.uvScreen;
	return { keys: atLevel, screened: screen ? screenUnitValues(atLevel, screen) : null };
}

/** One number per (year, reporter, partner, sector): fits in 52 bits, so it is exact in a double. */
function cellNumber(year: number, reporter: number, partner: number, sector: number): number {
	return ((year * 65536 + reporter) * 65536 + partner) * 16 + sector;
}

/** Orders cells by year, reporter id, partner id, then sector in SECTOR_IDS order. */
function compareCells(a: Cell, b: Cell): number {
	if (a.year !== b.year) return a.year - b.year;
	if (a.reporter !== b.reporter) return a.reporter < b.reporter ? -1 : 1;
	if (a.partner !== b.partner) return a.partner < b.partner ? -1 : 1;
	return SECTOR_IDS.indexOf(a.sector) - SECTOR_IDS.indexOf(b.sector);
}

/**
 * Every key classified by GHM and FF and summed into cells (year × reporter × partner × sector),
 * keeping only products in `scope`; each cell also gets the sums of the relative quality index.
 */
export function classifyKeys(
	readKeys: TradeKeys,
	settings: ClassifySettings,
	scope: ProductScope = ALL_PRODUCTS
): Cell[] {
	validateClassifySettings(settings);
	const { alpha, theta, cifFobFactor } = settings;
	const { keys, screened } = keysForClassification(readKeys, settings);
	const inScope = productMask(scope);
	const cells = new Map<number, Cell>();
	// Keys of one cell usually come together: remembering the last cell skips most Map lookups.
	let lastNumber = -1;
	let last: Cell | undefined;

	for (let k = 0; k < keys.count; k++) {
		const x = keys.exports[k];
		const m = keys.imports[k];
		if (x + m === 0) continue; // METHODS 2: keys with T = 0 are ignored
		const product = keys.product[k];
		const sector = sectorIndexOfProduct(product);
		// Chapter 00 has no sector (the read path never produces it); skipping keeps cells well-formed.
		if (sector < 0 || !productInMask(inScope, product)) continue;

		const number = cellNumber(keys.year[k], keys.reporter[k], keys.partner[k], sector);
		if (number !== lastNumber || last === undefined) {
			last = cells.get(number) ?? newCell(cells, number, keys, k, sector);
			lastNumber = number;
		}

		const r = keyRatio(keys, k, cifFobFactor);
		const isScreened = screened !== null && screened[k] !== 0;
		last.trade += x + m;
		last.exports += x;
		last.imports += m;
		ghmSplit(x, m, r, alpha, last.ghm, isScreened);
		ffSplit(x, m, r, alpha, theta, last.ff, isScreened);
		// The quality index leaves a screened key out as it leaves out an undefined R.
		addQuality(x, m, isScreened ? NaN : r, last.quality);
	}

	return [...cells.values()].sort(compareCells);
}

/** Adds a two-way key with a finite, positive R to the quality sums, weighted by T (Cell.quality). */
export function addQuality(x: number, m: number, r: number, into: QualitySums): void {
	// Written so that NaN (undefined R, different units) fails the test and is not counted.
	if (!(x > 0 && m > 0 && r > 0 && r < Infinity)) return;
	const trade = x + m;
	const ln = Math.log(r);
	into.weight += trade;
	into.sum += trade * ln;
	into.sumSq += trade * ln * ln;
}

/**
 * R of key k as classification uses it; NaN when the quantities are missing or in different units.
 * The CIF/FOB factor spares the imports the keys value FOB (TradeKeys.fobValued).
 */
export function keyRatio(keys: TradeKeys, k: number, cifFobFactor: number): number {
	const unit = keys.exportUnit[k];
	if (unit === -1 || unit !== keys.importUnit[k]) return NaN;
	return unitValueRatio(
		keys.exports[k],
		keys.exportQty[k],
		keys.imports[k],
		keys.importQty[k],
		cifFobFactor,
		fobValuedImports(keys, k)
	);
}

/** Creates the cell of key k, registers it under `number` and returns it. */
function newCell(
	cells: Map<number, Cell>,
	number: number,
	keys: TradeKeys,
	k: number,
	sector: number
): Cell {
	const cell: Cell = {
		year: keys.year[k],
		reporter: keys.countries[keys.reporter[k]],
		partner: keys.countries[keys.partner[k]],
		sector: SECTOR_IDS[sector],
		trade: 0,
		exports: 0,
		imports: 0,
		ghm: emptySplit(),
		ff: emptySplit(),
		quality: { weight: 0, sum: 0, sumSq: 0 }
	};
	cells.set(number, cell);
	return cell;
}
