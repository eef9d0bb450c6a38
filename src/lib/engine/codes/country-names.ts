/**
 * Countries written as ISO alpha-2 codes (Eurostat Comext) or as English names (WITS, Trade Map).
 * STUB: to be completed (issue 3).
 */

/** What a code or name stands for: a country id (ISO3), World, an aggregate, or null when unknown. */
export type CountryMatch = string | 'world' | 'aggregate' | null;

/** An ISO 3166 alpha-2 code (with Eurostat's EL and UK, and its Q* / aggregate codes). */
export function countryOfIso2(code: string): CountryMatch {
	void code;
	return null;
}

/** An English country name as WITS, Trade Map or UN Comtrade write it. */
export function countryOfName(name: string): CountryMatch {
	void name;
	return null;
}
