/**
 * The keys of a selection as a TradeKeys of their own (copies of the matching entries), for the
 * "product rows" of a shared result: the receiver runs the same engine functions on them.
 */
import { selectionFilter } from './key-filter';
import type { Selection } from '../model/selection';
import type { TradeKeys } from '../model/types';

/** The keys in `selection` (reporter, years, partners, products; T > 0), in storage order. */
export function subsetKeys(keys: TradeKeys, selection: Selection): TradeKeys {
	const inSelection = selectionFilter(keys, selection);
	const picked: number[] = [];
	for (let k = 0; k < keys.count; k++) if (inSelection(k)) picked.push(k);
	const take = <A extends { [index: number]: number }>(source: A, make: (n: number) => A): A => {
		const target = make(picked.length);
		picked.forEach((k, i) => (target[i] = source[k]));
		return target;
	};
	return {
		count: picked.length,
		countries: keys.countries,
		year: take(keys.year, (n) => new Uint16Array(n)),
		reporter: take(keys.reporter, (n) => new Uint16Array(n)),
		partner: take(keys.partner, (n) => new Uint16Array(n)),
		product: take(keys.product, (n) => new Int32Array(n)),
		exports: take(keys.exports, (n) => new Float64Array(n)),
		imports: take(keys.imports, (n) => new Float64Array(n)),
		exportQty: take(keys.exportQty, (n) => new Float64Array(n)),
		importQty: take(keys.importQty, (n) => new Float64Array(n)),
		exportUnit: take(keys.exportUnit, (n) => new Int16Array(n)),
		importUnit: take(keys.importUnit, (n) => new Int16Array(n)),
		units: keys.units,
		...(keys.reportedFob
			? {
					reportedFob: {
						fob: take(keys.reportedFob.fob, (n) => new Float64Array(n)),
						asRead: take(keys.reportedFob.asRead, (n) => new Float64Array(n))
					}
				}
			: {}),
		...(keys.fobValued ? { fobValued: take(keys.fobValued, (n) => new Float64Array(n)) } : {})
	};
}
