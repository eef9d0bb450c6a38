/**
 * CEPII's country codes where they differ from the ids the app's trade data uses. GeoDist keeps
 * the ISO3 codes of its release (Mayer & Zignago 2011, "Notes on CEPII's distances measures: the
 * GeoDist database", CEPII Working Paper 2011-25, country list of dist_cepii): ROM and ZAR are
 * ISO codes since replaced, PAL and TMP CEPII's own, YUG the Federal Republic of Yugoslavia
 * (Serbia and Montenegro) measured from Belgrade. TWN is the app's '490' (BACI's "Other Asia,
 * nes"), the id Taiwan's trade comes under.
 */
const CEPII_CODES: Readonly<Record<string, readonly string[]>> = {
	ROM: ['ROU'], // Romania
	ZAR: ['COD'], // Zaire, now DR Congo
	PAL: ['PSE'], // Palestine (West Bank and Gaza)
	TMP: ['TLS'], // East Timor, Timor-Leste
	YUG: ['SRB', 'SCG'], // Serbia (from 2006), and Serbia and Montenegro before
	TWN: ['490'] // Taiwan
};

/** The country codes a CEPII code stands for in the app (the code itself when it is current). */
export function cepiiCountryCodes(code: string): readonly string[] {
	const text = code.trim().toUpperCase();
	return Object.hasOwn(CEPII_CODES, text) ? CEPII_CODES[text] : [text];
}
