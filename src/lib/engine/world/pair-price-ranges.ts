/**
 * One pair's price ranges (METHODS 9), for the pair detail: each direction's exports by year and
 * sector split into up/middle/down/unranked, and the pair's largest flows each with its unit
 * value, the world reference unit value of its product and its range. The references come from
 * the whole read (FlowGroups), not from the pair.
 */
import { sectorIndexOfProduct } from '../codes/sectors';
import { SECTOR_IDS, type SectorId, type TradeKeys } from '../model/types';
import { priceRangeOf, validatePriceAlpha, type PriceRange } from './price-ranges';
import { rangeShares } from './price-ranges-exporters';
import type { FlowGroups } from './price-ranges-reference';
import type { RangeTotals } from './price-ranges-summary';

/** 0: the first country's exports to the second; 1: the second's to the first. */
export type PairDirection = 0 | 1;

/** One direction's exports in one year and sector, by range. */
export interface PairRangeRow extends RangeTotals {
	direction: PairDirection;
	year: number;
	sector: SectorId;
}

/** One flow of the pair (one year, product and direction) against its world reference. */
export interface PairRangeFlow {
	direction: PairDirection;
	year: number;
	/** HS6 as an integer. */
	product: number;
	/** USD. */
	value: number;
	/** NaN without a usable quantity. */
	quantity: number;
	/** The quantity's unit (BACI: t); null without one. */
	unit: string | null;
	/** value / quantity; NaN without a usable quantity. */
	unitValue: number;
	/** The world reference unit value of (year, product, unit); NaN when unranked. */
	reference: number;
	range: PriceRange;
}

export interface PairPriceRanges {
	countries: [string, string];
	alpha: number;
	/** By direction, year, then sector in SECTOR_IDS order. */
	rows: PairRangeRow[];
	/** Each direction's exports over every year and sector. */
	totals: [RangeTotals, RangeTotals];
	/** The `limit` largest flows by value (ties: year, product, direction). */
	flows: PairRangeFlow[];
	/** All the pair's flows, of which `flows` are the largest. */
	flowCount: number;
}

const SLOT: Record<PriceRange, 0 | 1 | 2 | 3> = { up: 0, middle: 1, down: 2, unranked: 3 };

function totalsOf([up, middle, down, unranked]: number[]): RangeTotals {
	const sums = { value: up + middle + down + unranked, up, middle, down, unranked };
	return { ...sums, shares: rangeShares(sums) };
}

/**
 * The price ranges of the trade between `first` and `second` (ids as in keys.countries), ranked
 * at `alpha` against `groups` (referenceGroups of the same keys). Products without a sector are
 * left out, as in priceRanges. Throws a RangeError for an unknown country or α outside (0, 1).
 */
export function pairPriceRanges(
	keys: TradeKeys,
	groups: FlowGroups,
	first: string,
	second: string,
	alpha: number,
	limit = 50
): PairPriceRanges {
	validatePriceAlpha(alpha);
	const a = keys.countries.indexOf(first);
	const b = keys.countries.indexOf(second);
	if (a < 0 || b < 0) throw new RangeError(`unknown country: ${a < 0 ? first : second}`);
	const { ref } = groups.refs;
	const cells = new Map<number, number[]>();
	const total = [
		[0, 0, 0, 0],
		[0, 0, 0, 0]
	];
	const flows: PairRangeFlow[] = [];

	const addFlow = (
		k: number,
		direction: PairDirection,
		value: number,
		quantity: number,
		unit: number,
		group: number,
		sector: number
	) => {
		const usable = group >= 0;
		const unitValue = usable ? value / quantity : NaN;
		const reference = usable ? ref[group] : NaN;
		const range = usable ? priceRangeOf(unitValue, reference, alpha) : 'unranked';
		// One code per (direction, year, sector) that sorts in that order.
		const code = (direction * 65_536 + keys.year[k]) * 16 + sector;
		const sums = cells.get(code) ?? [0, 0, 0, 0];
		sums[SLOT[range]] += value;
		cells.set(code, sums);
		total[direction][SLOT[range]] += value;
		flows.push({
			direction,
			year: keys.year[k],
			product: keys.product[k],
			value,
			quantity: usable ? quantity : NaN,
			unit: unit >= 0 ? keys.units[unit] : null,
			unitValue,
			reference,
			range
		});
	};

	for (let k = 0; k < keys.count; k++) {
		const reporter = keys.reporter[k];
		const partner = keys.partner[k];
		const firstReports = reporter === a && partner === b;
		if (!firstReports && !(reporter === b && partner === a)) continue;
		const sector = sectorIndexOfProduct(keys.product[k]);
		if (sector < 0) continue;
		// X is the reporter's exports: the first country's when it reports, else the second's.
		const [xDirection, mDirection]: [PairDirection, PairDirection] = firstReports ? [0, 1] : [1, 0];
		if (keys.exports[k] > 0) {
			addFlow(
				k,
				xDirection,
				keys.exports[k],
				keys.exportQty[k],
				keys.exportUnit[k],
				groups.exportGroup[k],
				sector
			);
		}
		if (keys.imports[k] > 0) {
			addFlow(
				k,
				mDirection,
				keys.imports[k],
				keys.importQty[k],
				keys.importUnit[k],
				groups.importGroup[k],
				sector
			);
		}
	}

	const rows = [...cells]
		.sort(([p], [q]) => p - q)
		.map(([code, sums]): PairRangeRow => {
			const sector = code % 16;
			const directionYear = (code - sector) / 16;
			const year = directionYear % 65_536;
			const direction = ((directionYear - year) / 65_536) as PairDirection;
			return { direction, year, sector: SECTOR_IDS[sector], ...totalsOf(sums) };
		});
	const flowCount = flows.length;
	flows.sort(
		(p, q) =>
			q.value - p.value || p.year - q.year || p.product - q.product || p.direction - q.direction
	);
	return {
		countries: [first, second],
		alpha,
		rows,
		totals: [totalsOf(total[0]), totalsOf(total[1])],
		flows: flows.slice(0, Math.max(0, limit)),
		flowCount
	};
}
