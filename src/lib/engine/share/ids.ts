/**
 * What a name from a link or a results file can be before any code uses it (as a Map key, a
 * property name, a chart label): country ids as the app makes them, and nothing else. A link
 * whose names are not ids was altered; dropping them would change the sums the sender saw, so
 * the whole link is refused (ShareError 'bad-id', naming the field and the value as text).
 */
import { hasControlCharacters } from '../model/control-characters';
import { array, invalid } from './check';
import { ShareError } from './shared-results';

/**
 * Country ids the readers make from codes: ISO3-like letters (table codes, aggregates that report
 * as one such as EUN, the codes of a dropped BACI table), numeric codes kept as text (490, or a code
 * no table knows) and Comex Stat codes no table knows (BR249). None can be an Object member's name.
 */
const COUNTRY_CODE = /^(?:[A-Z]{3}|\d{1,6}|BR\d{1,6})$/;

/**
 * A country the sender's files named in words no table knew (a WITS name) is kept under that name
 * and listed in the ledger's unknown countries: such a name is an id only when the ledger lists it,
 * and only in this plain shape (letters, digits, spaces and common punctuation; no markup).
 */
const UNKNOWN_NAME = /^[\p{L}\p{N}][\p{L}\p{N} .,'’()&/-]{0,79}$/u;

/** Names that would reach Object.prototype's members through a `{}` or an `in` check. */
const PROTOTYPE_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Whether `name` is a member of every plain object ('__proto__', 'constructor', 'toString', …). */
export function isPrototypeName(name: string): boolean {
	return PROTOTYPE_NAMES.has(name);
}

/** Whether `id` has the shape of a country id made from a code (see COUNTRY_CODE). */
export function isCountryCode(id: string): boolean {
	return COUNTRY_CODE.test(id);
}

/** How a refused name is shown: quoted, cut short, never markup (the UI prints text). */
function shown(value: unknown): string {
	if (typeof value !== 'string') return typeof value;
	const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
	return JSON.stringify(cut);
}

/** Fails naming the field and the value that is not an id there. */
export function badId(path: string, value: unknown): never {
	throw new ShareError('bad-id', `${path} = ${shown(value)}`);
}

/** An id of an unknown country as the ledger lists it: a code, or a plain name. */
export function unknownCountryId(value: unknown, path: string): string {
	if (typeof value !== 'string' || hasControlCharacters(value)) badId(path, value);
	if (isCountryCode(value)) return value;
	if (!UNKNOWN_NAME.test(value) || isPrototypeName(value)) badId(path, value);
	return value;
}

/** Checks one country id, naming the field when it is not one (countryIdCheck makes it). */
export type CountryIdCheck = (value: unknown, path: string) => string;

/** A list of at most `max` country ids at `path`, each checked by `countryId` and given once. */
export function countryIds(
	value: unknown,
	path: string,
	countryId: CountryIdCheck,
	max: number
): string[] {
	const ids = array(value, path, max).map((id, i) => countryId(id, `${path}[${i}]`));
	if (new Set(ids).size !== ids.length) invalid(path, 'ids without repeats');
	return ids;
}

/**
 * The check of every country id in one payload: a code (COUNTRY_CODE), or a name the payload's
 * own ledger lists as an unknown country.
 */
export function countryIdCheck(unknownIds: Iterable<string>): CountryIdCheck {
	const listed = new Set(unknownIds);
	return (value, path) => {
		if (typeof value === 'string' && (isCountryCode(value) || listed.has(value))) return value;
		return badId(path, value);
	};
}
