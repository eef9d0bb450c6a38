/**
 * Customs unions that report their trade as one: the European Union in UN Comtrade (legacy code
 * 97 "EU-28", ISO `EUR`; Comtrade+ area 97 with `EUR`, `EUN` or `EU`; WITS `EUN`). As a REPORTER
 * such a union is a reporter like any country: its partners are the countries outside it (trade
 * among its members is not in its figures). As a PARTNER of someone else it stays an aggregate
 * (its members are in the file one by one), so only reporter fields are read through this table.
 *
 * Each union has one stable id ('EUN', three letters like every country id) whatever the file
 * writes, and the ISO 3166 reserved code Intl.DisplayNames names ('EU' → "European Union").
 * Self-contained on purpose: codes/countries.ts asks it for names, so it imports nothing from there.
 */

/** A customs union reporting as one. */
interface CustomsUnion {
	id: string;
	/** For Intl.DisplayNames (type 'region'). */
	iso2: string;
	/** English name, when Intl cannot name it. */
	name: string;
	/** Numeric area codes that stand for it as a reporter (UN Comtrade). */
	codes: readonly number[];
	/** Texts that stand for it as a reporter, compared without case, spaces and punctuation. */
	texts: readonly string[];
}

const CUSTOMS_UNIONS: readonly CustomsUnion[] = [
	{
		id: 'EUN',
		iso2: 'EU',
		name: 'European Union',
		codes: [97],
		texts: [
			'EUN',
			'EUR',
			'EU',
			'EU28',
			'EU27',
			'EU272020',
			'EU282013',
			'EUROPEANUNION',
			'EUROPEANUNION27',
			'EUROPEANUNION28'
		]
	}
];

const byId = new Map(CUSTOMS_UNIONS.map((union) => [union.id, union]));
const byCode = new Map<number, string>();
const byText = new Map<string, string>();
for (const union of CUSTOMS_UNIONS) {
	for (const code of union.codes) byCode.set(code, union.id);
	for (const text of union.texts) byText.set(text, union.id);
}

/** A text without case, spaces and punctuation ('EU-28' = 'eu 28' = 'EU28'). */
function compact(text: string): string {
	return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * The id of the customs union a reporter field stands for (its numeric code, ISO field or
 * name), or null. A code decides when it is readable: 97 is the EU whatever the ISO field says.
 */
export function customsUnionOfReporter(code: number, ...texts: string[]): string | null {
	if (code === code) {
		const id = byCode.get(code);
		if (id !== undefined) return id;
	}
	for (const text of texts) {
		const id = byText.get(compact(text));
		if (id !== undefined) return id;
	}
	return null;
}

/** The id of the customs union one reporter text stands for ('97', 'EUR', 'EU-28', …), or null. */
export function customsUnionOfText(text: string): string | null {
	const trimmed = text.trim();
	if (/^\d{1,4}$/.test(trimmed)) return byCode.get(Number(trimmed)) ?? null;
	return byText.get(compact(trimmed)) ?? null;
}

/** A chosen reporter as the engine names it: a customs union's alias becomes its id. */
export function reporterId(choice: string): string {
	const upper = choice.trim().toUpperCase();
	return customsUnionOfText(upper) ?? upper;
}

/** Whether a country id is a customs union's (DatasetNote 'customs-union-reporter'). */
export function isCustomsUnion(id: string): boolean {
	return byId.has(id);
}

/** A customs union's ISO 3166 code for Intl.DisplayNames ('EUN' → 'EU'); undefined for others. */
export function customsUnionIso2(id: string): string | undefined {
	return byId.get(id)?.iso2;
}

/** A customs union's English name; undefined for other ids. */
export function customsUnionName(id: string): string | undefined {
	return byId.get(id)?.name;
}
