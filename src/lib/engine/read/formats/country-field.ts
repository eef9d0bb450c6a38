/**
 * Turns a country field into an accumulator country index, whatever the file's coding:
 * ISO3, ISO2, UN/BACI numeric, English name, Comex Stat CO_PAIS, or `auto` (guessed per value).
 * Results are cached per distinct text, so the row hot path does one Map lookup.
 */
import type { KeyAccumulator } from '../accumulate';
import { isAggregatePartner } from '../../codes/countries';
import { countryOfIso2, countryOfIso3, countryOfName } from '../../codes/country-names';
import type { CountryDirectory } from '../../codes/directory';
import { parseDigits } from './fields';

/** How a file writes countries. */
export type CountryCoding = 'iso3' | 'iso2' | 'numeric' | 'name' | 'comex' | 'auto';

/** Resolution results that are not a country index. */
export const NOT_A_COUNTRY = -1; // empty or unreadable
export const WORLD = -2;
export const AGGREGATE = -3;

/** What a resolver needs besides the text. */
export interface ResolverContext {
	accumulator: KeyAccumulator;
	directory: CountryDirectory;
	/** Country ids made because no table knew the text → the code or name as the file writes it. */
	unknown: Map<string, string>;
	/** Names of ids that have no ISO3, for the UI. */
	names: Map<string, string>;
}

/** A cached text → country index (or WORLD / AGGREGATE / NOT_A_COUNTRY) function. */
export function createCountryResolver(
	coding: CountryCoding,
	context: ResolverContext
): (text: string) => number {
	const cache = new Map<string, number>();
	return (text) => {
		let index = cache.get(text);
		if (index === undefined) {
			index = resolve(coding, text.trim(), context);
			cache.set(text, index);
		}
		return index;
	};
}

function resolve(coding: CountryCoding, text: string, context: ResolverContext): number {
	if (text === '') return NOT_A_COUNTRY;
	const { accumulator } = context;
	const kind = coding === 'auto' ? guessCoding(text) : coding;
	switch (kind) {
		case 'numeric': {
			const code = parseDigits(text);
			if (code !== code) return NOT_A_COUNTRY;
			const aggregate = isAggregatePartner(code);
			if (aggregate) return aggregate === 'world' ? WORLD : AGGREGATE;
			return accumulator.countryId(context.directory.numericId(code));
		}
		case 'iso3':
		case 'iso2':
		case 'name': {
			const found =
				kind === 'iso3'
					? countryOfIso3(text)
					: kind === 'iso2'
						? countryOfIso2(text)
						: countryOfName(text);
			if (found === 'world') return WORLD;
			if (found === 'aggregate') return AGGREGATE;
			if (found !== null) return accumulator.countryId(found);
			context.unknown.set(text, text);
			context.names.set(text, text);
			return accumulator.countryId(text);
		}
		case 'comex': {
			const code = String(parseDigits(text));
			if (code === 'NaN') return NOT_A_COUNTRY;
			const country = context.directory.comex(code);
			if (country === undefined) {
				// Neither PAIS.csv nor the built-in list knows the code: kept under its own id.
				const id = `BR${code}`;
				context.names.set(id, `CO_PAIS ${code}`);
				context.unknown.set(id, text);
				return accumulator.countryId(id);
			}
			return country.kind === 'aggregate' ? AGGREGATE : accumulator.countryId(country.id);
		}
		default:
			return NOT_A_COUNTRY;
	}
}

/** A value's coding by its shape: digits, two letters, three letters, else a name. */
function guessCoding(text: string): CountryCoding {
	if (/^\d+$/.test(text)) return 'numeric';
	if (/^[A-Za-z]{2}$/.test(text)) return 'iso2';
	if (/^[A-Z]{3}$/.test(text)) return 'iso3';
	return 'name';
}
