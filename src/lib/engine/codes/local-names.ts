/**
 * Country names in the reader's language: Intl's region names where the id has an ISO2 code, else
 * the name the files gave, else the built-in English name. `locale` is a BCP 47 tag ('pt-BR').
 */
import { fallbackCountryName, iso2OfCountry } from './countries';

const regionNames = new Map<string, Intl.DisplayNames>();

/** Names of country ids as the data files give them (DatasetInfo.countryNames), by id. */
export type CountryNames = Readonly<Record<string, string>>;

/**
 * A country's name in the locale: Intl region names on the ISO2 code; for ids Intl cannot name,
 * the name the files gave (`names`, e.g. 'BR249' → 'CO_PAIS 249'), else the engine's English fallback.
 */
export function countryName(locale: string, id: string, names: CountryNames = {}): string {
	let iso2: string | undefined;
	try {
		iso2 = iso2OfCountry(id);
	} catch {
		iso2 = undefined; // lookup table not available: fall through to the fallback
	}
	if (iso2) {
		let regions = regionNames.get(locale);
		if (!regions) {
			regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
			regionNames.set(locale, regions);
		}
		try {
			const name = regions.of(iso2);
			if (name) return name;
		} catch {
			// An invalid region code throws a RangeError: use the fallback.
		}
	}
	// hasOwn: an id such as 'constructor' must not find Object.prototype's members.
	if (Object.hasOwn(names, id) && names[id]) return names[id];
	try {
		return fallbackCountryName(id);
	} catch {
		return id;
	}
}

/** Sorts country ids by their name in the locale. */
export function sortCountries(
	locale: string,
	ids: readonly string[],
	names: CountryNames = {}
): string[] {
	const collator = new Intl.Collator(locale);
	return [...ids]
		.map((id) => ({ id, name: countryName(locale, id, names) }))
		.sort((a, b) => collator.compare(a.name, b.name))
		.map(({ id }) => id);
}
