/**
 * The product rows of a results payload (sent only when the sender ticks them): the selection's
 * HS6 keys of one reporter as flat number lists, and back to TradeKeys (validated), so the
 * receiver's drill-down, sensitivity and marginal views run the engine's own functions on them.
 */
import type { TradeKeys } from '../model/types';
import { MAX_PARTNERS, MAX_SHARED_KEYS, MAX_UNITS, MAX_YEAR, MIN_YEAR } from './bounds';
import { array, count, invalid, number, object, text } from './check';
import { ShareError } from './shared-results';
import { countryIds, type CountryIdCheck } from './ids';

/** Numbers per key: year, partner index, HS6 code, X, M, qX, qM (null when missing), unit indexes. */
const KEY_WIDTH = 9;

export interface KeysWire {
	partners: string[];
	units: string[];
	rows: (number | null)[];
}

/** Missing quantities (NaN) travel as null: JSON has no NaN. */
const quantity = (value: number) => (Number.isNaN(value) ? null : value);

/** The keys as they travel; all must be of one reporter. */
export function keysToWire(keys: TradeKeys): KeysWire {
	const partnerIndex = new Map<number, number>();
	const partners: string[] = [];
	const rows: (number | null)[] = [];
	for (let k = 0; k < keys.count; k++) {
		let partner = partnerIndex.get(keys.partner[k]);
		if (partner === undefined) {
			partner = partners.push(keys.countries[keys.partner[k]]) - 1;
			partnerIndex.set(keys.partner[k], partner);
		}
		rows.push(
			keys.year[k],
			partner,
			keys.product[k],
			keys.exports[k],
			keys.imports[k],
			quantity(keys.exportQty[k]),
			quantity(keys.importQty[k]),
			keys.exportUnit[k],
			keys.importUnit[k]
		);
	}
	return { partners, units: [...keys.units], rows };
}

/**
 * TradeKeys of `reporter` from a payload; throws ShareError naming the first bad field.
 * `countryId` checks the partners' ids; product codes are numbers of at most six digits.
 */
export function keysFromWire(
	value: unknown,
	reporter: string,
	countryId: CountryIdCheck
): TradeKeys {
	const wire = object(value, 'keys');
	const partners = countryIds(wire.partners, 'keys.partners', countryId, MAX_PARTNERS);
	const units = array(wire.units, 'keys.units', MAX_UNITS).map((unit, i) =>
		text(unit, `keys.units[${i}]`, 100)
	);
	if (!Array.isArray(wire.rows)) invalid('keys.rows', 'a list');
	const rows: unknown[] = wire.rows;
	if (rows.length > MAX_SHARED_KEYS * KEY_WIDTH) {
		throw new ShareError('too-large', `keys: more than ${MAX_SHARED_KEYS}`);
	}
	if (rows.length % KEY_WIDTH !== 0) invalid('keys.rows', `${KEY_WIDTH} numbers per key`);
	const n = rows.length / KEY_WIDTH;
	const keys: TradeKeys = {
		count: n,
		countries: [reporter, ...partners],
		year: new Uint16Array(n),
		reporter: new Uint16Array(n),
		partner: new Uint16Array(n),
		product: new Int32Array(n),
		exports: new Float64Array(n),
		imports: new Float64Array(n),
		exportQty: new Float64Array(n),
		importQty: new Float64Array(n),
		exportUnit: new Int16Array(n),
		importUnit: new Int16Array(n),
		units
	};
	const optionalQuantity = (item: unknown, where: string) =>
		item === null ? NaN : number(item, where, { min: 0 });
	const unit = (item: unknown, where: string) =>
		number(item, where, { min: -1, max: units.length - 1, integer: true });
	for (let k = 0; k < n; k++) {
		const at = k * KEY_WIDTH;
		const where = `keys.rows[${k}]`;
		keys.year[k] = number(rows[at], where, { min: MIN_YEAR, max: MAX_YEAR, integer: true });
		keys.partner[k] = 1 + count(rows[at + 1], where, partners.length - 1);
		keys.product[k] = count(rows[at + 2], where, 999_999);
		keys.exports[k] = number(rows[at + 3], where, { min: 0 });
		keys.imports[k] = number(rows[at + 4], where, { min: 0 });
		keys.exportQty[k] = optionalQuantity(rows[at + 5], where);
		keys.importQty[k] = optionalQuantity(rows[at + 6], where);
		keys.exportUnit[k] = unit(rows[at + 7], where);
		keys.importUnit[k] = unit(rows[at + 8], where);
	}
	return keys;
}
