/**
 * The cells a short link carries for one view: summed over what the view does not show (sectors
 * for the partner views, partners for the sector table) and with the columns it never reads set to
 * zero (for the quick check, also the method it does not show), so the link is a fraction of the full one. A reduction is kept only when the view's figures
 * computed from it are bit for bit the sender's (floating-point sums depend on their order, so this
 * is checked, not assumed); otherwise the next, smaller reduction is tried, down to the cells as they are.
 */
import type { Dimension } from '../model/selection';
import { type Cell, type ClassSplit, SECTOR_IDS } from '../model/types';
import { quickCheck } from '../views/quick-check';
import { selectionSums, sumsByRow, type Method, type ViewFilter } from '../views/tables';

/** The views a link can be cut down to; every other view travels only in the full link. */
export const SHARED_VIEWS = ['quickcheck', 'partners', 'sectors'] as const;
export type SharedView = (typeof SHARED_VIEWS)[number];

/** Whether a view id is one a short link can carry. */
export function isSharedView(id: string): id is SharedView {
	return (SHARED_VIEWS as readonly string[]).includes(id);
}

/** What the view shows, for the sender's check. */
export interface ViewOnScreen {
	view: SharedView;
	filter: ViewFilter;
	/** The rows of the partner table (countries or groups); the others use their own. */
	dimension: Dimension;
	/** The method the quick check shows: its link carries that method's split alone. */
	method: Method;
}

const SECTOR_ROWS: Dimension = { kind: 'sector' };

/** Cells summed per (partner, year) or (sector, year), in the order the cells first reach each. */
function summedOver(cells: readonly Cell[], over: 'sector' | 'partner'): Cell[] {
	const sums = new Map<string, Cell>();
	for (const cell of cells) {
		const id = `${cell.year}|${over === 'sector' ? cell.partner : cell.sector}`;
		const sum = sums.get(id);
		if (sum) addCell(sum, cell);
		else sums.set(id, copyOf(cell));
	}
	return [...sums.values()];
}

/** A cell's copy (its first sum: 0 + x is x, so the view's sums see the same numbers). */
function copyOf(cell: Cell): Cell {
	return { ...cell, ghm: { ...cell.ghm }, ff: { ...cell.ff }, quality: { ...cell.quality } };
}

/** Adds a cell's amounts in the order the view's own sums do (tables.ts addYear). */
function addCell(into: Cell, from: Cell): void {
	into.trade += from.trade;
	into.exports += from.exports;
	into.imports += from.imports;
	for (const method of ['ghm', 'ff'] as const) {
		const a = into[method];
		const b = from[method];
		a.oneWay += b.oneWay;
		a.hiit += b.hiit;
		a.viitSup += b.viitSup;
		a.viitInf += b.viitInf;
		a.unclassified += b.unclassified;
		a.outlier += b.outlier;
	}
	into.quality.weight += from.quality.weight;
	into.quality.sum += from.quality.sum;
	into.quality.sumSq += from.quality.sumSq;
}

const NO_SPLIT: ClassSplit = {
	oneWay: 0,
	hiit: 0,
	viitSup: 0,
	viitInf: 0,
	unclassified: 0,
	outlier: 0
};

/** Two-way trade with VIIT-sup and VIIT-inf apart: the rest of it counted as HIIT. */
function twoWayOnly(split: ClassSplit): ClassSplit {
	const { hiit, viitSup, viitInf, unclassified, outlier } = split;
	return { ...NO_SPLIT, hiit: hiit + unclassified + outlier, viitSup, viitInf };
}

/**
 * The quick check of one method reads trade, that method's two-way trade and its VIIT-sup and
 * VIIT-inf, the quality weight and Σ ln R: the other method, one-way trade, exports, imports (the
 * GLC) and Σ ln² R (the spread) are zero in its link.
 */
function quickCheckColumns(cell: Cell, method: Method): Cell {
	return {
		...cell,
		exports: 0,
		imports: 0,
		ghm: method === 'ghm' ? twoWayOnly(cell.ghm) : { ...NO_SPLIT },
		ff: method === 'ff' ? twoWayOnly(cell.ff) : { ...NO_SPLIT },
		quality: { ...cell.quality, sumSq: 0 }
	};
}

/**
 * Each partner's cells (one per year once summed over sectors: their sector is whichever came
 * first, which the quick check never reads), in year order.
 */
function cellsByPartner(cells: readonly Cell[]): Cell[][] {
	const byPartner = new Map<string, Cell[]>();
	for (const cell of [...cells].sort((a, b) => a.year - b.year)) {
		const list = byPartner.get(cell.partner);
		if (list) list.push(cell);
		else byPartner.set(cell.partner, [cell]);
	}
	return [...byPartner.values()];
}

/**
 * The quick check reads each year's two-way trade (its IIT trend) but VIIT-sup and VIIT-inf over
 * the whole period only. So each partner's VIIT-sup, then VIIT-inf, fill its two-way trade year
 * after year, the rest of each year as HIIT: most years then carry a zero or two, and every total
 * the view reads is the same sum (whole amounts add exactly; the check decides for the others).
 * Null when the pooled amounts do not fit (rounding): the candidate is then left out.
 */
function verticalPooled(cells: readonly Cell[], method: Method): Cell[] | null {
	const pooled = cells.map((cell) => ({ ...cell, [method]: { ...cell[method] } }));
	for (const years of cellsByPartner(pooled)) {
		let sup = 0;
		let inf = 0;
		for (const cell of years) {
			sup += cell[method].viitSup;
			inf += cell[method].viitInf;
		}
		for (const cell of years) {
			const split = cell[method];
			const twoWay = split.hiit + split.viitSup + split.viitInf;
			split.viitSup = Math.min(sup, twoWay);
			split.viitInf = Math.min(inf, twoWay - split.viitSup);
			split.hiit = twoWay - split.viitSup - split.viitInf;
			sup -= split.viitSup;
			inf -= split.viitInf;
		}
		if (sup !== 0 || inf !== 0) return null;
	}
	return pooled;
}

/**
 * The quick check shows relative quality over the whole period only: each partner's weight and
 * Σ ln R of every year move into its first year's cell, added in year order as the view adds them.
 */
function qualityInFirstYear(cells: readonly Cell[]): Cell[] {
	const moved = cells.map((cell) => ({ ...cell, quality: { ...cell.quality } }));
	for (const [first, ...later] of cellsByPartner(moved)) {
		for (const cell of later) {
			first.quality.weight += cell.quality.weight;
			first.quality.sum += cell.quality.sum;
			cell.quality.weight = 0;
			cell.quality.sum = 0;
		}
	}
	return moved;
}

/**
 * Summed per partner, the whole selection's Σ ln R adds the same numbers in another order, which
 * can move its last bits. One cell per year of no trade with the reporter itself (no table row: it
 * has no trade and no weight) carries that difference, so the selection's sums come out exactly.
 */
function balanced(
	summed: Cell[],
	cells: readonly Cell[],
	filter: ViewFilter,
	spread: 'spread' | 'no spread' = 'spread'
): Cell[] {
	const want = selectionSums(cells, filter);
	const have = selectionSums(summed, filter);
	const extra: Cell[] = [];
	want.forEach((year, i) => {
		const sum = year.quality.sum - have[i].quality.sum;
		// The quick check never reads Σ ln² R: its link leaves the spread out, balance cells too.
		const sumSq = spread === 'spread' ? year.quality.sumSq - have[i].quality.sumSq : 0;
		if (sum === 0 && sumSq === 0) return;
		extra.push({
			year: filter.yearFrom + i,
			reporter: filter.reporter,
			partner: filter.reporter,
			sector: SECTOR_IDS[0],
			trade: 0,
			exports: 0,
			imports: 0,
			ghm: { ...NO_SPLIT },
			ff: { ...NO_SPLIT },
			// Σ ln² R is never negative: the payload refuses it; the check below then fails.
			quality: { weight: 0, sum, sumSq: Math.max(0, sumSq) }
		});
	});
	return [...summed, ...extra];
}

/** Whether two values are equal, numbers bit for bit (NaN equals NaN, 0 is not −0). */
export function sameValues(a: unknown, b: unknown): boolean {
	if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
	if (a instanceof Map || b instanceof Map) {
		if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false;
		return [...a].every(([key, value]) => b.has(key) && sameValues(value, b.get(key)));
	}
	const keysA = Object.keys(a);
	const keysB = Object.keys(b);
	if (keysA.length !== keysB.length) return false;
	return keysA.every(
		(key) => Object.hasOwn(b, key) && sameValues((a as never)[key], (b as never)[key])
	);
}

/**
 * What the view's figures are made of: for the tables, each row's and the selection's sums per
 * year (every figure of a table comes from them alone); for the quick check its figures in its method.
 */
export function viewFigures(cells: readonly Cell[], screen: ViewOnScreen): unknown {
	const { view, filter } = screen;
	if (view === 'quickcheck') return quickCheck(cells, filter, screen.method);
	const dimension = view === 'sectors' ? SECTOR_ROWS : screen.dimension;
	return [sumsByRow(cells, filter, dimension), selectionSums(cells, filter)];
}

/** The candidates, smallest first; the last is the cells as they are (always exact). */
function candidates(cells: readonly Cell[], screen: ViewOnScreen): Cell[][] {
	const { view, filter } = screen;
	if (view === 'sectors') return [summedOver(cells, 'partner'), [...cells]];
	// Groups of partners count a partner only in its member years: the sums per partner keep that.
	const summed = summedOver(cells, 'sector');
	const exact = balanced(summed, cells, filter);
	if (view === 'partners') return [summed, exact, [...cells]];
	const slim = summed.map((cell) => quickCheckColumns(cell, screen.method));
	const pooled = verticalPooled(slim, screen.method);
	const leanest = [pooled, slim].flatMap((option) => (option ? [qualityInFirstYear(option)] : []));
	return [...leanest, slim]
		.flatMap((option) => [option, balanced(option, cells, filter, 'no spread')])
		.concat([exact, [...cells]]);
}

/** The smallest cells whose view figures are exactly the sender's. */
export function cellsForView(cells: readonly Cell[], screen: ViewOnScreen): Cell[] {
	const wanted = viewFigures(cells, screen);
	const options = candidates(cells, screen);
	return (
		options.find((option) => sameValues(viewFigures(option, screen), wanted)) ??
		options[options.length - 1]
	);
}
