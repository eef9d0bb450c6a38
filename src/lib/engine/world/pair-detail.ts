/**
 * One pair of an all-pairs read in detail: its trade by year and sector, seen from each side,
 * split by GHM and FF, with the Grubel–Lloyd index. A pair has at most 15 sectors × its years
 * of rows, so plain objects are fine here.
 */
import {
	emptySplit,
	ffSplit,
	ghmSplit,
	keyRatio,
	validateClassifySettings
} from '../classify/classify';
import { sectorIndexOfProduct } from '../codes/sectors';
import {
	SECTOR_IDS,
	type ClassSplit,
	type ClassifySettings,
	type SectorId,
	type TradeKeys
} from '../model/types';
import { otherSideView } from './side-view';

/** One side's view of some trade of the pair: both methods' splits (each adds up to the trade). */
export interface PairSide {
	ghm: ClassSplit;
	ff: ClassSplit;
}

/** The pair's figures over some of its keys. */
export interface PairFigures {
	/** Σ (X + M), the same from both sides. */
	trade: number;
	/** Σ 2·min(X, M): GHM's IIT, the same from both sides. */
	overlap: number;
	/** Grubel–Lloyd: overlap / trade (NaN without trade). */
	gl: number;
	/** [first country's view, second country's view], in the order the pair was asked for. */
	sides: [PairSide, PairSide];
}

/** The pair's figures in one year (all sectors). */
export interface PairYear extends PairFigures {
	year: number;
}

/** The pair's figures in one year and sector. */
export interface PairDetailRow extends PairYear {
	sector: SectorId;
}

/** A pair's trade by year and sector, from both sides. */
export interface PairDetail {
	/** The two country ids, in the order asked: sides[0] is the first one's view. */
	countries: [string, string];
	/** Years with trade between the two, ascending. */
	years: number[];
	/** By year, then sector in SECTOR_IDS order; only year–sector combinations with trade. */
	rows: PairDetailRow[];
	/** Every year and sector together. */
	total: PairFigures;
	/** Each year, all sectors together, in `years` order. */
	byYear: PairYear[];
}

function emptyFigures(): PairFigures {
	return {
		trade: 0,
		overlap: 0,
		gl: NaN,
		sides: [
			{ ghm: emptySplit(), ff: emptySplit() },
			{ ghm: emptySplit(), ff: emptySplit() }
		]
	};
}

/** Adds one key seen from both sides: (x, m, r) is the first country's view, (m, x, rOther) the second's. */
function addKey(
	into: PairFigures,
	x: number,
	m: number,
	r: number,
	rOther: number,
	settings: ClassifySettings
): void {
	const { alpha, theta } = settings;
	into.trade += x + m;
	into.overlap += 2 * Math.min(x, m);
	ghmSplit(x, m, r, alpha, into.sides[0].ghm);
	ffSplit(x, m, r, alpha, theta, into.sides[0].ff);
	ghmSplit(m, x, rOther, alpha, into.sides[1].ghm);
	ffSplit(m, x, rOther, alpha, theta, into.sides[1].ff);
}

/**
 * The trade of countries `first` and `second` (ids as in keys.countries) by year and sector,
 * from each one's own side, classified with `settings`. Keys held under either country as the
 * reporter count. Throws a RangeError for an unknown country or settings out of range.
 */
export function pairDetail(
	keys: TradeKeys,
	first: string,
	second: string,
	settings: ClassifySettings
): PairDetail {
	validateClassifySettings(settings);
	const a = keys.countries.indexOf(first);
	const b = keys.countries.indexOf(second);
	if (a < 0 || b < 0) throw new RangeError(`unknown country: ${a < 0 ? first : second}`);
	const other = otherSideView(keys);
	const cells = new Map<number, PairDetailRow>();
	const total = emptyFigures();

	for (let k = 0; k < keys.count; k++) {
		const reporter = keys.reporter[k];
		const partner = keys.partner[k];
		const firstReports = reporter === a && partner === b;
		if (!firstReports && !(reporter === b && partner === a)) continue;
		const x = keys.exports[k];
		const m = keys.imports[k];
		if (x + m === 0) continue;
		const sector = sectorIndexOfProduct(keys.product[k]);
		if (sector < 0) continue;
		const year = keys.year[k];
		const id = year * 16 + sector;
		let row = cells.get(id);
		if (!row) {
			row = { ...emptyFigures(), year, sector: SECTOR_IDS[sector] };
			cells.set(id, row);
		}
		const own = keyRatio(keys, k, settings.cifFobFactor);
		const swapped = keyRatio(other, k, settings.cifFobFactor);
		// The first country's view: the keys as held when it is the reporter, else the swapped keys.
		const [fx, fm, fr, sr] = firstReports ? [x, m, own, swapped] : [m, x, swapped, own];
		addKey(row, fx, fm, fr, sr, settings);
		addKey(total, fx, fm, fr, sr, settings);
	}

	const rows = [...cells.entries()].sort(([p], [q]) => p - q).map(([, row]) => row);
	const years = [...new Set(rows.map((row) => row.year))];
	const byYear = years.map((year) => yearTotal(year, rows));
	for (const figures of [total, ...rows, ...byYear]) {
		figures.gl = figures.trade > 0 ? figures.overlap / figures.trade : NaN;
	}
	return { countries: [first, second], years, rows, total, byYear };
}

/** A year's rows summed (all sectors). */
function yearTotal(year: number, rows: PairDetailRow[]): PairYear {
	const sum: PairYear = { ...emptyFigures(), year };
	for (const row of rows) {
		if (row.year !== year) continue;
		sum.trade += row.trade;
		sum.overlap += row.overlap;
		for (const side of [0, 1] as const) {
			addSplit(row.sides[side].ghm, sum.sides[side].ghm);
			addSplit(row.sides[side].ff, sum.sides[side].ff);
		}
	}
	return sum;
}

function addSplit(from: ClassSplit, into: ClassSplit): void {
	into.oneWay += from.oneWay;
	into.hiit += from.hiit;
	into.viitSup += from.viitSup;
	into.viitInf += from.viitInf;
	into.unclassified += from.unclassified;
}
