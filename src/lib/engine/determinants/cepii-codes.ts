/**
 * CEPII's country codes where they differ from the ids the app's trade data uses. GeoDist keeps
 * the codes of its release (Mayer & Zignago 2011, "Notes on CEPII's distances measures: the
 * GeoDist database", CEPII Working Paper 2011-25, and the country list of geo_cepii): ROM and
 * ZAR are ISO codes since replaced, PAL and TMP CEPII's own, YUG the Federal Republic of
 * Yugoslavia (Serbia and Montenegro) measured from Belgrade. In a file that writes ZAR for DR
 * Congo, COD is the Republic of Congo (Brazzaville: its internal distance is geo_cepii's COG).
 * TWN is the app's '490' (BACI's "Other Asia, nes"), the id Taiwan's trade comes under.
 */
const CEPII_CODES: Readonly<Record<string, readonly string[]>> = {
	ROM: ['ROU'], // Romania
	ZAR: ['COD'], // Zaire, now DR Congo
	PAL: ['PSE'], // Palestine (West Bank and Gaza)
	TMP: ['TLS'], // East Timor, Timor-Leste
	YUG: ['SRB', 'SCG'], // Serbia (from 2006), and Serbia and Montenegro before
	TWN: ['490'] // Taiwan
};

/** CEPII's COD where the file writes ZAR for DR Congo. */
const OLD_COD = ['COG'];

/**
 * The country codes a CEPII code stands for in the app (the code itself when it is current);
 * `oldCongo` when the file writes ZAR, so that its COD is the Republic of Congo.
 */
export function cepiiCountryCodes(code: string, oldCongo: boolean): readonly string[] {
	const text = code.trim().toUpperCase();
	if (text === 'COD' && oldCongo) return OLD_COD;
	return Object.hasOwn(CEPII_CODES, text) ? CEPII_CODES[text] : [text];
}
