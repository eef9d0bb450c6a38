/**
 * "FOB where reported" (METHODS 7.2): the keys with each import row that reported an FOB value
 * counted at that value instead of its value as read (CIF).
 *
 * The decision: the FOB value replaces the row's import value everywhere — trade T, the overlap,
 * the FF two-way test and unit values — not only in the price comparison; the CIF/FOB factor
 * then divides only the part of a key's imports that is still CIF (`fobValued` says how much is
 * not). Off (the default), the keys are used as read and every number is bit-identical to a read
 * without the option.
 */
import type { ClassifySettings, TradeKeys } from '../model/types';

/** Valued keys per keys read: drill-down pages and sensitivity reuse them (16 bytes per key). */
const valuedKeys = new WeakMap<TradeKeys, TradeKeys>();

/** The keys as the settings value imports: FOB where reported when the option is on, else as read. */
export function keysValuedAs(
	keys: TradeKeys,
	settings: Pick<ClassifySettings, 'fobWhereReported'>
): TradeKeys {
	return settings.fobWhereReported === true ? keysWithFobValuation(keys) : keys;
}

/**
 * The keys with `imports[k] = (imports[k] − asRead[k]) + fob[k]` where some import row reported
 * FOB (exactly `fob[k]` when every one did: the difference is then exactly 0), and `fobValued[k] = fob[k]`: the rest of the key's
 * imports is still CIF. Keys with no reported FOB are returned as they are. The derived keys no
 * longer carry `reportedFob`: it is applied once.
 */
export function keysWithFobValuation(keys: TradeKeys): TradeKeys {
	const reported = keys.reportedFob;
	if (reported === undefined) return keys;
	const cached = valuedKeys.get(keys);
	if (cached) return cached;
	const n = keys.count;
	const imports = new Float64Array(n);
	const fobValued = new Float64Array(n);
	for (let k = 0; k < n; k++) {
		const asRead = reported.asRead[k];
		const read = keys.imports[k];
		if (asRead === 0) {
			imports[k] = read;
			continue;
		}
		fobValued[k] = reported.fob[k];
		// The CIF rows' part plus the FOB values. When every row reported FOB, the two sums added
		// the same values in the same order: the part is exactly 0 and the key takes exactly the
		// FOB sum. Never below 0, whatever the rounding of the difference.
		imports[k] = Math.max(read - asRead, 0) + reported.fob[k];
	}
	const valued: TradeKeys = { ...keys, imports, fobValued };
	delete valued.reportedFob;
	valuedKeys.set(keys, valued);
	return valued;
}

/** The part of key k's imports valued FOB (0 unless the keys were derived with the option on). */
export function fobValuedImports(keys: TradeKeys, k: number): number {
	return keys.fobValued === undefined ? 0 : keys.fobValued[k];
}
