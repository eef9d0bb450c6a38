/**
 * World price ranges (METHODS 9): every flow of an all-pairs read ranked against its product's
 * world reference unit value, and its value summed per (year, exporter, importer, sector).
 * Each key holds up to two flows: X = reporter → partner and M = partner → reporter.
 */
import { sectorIndexOfProduct } from '../codes/sectors';
import { SECTOR_IDS, type SectorId, type TradeKeys } from '../model/types';
import { referenceGroups, type FlowGroups } from './price-ranges-reference';

/** The ranges of a flow, in the CSV's column order. */
export const PRICE_RANGES = ['up', 'middle', 'down', 'unranked'] as const;
export type PriceRange = (typeof PRICE_RANGES)[number];

/** Export value (USD) in each range; `value` = up + middle + down + unranked. */
export interface RangeSums {
	value: number;
	up: number;
	middle: number;
	down: number;
	unranked: number;
}

/** The exports of one exporter to one importer in one sector and year, by price range. */
export interface PriceRangeRow extends RangeSums {
	year: number;
	/** Country ids as the keys' `countries` give them (ISO3 for BACI). */
	exporter: string;
	importer: string;
	sector: SectorId;
}

/** Refuses α outside (0, 1), NaN included (the same range as classification's α). */
export function validatePriceAlpha(alpha: number): void {
	if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
}

/**
 * The range of a unit value against its reference: up-market above (1 + α)·ref, down-market
 * below ref / (1 + α), both strictly (the bounds themselves are middle); unranked when either
 * is not a number. One rule for the table and for a pair's detail.
 */
export function priceRangeOf(uv: number, ref: number, alpha: number): PriceRange {
	if (Number.isNaN(uv) || Number.isNaN(ref)) return 'unranked';
	if (uv > (1 + alpha) * ref) return 'up';
	if (uv < ref / (1 + alpha)) return 'down';
	return 'middle';
}

/** Slot of each range in a cell's four sums. */
const SLOT: Record<PriceRange, number> = { up: 0, middle: 1, down: 2, unranked: 3 };
const SECTORS = SECTOR_IDS.length;

/**
 * Each country's rank in code-point order of its id, so that a cell's numeric code sorts as
 * (year, exporter id, importer id, sector).
 */
function countryRanks(countries: string[]): Uint16Array {
	const order = countries.map((_, i) => i).sort((a, b) => compareIds(countries[a], countries[b]));
	const rank = new Uint16Array(countries.length);
	order.forEach((index, r) => (rank[index] = r));
	return rank;
}

function firstYear(keys: TradeKeys): number {
	let year = Infinity;
	for (let k = 0; k < keys.count; k++) if (keys.year[k] < year) year = keys.year[k];
	return year === Infinity ? 0 : year;
}

function lastYear(keys: TradeKeys): number {
	let year = 0;
	for (let k = 0; k < keys.count; k++) if (keys.year[k] > year) year = keys.year[k];
	return year;
}

function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Exports by price range per (year, exporter, importer, sector), sorted so (sectors in
 * SECTOR_IDS order). `groups` may be passed to rank the same keys again at another α without
 * recomputing the medians. Throws a RangeError for α outside (0, 1).
 */
export function priceRanges(
	keys: TradeKeys,
	alpha = 0.15,
	groups: FlowGroups = referenceGroups(keys)
): PriceRangeRow[] {
	validatePriceAlpha(alpha);
	const { ref } = groups.refs;
	const c = keys.countries.length;
	const rank = countryRanks(keys.countries);
	const byRank = new Uint16Array(c);
	rank.forEach((r, index) => (byRank[r] = index));

	// Cells are found by a numeric code, ((year − first) · c + exporter) · c + importer) · 15 +
	// sector, and their four sums kept side by side in one growing array: no object per cell
	// until the rows are made. The code must stay an exact integer (below 2^53).
	const first = firstYear(keys);
	const span = keys.count === 0 ? 0 : lastYear(keys) - first + 1;
	if (span * c * c * c * SECTORS >= Number.MAX_SAFE_INTEGER) {
		throw new RangeError(`too many countries (${c}) and years (${span}) for one price-range table`);
	}
	const cellOf = new Map<number, number>();
	const cellCodes: number[] = [];
	let sums = new Float64Array(4 * 1024);
	const add = (code: number, range: PriceRange, value: number) => {
		let cell = cellOf.get(code);
		if (cell === undefined) {
			cell = cellCodes.length;
			cellOf.set(code, cell);
			cellCodes.push(code);
			if (4 * cell === sums.length) {
				const grown = new Float64Array(2 * sums.length);
				grown.set(sums);
				sums = grown;
			}
		}
		sums[4 * cell + SLOT[range]] += value;
	};

	for (let k = 0; k < keys.count; k++) {
		const sector = sectorIndexOfProduct(keys.product[k]);
		// As in pairMatrix: a product without a sector (chapter 00) is in no cell.
		if (sector < 0) continue;
		const yearBase = (keys.year[k] - first) * c;
		const reporter = rank[keys.reporter[k]];
		const partner = rank[keys.partner[k]];
		const x = keys.exports[k];
		if (x > 0) {
			const g = groups.exportGroup[k];
			const range = g < 0 ? 'unranked' : priceRangeOf(x / keys.exportQty[k], ref[g], alpha);
			add(((yearBase + reporter) * c + partner) * SECTORS + sector, range, x);
		}
		const m = keys.imports[k];
		if (m > 0) {
			const g = groups.importGroup[k];
			const range = g < 0 ? 'unranked' : priceRangeOf(m / keys.importQty[k], ref[g], alpha);
			add(((yearBase + partner) * c + reporter) * SECTORS + sector, range, m);
		}
	}

	const sorted = Float64Array.from(cellCodes).sort();
	const rows: PriceRangeRow[] = new Array(sorted.length);
	for (let i = 0; i < sorted.length; i++) {
		const code = sorted[i];
		const at = 4 * (cellOf.get(code) as number);
		const sector = code % SECTORS;
		const pair = (code - sector) / SECTORS;
		const importer = pair % c;
		const yearExporter = (pair - importer) / c;
		const exporter = yearExporter % c;
		const [up, middle, down, unranked] = sums.subarray(at, at + 4);
		rows[i] = {
			year: first + (yearExporter - exporter) / c,
			exporter: keys.countries[byRank[exporter]],
			importer: keys.countries[byRank[importer]],
			sector: SECTOR_IDS[sector],
			value: up + middle + down + unranked,
			up,
			middle,
			down,
			unranked
		};
	}
	return rows;
}
