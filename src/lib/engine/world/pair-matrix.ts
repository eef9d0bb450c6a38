/**
 * The pair matrix of an all-pairs (world) read: for every ordered pair (a, b), a's view of its
 * trade with b split by GHM and FF (METHODS 2). Compact: one Float64Array of n × n per class,
 * no object per key or per pair, so a BACI year of ~9 M keys is summed in one pass.
 */
import { ffSplit, ghmSplit, keyRatio, validateClassifySettings } from '../classify/classify';
import { MIN_YEAR } from '../read/accumulate';
import { sectorIndexOfProduct } from '../codes/sectors';
import type { ClassSplit, ClassifySettings, TradeKeys } from '../model/types';
import { otherSideView } from './side-view';

/** The classes of a split, in ClassSplit order. */
export const SPLIT_CLASSES = ['oneWay', 'hiit', 'viitSup', 'viitInf', 'unclassified'] as const;

/** One n × n matrix per class of a method: entry [a·n + b] is a's view of its trade with b. */
export type ClassMatrices = Record<keyof ClassSplit, Float64Array>;

/**
 * Every pair's trade by class, from both sides. Countries are ranked by their total trade
 * (largest first), so the top N countries are the first N rows and columns.
 */
export interface PairMatrix {
	/** Country ids by total trade, largest first; only countries with trade. */
	countries: string[];
	n: number;
	/** Each country's trade with all others (Σ of its row of `trade`). */
	countryTrade: Float64Array;
	/** n × n, symmetric: [a·n + b] = [b·n + a] = the pair's X + M. Zero on the diagonal. */
	trade: Float64Array;
	/** GHM and FF classes from each side: [a·n + b] is a's view; the classes add up to `trade`. */
	ghm: ClassMatrices;
	ff: ClassMatrices;
	/** Σ (X + M) over the keys summed: each pair counted once (half of Σ `trade`). */
	totalTrade: number;
	/** Every year of the keys (whatever the year asked for), ascending. */
	years: number[];
	/** The year summed, or null for all years together. */
	year: number | null;
}

/** Which keys a matrix sums. */
export interface PairMatrixOptions {
	/** Only this year's keys; null or absent: every year summed. */
	year?: number | null;
}

/** Five n × n matrices, one per class. */
function classMatrices(size: number): ClassMatrices {
	return {
		oneWay: new Float64Array(size),
		hiit: new Float64Array(size),
		viitSup: new Float64Array(size),
		viitInf: new Float64Array(size),
		unclassified: new Float64Array(size),
		outlier: new Float64Array(size)
	};
}

/** Adds a split into the matrices at `at` and zeroes it for the next pair. */
function flushSplit(split: ClassSplit, into: ClassMatrices, at: number): void {
	for (const name of SPLIT_CLASSES) {
		into[name][at] += split[name];
		split[name] = 0;
	}
}

const zeroSplit = (): ClassSplit => ({
	oneWay: 0,
	hiit: 0,
	viitSup: 0,
	viitInf: 0,
	unclassified: 0,
	outlier: 0
});

/** Sums of one side-by-side pass, indexed by the keys' own country indexes (c × c). */
interface RawSums {
	c: number;
	trade: Float64Array;
	ghm: ClassMatrices;
	ff: ClassMatrices;
	totalTrade: number;
	years: number[];
}

/**
 * One pass over the keys: each key is classified from the reporter's view (the keys) and from
 * the partner's view (the swapped keys), each with its own R, and summed per ordered pair.
 */
function sumPairs(keys: TradeKeys, settings: ClassifySettings, year: number | null): RawSums {
	const { alpha, theta, cifFobFactor } = settings;
	const c = keys.countries.length;
	const sums: RawSums = {
		c,
		trade: new Float64Array(c * c),
		ghm: classMatrices(c * c),
		ff: classMatrices(c * c),
		totalTrade: 0,
		years: []
	};
	const other = otherSideView(keys);
	const seenYears = new Uint8Array(256);
	// Keys of one pair mostly come together (BACI is sorted by year, exporter, importer): the
	// splits of the current pair are summed in four objects and flushed when the pair changes.
	const ghmOwn = zeroSplit();
	const ffOwn = zeroSplit();
	const ghmOther = zeroSplit();
	const ffOther = zeroSplit();
	let pairTrade = 0;
	let own = -1; // reporter·c + partner of the current pair
	let mirrored = -1; // partner·c + reporter
	const flush = () => {
		if (own < 0) return;
		sums.trade[own] += pairTrade;
		sums.trade[mirrored] += pairTrade;
		pairTrade = 0;
		flushSplit(ghmOwn, sums.ghm, own);
		flushSplit(ffOwn, sums.ff, own);
		flushSplit(ghmOther, sums.ghm, mirrored);
		flushSplit(ffOther, sums.ff, mirrored);
	};

	for (let k = 0; k < keys.count; k++) {
		const keyYear = keys.year[k];
		seenYears[keyYear - MIN_YEAR] = 1;
		if (year !== null && keyYear !== year) continue;
		const x = keys.exports[k];
		const m = keys.imports[k];
		if (x + m === 0) continue; // METHODS 2: keys with T = 0 are ignored
		// As in classifyKeys: a product without a sector (chapter 00) is in no cell, so in no pair.
		if (sectorIndexOfProduct(keys.product[k]) < 0) continue;
		const reporter = keys.reporter[k];
		const partner = keys.partner[k];
		const pair = reporter * c + partner;
		if (pair !== own) {
			flush();
			own = pair;
			mirrored = partner * c + reporter;
		}
		const ownRatio = keyRatio(keys, k, cifFobFactor);
		const otherRatio = keyRatio(other, k, cifFobFactor);
		pairTrade += x + m;
		sums.totalTrade += x + m;
		ghmSplit(x, m, ownRatio, alpha, ghmOwn);
		ffSplit(x, m, ownRatio, alpha, theta, ffOwn);
		ghmSplit(m, x, otherRatio, alpha, ghmOther);
		ffSplit(m, x, otherRatio, alpha, theta, ffOther);
	}
	flush();
	seenYears.forEach((seen, offset) => {
		if (seen) sums.years.push(MIN_YEAR + offset);
	});
	return sums;
}

/**
 * The pair matrix of an all-pairs read (`readTradeFiles` with `allPairs`), classified with
 * `settings`. Every pair's classes add up to its trade from either side, and Σ over pairs of the
 * trade is Σ (X + M) over the keys. Throws a RangeError for settings out of range.
 */
export function pairMatrix(
	keys: TradeKeys,
	settings: ClassifySettings,
	options: PairMatrixOptions = {}
): PairMatrix {
	validateClassifySettings(settings);
	const year = options.year ?? null;
	const raw = sumPairs(keys, settings, year);
	const { c } = raw;

	// Rank the countries with trade by their total, largest first (ties by id, for a stable order).
	const totals = new Float64Array(c);
	for (let a = 0; a < c; a++) {
		let sum = 0;
		for (let b = 0; b < c; b++) sum += raw.trade[a * c + b];
		totals[a] = sum;
	}
	const ranked = [...totals.keys()]
		.filter((a) => totals[a] > 0)
		.sort((a, b) => totals[b] - totals[a] || compareIds(keys.countries[a], keys.countries[b]));
	const n = ranked.length;

	const permute = (from: Float64Array): Float64Array => {
		const to = new Float64Array(n * n);
		for (let a = 0; a < n; a++) {
			const row = ranked[a] * c;
			for (let b = 0; b < n; b++) to[a * n + b] = from[row + ranked[b]];
		}
		return to;
	};
	const permuteClasses = (from: ClassMatrices): ClassMatrices => ({
		oneWay: permute(from.oneWay),
		hiit: permute(from.hiit),
		viitSup: permute(from.viitSup),
		viitInf: permute(from.viitInf),
		unclassified: permute(from.unclassified),
		outlier: permute(from.outlier)
	});

	return {
		countries: ranked.map((a) => keys.countries[a]),
		n,
		countryTrade: Float64Array.from(ranked, (a) => totals[a]),
		trade: permute(raw.trade),
		ghm: permuteClasses(raw.ghm),
		ff: permuteClasses(raw.ff),
		totalTrade: raw.totalTrade,
		years: raw.years,
		year
	};
}

function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
