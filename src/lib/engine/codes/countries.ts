/** BACI / UN numeric country code → country id (ISO3, or the number as text when it has none). */
export function countryIdOfNumericCode(_code: number): string {
	throw new Error('TODO(H2)');
}

/** ISO3 (or another country id) → ISO 3166 alpha-2 for Intl.DisplayNames; undefined when there is none. */
export function iso2OfCountry(_id: string): string | undefined {
	throw new Error('TODO(H2)');
}

/** An English fallback name for ids Intl cannot name (BACI's 490 "Other Asia, nes", unknown codes). */
export function fallbackCountryName(_id: string): string {
	throw new Error('TODO(H2)');
}

/** Country id (ISO3) → the BACI numeric code, for choosing a BACI reporter by ISO3; undefined when unknown. */
export function numericCodesOfCountry(_id: string): number[] {
	throw new Error('TODO(H2)');
}

/** Every country id of the built-in BACI table, for reporter pickers. */
export function knownCountryIds(): string[] {
	throw new Error('TODO(H2)');
}
