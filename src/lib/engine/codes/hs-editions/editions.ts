/**
 * The editions of the Harmonized System (METHODS 8), by UN Comtrade's codes: H0 = HS 1992,
 * H1 = HS 1996, H2 = HS 2002, H3 = HS 2007, H4 = HS 2012, H5 = HS 2017, H6 = HS 2022. An edition's
 * index in HS_EDITIONS is its place in time (0 the oldest), as conversion uses it.
 */

export const HS_EDITIONS = ['H0', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'] as const;
export type HsEdition = (typeof HS_EDITIONS)[number];

/** The year each edition came into force (1 January), in HS_EDITIONS order. */
export const HS_EDITION_YEARS: readonly number[] = [1992, 1996, 2002, 2007, 2012, 2017, 2022];

/** An edition by id or by its index in HS_EDITIONS. */
export type EditionRef = HsEdition | number;

/** The index (0 … 6) of an edition given by id or index; a RangeError for anything else. */
export function editionIndex(edition: EditionRef): number {
	const index = typeof edition === 'number' ? edition : HS_EDITIONS.indexOf(edition);
	if (!Number.isInteger(index) || index < 0 || index >= HS_EDITIONS.length) {
		throw new RangeError(`not an HS edition: ${String(edition)}`);
	}
	return index;
}

/**
 * The edition in force in a year: H0 before 1996 (HS 1992, and for years before 1992 the oldest
 * there is), H1 1996–2001, H2 2002–2006, H3 2007–2011, H4 2012–2016, H5 2017–2021, H6 from 2022.
 */
export function editionInForce(year: number): HsEdition {
	let index = 0;
	while (index + 1 < HS_EDITION_YEARS.length && year >= HS_EDITION_YEARS[index + 1]) index++;
	return HS_EDITIONS[index];
}

/** BACI's edition tags in its file names (`BACI_HS92_Y2019_V202401.csv`), in HS_EDITIONS order. */
const BACI_TAGS = ['92', '96', '02', '07', '12', '17', '22'];

/**
 * The edition a BACI file name states (`BACI_HS17_Y2020_V202401b.csv` → H5), with or without a
 * folder or an archive name around it; null when the name is no BACI data file's.
 */
export function editionOfBaciFileName(name: string): HsEdition | null {
	// The last part of a path or of an archive entry ('x.zip › BACI_HS17_…'); releases before
	// 2018 wrote baci92_2020.csv.
	const base =
		name
			.split(/[\\/›]/)
			.pop()
			?.trim() ?? '';
	const match = /^BACI_HS(\d\d)_/i.exec(base) ?? /^baci(\d\d)_\d{4}\b/i.exec(base);
	if (!match) return null;
	const index = BACI_TAGS.indexOf(match[1]);
	return index < 0 ? null : HS_EDITIONS[index];
}

/**
 * The edition of a UN Comtrade classification code (`H4`, any case, spaces around); null for
 * anything else, including `HS` ("as reported", no one edition), SITC and BEC codes.
 */
export function editionOfClassificationCode(code: string): HsEdition | null {
	const trimmed = code.trim().toUpperCase();
	return (HS_EDITIONS as readonly string[]).includes(trimmed) ? (trimmed as HsEdition) : null;
}

/** The oldest of some editions (the target of converting them to one), or null for none. */
export function oldestEdition(editions: Iterable<EditionRef>): HsEdition | null {
	let oldest = Infinity;
	for (const edition of editions) oldest = Math.min(oldest, editionIndex(edition));
	return oldest === Infinity ? null : HS_EDITIONS[oldest];
}
