/**
 * The two sides of an all-pairs read. Each unordered pair's keys are held once, from the side
 * of the country with the smaller index (ReadOptions.allPairs); the other country's view of the
 * same keys is the same arrays with reporter ↔ partner, exports ↔ imports and their quantities
 * and units swapped. Classification must run on each side's own view: GHM's HIIT band
 * [1 − α, 1 + α] is not symmetric under R → 1/R, and VIIT-sup and VIIT-inf trade places.
 */
import type { TradeKeys } from '../model/types';

/** The keys as the partner side sees them: a zero-copy object over the same typed arrays. */
export function otherSideView(keys: TradeKeys): TradeKeys {
	return {
		count: keys.count,
		countries: keys.countries,
		year: keys.year,
		reporter: keys.partner,
		partner: keys.reporter,
		product: keys.product,
		exports: keys.imports,
		imports: keys.exports,
		exportQty: keys.importQty,
		importQty: keys.exportQty,
		exportUnit: keys.importUnit,
		importUnit: keys.exportUnit,
		units: keys.units
	};
}

/** Bytes of the ArrayBuffers behind the keys (each buffer counted once, views or not). */
export function keyBufferBytes(keys: TradeKeys): number {
	const buffers = new Set<ArrayBufferLike>();
	for (const array of [
		keys.year,
		keys.reporter,
		keys.partner,
		keys.product,
		keys.exports,
		keys.imports,
		keys.exportQty,
		keys.importQty,
		keys.exportUnit,
		keys.importUnit
	]) {
		buffers.add(array.buffer);
	}
	let bytes = 0;
	for (const buffer of buffers) bytes += buffer.byteLength;
	return bytes;
}
