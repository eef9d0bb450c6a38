import { sectorIndexOfProduct } from './codes/sectors';
import {
	SECTOR_IDS,
	type Cell,
	type ClassSplit,
	type ClassifySettings,
	type TradeKeys
} from './types';

/** A quantity that can divide a value: present, finite and positive (METHODS 1.2). */
function isUsableQuantity(q: number): boolean {
	return Number.isFinite(q) && q > 0;
}

/** R = (X / qX) / (M / qM) in exactly this order; NaN when undefined (METHODS 1.2). */
export function unitValueRatio(
	x: number,
	qx: number,
	m: number,
	qm: number,
	cifFobFactor = 1
): number {
	if (!isUsableQuantity(qx) || !isUsableQuantity(qm)) return NaN;
	// The factor-1 branch keeps R bit-identical to the formula in METHODS 1.2.
	if (cifFobFactor === 1) return x / qx / (m / qm);
	return x / qx / (m / cifFobFactor / qm);
}

/** A ClassSplit with every class at zero. */
export function emptySplit(): ClassSplit {
	return { oneWay: 0, hiit: 0, viitSup: 0, viitInf: 0, unclassified: 0 };
}

/**
 * Adds `amount` to the class R falls in, bounds inclusive: HIIT in [lo, hi],
 * VIIT-sup above, VIIT-inf below, unclassified when R is NaN.
 */
function addByRatio(amount: number, r: number, lo: number, hi: number, into: ClassSplit): void {
	if (Number.isNaN(r)) into.unclassified += amount;
	else if (r > hi) into.viitSup += amount;
	else if (r < lo) into.viitInf += amount;
	else into.hiit += amount;
}

/** GHM (METHODS 2.1): adds |X − M| to one-way and the overlap 2·min(X, M) to the class of R. */
export function ghmSplit(x: number, m: number, r: number, alpha: number, into: ClassSplit): void {
	into.oneWay += Math.abs(x - m);
	addByRatio(2 * Math.min(x, m), r, 1 - alpha, 1 + alpha, into);
}

/** FF two-way test (METHODS 2.2): min/max strictly above θ; one flow at zero is one-way. */
export function isTwoWay(x: number, m: number, theta: number): boolean {
	return Math.min(x, m) / Math.max(x, m) > theta;
}

/** FF (METHODS 2.2): adds the whole X + M to one-way, or to the two-way class of R. */
export function ffSplit(
	x: number,
	m: number,
	r: number,
	alpha: number,
	theta: number,
	into: ClassSplit
): void {
	const trade = x + m;
	if (!isTwoWay(x, m, theta)) into.oneWay += trade;
	else addByRatio(trade, r, 1 / (1 + alpha), 1 + alpha, into);
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

/** Every key classified by GHM and FF and summed into cells (year × reporter × partner × sector). */
export function classifyKeys(keys: TradeKeys, settings: ClassifySettings): Cell[] {
	validateClassifySettings(settings);
	const { alpha, theta, cifFobFactor } = settings;
	const cells = new Map<number, Cell>();
	// Keys of one cell usually come together: remembering the last cell skips most Map lookups.
	let lastNumber = -1;
	let last: Cell | undefined;

	for (let k = 0; k < keys.count; k++) {
		const x = keys.exports[k];
		const m = keys.imports[k];
		if (x + m === 0) continue; // METHODS 2: keys with T = 0 are ignored
		const sector = sectorIndexOfProduct(keys.product[k]);
		if (sector < 0) continue; // the read path never produces these; skipping keeps cells well-formed

		const number = cellNumber(keys.year[k], keys.reporter[k], keys.partner[k], sector);
		if (number !== lastNumber || last === undefined) {
			last = cells.get(number) ?? newCell(cells, number, keys, k, sector);
			lastNumber = number;
		}

		const r = keyRatio(keys, k, cifFobFactor);
		last.trade += x + m;
		ghmSplit(x, m, r, alpha, last.ghm);
		ffSplit(x, m, r, alpha, theta, last.ff);
	}

	return [...cells.values()].sort(compareCells);
}

/** R of key k; NaN when the two quantities are missing or in different units. */
function keyRatio(keys: TradeKeys, k: number, cifFobFactor: number): number {
	const unit = keys.exportUnit[k];
	if (unit === -1 || unit !== keys.importUnit[k]) return NaN;
	return unitValueRatio(
		keys.exports[k],
		keys.exportQty[k],
		keys.imports[k],
		keys.importQty[k],
		cifFobFactor
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
		ghm: emptySplit(),
		ff: emptySplit()
	};
	cells.set(number, cell);
	return cell;
}
