/**
 * Marginal intra-industry trade (Brülhart 1994): how much of the change in trade between two
 * years is two-way. Per (partner, product) ΔX = X_B − X_A and ΔM = M_B − M_A; per partner ×
 * sector the sums Σ |ΔX − ΔM| and Σ (|ΔX| + |ΔM|) give A = 1 − Σ|ΔX − ΔM| / Σ(|ΔX| + |ΔM|).
 */
import { sectorIndexOfProduct } from '../codes/sectors';
import { keysValuedAs } from './fob-valuation';
import { productInMask, productMask } from './key-filter';
import type { MarginalCell, MarginalQuery } from '../model/queries';
import { SECTOR_IDS, type TradeKeys } from '../model/types';

/** Brülhart's A = 1 − absDiff / gross; NaN when nothing changed (gross = 0). */
export function brulhartA(absDiff: number, gross: number): number {
	return gross > 0 ? 1 - absDiff / gross : NaN;
}

/** One (partner, product) pair's flows in the two years. */
interface PairFlows {
	partner: number;
	product: number;
	xA: number;
	mA: number;
	xB: number;
	mB: number;
}

/**
 * Per partner × sector sums of the product-level changes between query.yearA and query.yearB,
 * imports valued FOB where reported when the query says so.
 */
export function marginalCells(readKeys: TradeKeys, query: MarginalQuery): MarginalCell[] {
	const keys = keysValuedAs(readKeys, query);
	const { reporter, yearA, yearB } = query;
	if (!(Number.isInteger(yearA) && Number.isInteger(yearB) && yearA < yearB)) {
		throw new RangeError(`yearA must be an integer year before yearB, got ${yearA} and ${yearB}`);
	}
	const inScope = productMask(query.selection.scope);
	const pairs = new Map<number, PairFlows>();
	for (let k = 0; k < keys.count; k++) {
		const year = keys.year[k];
		if (year !== yearA && year !== yearB) continue;
		if (keys.countries[keys.reporter[k]] !== reporter) continue;
		const product = keys.product[k];
		const x = keys.exports[k];
		const m = keys.imports[k];
		if (!productInMask(inScope, product) || !(x + m > 0)) continue;
		// partner < 2^16 and product < 10^6: the number is exact and unique per pair.
		const id = keys.partner[k] * 1_000_000 + product;
		let pair = pairs.get(id);
		if (!pair) {
			pair = { partner: keys.partner[k], product, xA: 0, mA: 0, xB: 0, mB: 0 };
			pairs.set(id, pair);
		}
		if (year === yearA) {
			pair.xA += x;
			pair.mA += m;
		} else {
			pair.xB += x;
			pair.mB += m;
		}
	}
	return sumBySector(keys, pairs.values());
}

/** Adds each pair's changes into its partner × sector cell; cells sorted by partner id, then sector. */
function sumBySector(keys: TradeKeys, pairs: Iterable<PairFlows>): MarginalCell[] {
	const cells = new Map<number, MarginalCell>();
	for (const pair of pairs) {
		const sector = sectorIndexOfProduct(pair.product);
		const id = pair.partner * SECTOR_IDS.length + sector;
		let cell = cells.get(id);
		if (!cell) {
			const partner = keys.countries[pair.partner];
			cell = {
				partner,
				sector: SECTOR_IDS[sector],
				dx: 0,
				dm: 0,
				absDiff: 0,
				gross: 0,
				products: 0
			};
			cells.set(id, cell);
		}
		const dx = pair.xB - pair.xA;
		const dm = pair.mB - pair.mA;
		cell.dx += dx;
		cell.dm += dm;
		cell.absDiff += Math.abs(dx - dm);
		cell.gross += Math.abs(dx) + Math.abs(dm);
		cell.products += 1;
	}
	return [...cells.values()].sort(
		(a, b) =>
			(a.partner < b.partner ? -1 : a.partner > b.partner ? 1 : 0) ||
			SECTOR_IDS.indexOf(a.sector) - SECTOR_IDS.indexOf(b.sector)
	);
}
