import { BACI_COUNTRIES } from './baci-countries';
import { customsUnionIso2, customsUnionName } from './customs-unions';
import { AGGREGATE_CODE_NAMES, OTHER_NUMERIC_COUNTRIES } from './numeric-codes';

/**
 * Country ids and names from the built-in numeric tables: BACI's (every release's codes: 380 and
 * 381 are both Italy), then the M49 / ISO 3166 and UN Comtrade codes BACI lacks (numeric-codes.ts).
 * A country id is the ISO3 code, or the numeric code as text when the table gives none (490 "Other
 * Asia, nes" → '490') or when no table knows the code (it is kept, shown as its number, and named
 * in the ledger as unknown).
 */

const idByCode = new Map<number, string>();
const codesById = new Map<string, number[]>();
const iso2ById = new Map<string, string>();
const nameById = new Map<string, string>();
const baciIds: string[] = [];

// ISO2 codes of dissolved states that Intl.DisplayNames maps to a successor ('CS' → Serbia,
// 'SU' → Russia): these get their table name instead.
const HISTORICAL_IDS = new Set(['CSK', 'DDR', 'ANT', 'SUN', 'SCG']);

function learn(rows: typeof BACI_COUNTRIES, fromBaci: boolean): void {
	for (const [code, iso3, iso2, name] of rows) {
		const id = iso3 || String(code);
		idByCode.set(code, id);
		const codes = codesById.get(id);
		if (codes) codes.push(code);
		else {
			codesById.set(id, [code]);
			if (fromBaci) baciIds.push(id);
		}
		// BACI's table is sorted by code and read first: the first code of an ISO3 carries the
		// current name (56 Belgium before 58 Belgium-Luxembourg, 276 Germany before 280 Fmr FRG).
		if (!nameById.has(id)) nameById.set(id, name);
		if (iso2 && !HISTORICAL_IDS.has(id) && !iso2ById.has(id)) iso2ById.set(id, iso2);
	}
}
learn(BACI_COUNTRIES, true);
learn(OTHER_NUMERIC_COUNTRIES, false);

/** A numeric country code → country id (ISO3, or the number as text when it has none or is unknown). */
export function countryIdOfNumericCode(code: number): string {
	return idByCode.get(code) ?? String(code);
}

/** Whether a built-in table has this numeric code as a country (World and aggregates are not). */
export function isKnownNumericCode(code: number): boolean {
	return idByCode.has(code);
}

/** ISO3 (or another country id) → ISO 3166 alpha-2 for Intl.DisplayNames; undefined when there is none. */
export function iso2OfCountry(id: string): string | undefined {
	return iso2ById.get(id) ?? customsUnionIso2(id); // 'EUN' → 'EU' (European Union)
}

/** An English fallback name for ids Intl cannot name (BACI's 490 "Other Asia, nes", unknown codes). */
export function fallbackCountryName(id: string): string {
	return nameById.get(id) ?? customsUnionName(id) ?? id;
}

/**
 * Country id (ISO3) → its numeric codes, BACI's first, for choosing a BACI reporter by ISO3; []
 * when unknown. Several codes can share an ISO3 (380/381 ITA, 56/58 BEL, 276/280 DEU, 710/711 ZAF,
 * 729/736 SDN; 842 and M49's 840 USA). An id made of digits (a code without ISO3, or one newer
 * than the tables) stands for that code itself.
 */
export function numericCodesOfCountry(id: string): number[] {
	const codes = codesById.get(id.trim().toUpperCase());
	if (codes) return [...codes];
	return /^\d{1,4}$/.test(id) ? [Number(id)] : [];
}

/** Every country id of the built-in BACI table, for reporter pickers. */
export function knownCountryIds(): string[] {
	return [...baciIds];
}

const WORLD_CODES = new Set(['W00', 'WLD']);
/** UN / Comtrade codes of areas "nes", economic groupings and special categories (not World). */
export const AGGREGATE_PARTNER_CODES: ReadonlySet<number> = new Set(
	[...AGGREGATE_CODE_NAMES.keys()].filter((code) => code !== 0)
);

/**
 * Whether a partner is World or an aggregate area rather than a country (METHODS 1.1).
 * 490 "Other Asia, nes" is NOT an aggregate: in practice it is Taiwan, and BACI lists it as a
 * country. Pseudo ISO codes ('X1 ', 'XX', '_X') count as aggregates only when the numeric code
 * is not a country of the tables (so a real code always wins over its ISO field).
 */
export function isAggregatePartner(code: number, iso?: string): 'world' | 'aggregate' | null {
	if (code === 0) return 'world';
	const isoCode = iso === undefined ? '' : iso.trim().toUpperCase();
	if (WORLD_CODES.has(isoCode)) return 'world';
	if (AGGREGATE_PARTNER_CODES.has(code)) return 'aggregate';
	if (isoCode && !idByCode.has(code)) {
		const first = isoCode.charCodeAt(0);
		if (first === 88 /* X */ || first === 95 /* _ */) return 'aggregate';
	}
	return null;
}
