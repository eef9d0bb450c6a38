/**
 * Countries written as ISO alpha-2 codes (Eurostat Comext) or as English names (WITS, Trade Map,
 * UN Comtrade). Both resolve to the ids of the built-in BACI table (ISO3, or '490' for Taiwan),
 * so a country gets the same id whichever file it comes from.
 */
import { BACI_COUNTRIES } from './baci-countries';
import { countryIso3 } from './iso3';
import { isAggregatePartner, iso2OfCountry } from './countries';

/** What a code or name stands for: a country id (ISO3), World, an aggregate, or null (unknown). */
export type CountryMatch = string | 'world' | 'aggregate' | null;

/**
 * ISO 3166 codes the BACI table lacks (territories BACI counts in another country) or writes
 * otherwise: NA (its table lost Namibia to a missing-value reader), TF (BACI writes FQ), TW
 * (Taiwan is BACI's 490 "Other Asia, nes"), UM (BACI's 849 "US Misc. Pacific Isds").
 */
const EXTRA_ISO2 = pairs(
	'AQ ATA AX ALA BV BVT EH ESH FO FRO GF GUF GG GGY GP GLP GS SGS HM HMD IM IMN JE JEY LI LIE ' +
		'MC MCO MF MAF MQ MTQ NA NAM PR PRI RE REU SJ SJM TF ATF TW 490 UM 849 VA VAT VI VIR XK XKX'
);

/** Codes Eurostat writes instead of ISO ones; CS was reused for Serbia and Montenegro (2003–06). */
const EUROSTAT_ISO2 = pairs('EL GRC UK GBR XS SRB CS SCG');

/**
 * Eurostat codes that are not a partner country: QP…QZ (high seas, stores and provisions, not
 * specified, secret), XC / XL (Ceuta and Melilla, outside the EU customs territory), EU, EA.
 */
const AGGREGATE_ISO2 = new Set('QP QQ QR QS QU QV QW QX QY QZ QO XC XL EU EA EZ XX ZZ'.split(' '));

/** "A B C D" → [[A, B], [C, D]]. */
function pairs(text: string): (readonly [string, string])[] {
	const words = text.split(' ');
	return words.flatMap((word, i) => (i % 2 === 0 ? [[word, words[i + 1]] as const] : []));
}

const WORLD_CODES = new Set(['WORLD', 'WLD', 'W00']);
/** Eurostat aggregate words: EU27_2020, EXT_EU27_2020, INT_EU27_2020, EXTRA_EU, EA20, EFTA, … */
const AGGREGATE_CODE = /^(EU|EA|EZ|EFTA|EEA|EXT|INT|EXTRA|INTRA|NON)(_|\d|$)/;

let iso2Index: Map<string, string> | null = null;

function buildIso2Index(): Map<string, string> {
	const index = new Map<string, string>();
	for (const [, iso3, iso2] of BACI_COUNTRIES) {
		if (iso2 && iso3 && !index.has(iso2)) index.set(iso2, iso3);
	}
	for (const [iso2, id] of [...EXTRA_ISO2, ...EUROSTAT_ISO2]) index.set(iso2, id);
	return index;
}

/** An ISO 3166 alpha-2 code (with Eurostat's EL and UK, and its Q* / aggregate codes). */
export function countryOfIso2(code: string): CountryMatch {
	const text = code.trim().toUpperCase();
	if (WORLD_CODES.has(text)) return 'world';
	if (text.length === 2) {
		if (AGGREGATE_ISO2.has(text)) return 'aggregate';
		iso2Index ??= buildIso2Index();
		return iso2Index.get(text) ?? null;
	}
	return AGGREGATE_CODE.test(text) ? 'aggregate' : null;
}

/**
 * ISO3-like codes that are no country, written where countries are (WITS, UN Comtrade): the EU
 * (EUN, EUR: as a partner its members are in the file one by one), "unspecified" (UNS), special
 * categories (SPE), free zones (FRE), bunkers (BUN), the neutral zone (NTZ), and the World Bank's
 * regions and income groups (EAS, ECS, LCN, MEA, NAC, SAS, SSF, …). None is an ISO 3166 code.
 */
const AGGREGATE_ISO3 = new Set(
	(
		'EUN EUR UNS SPE FRE BUN NTZ EAS EAP ECS ECA LCN LAC MEA MNA NAC SAS SSF SSA ARB EMU EUU CSS ' +
		'OSS PSS HIC LIC LMC LMY MIC UMC OED INX FCS HPC LDC LTE PRE PST IBD IBT IDA IDB IDX'
	).split(' ')
);

/**
 * ISO3 codes the tables write otherwise: Taiwan (TWN; WITS' OAS "Other Asia, nes") is BACI's
 * '490'; obsolete codes still in circulation (CEPII GeoDist, old downloads): ROM Romania, ZAR
 * Zaire, TMP East Timor, PAL Palestine.
 */
const ISO3_ALIASES = new Map(pairs('TWN 490 OAS 490 ROM ROU ZAR COD TMP TLS PAL PSE'));

let iso3Ids: Set<string> | null = null;

/**
 * An ISO 3166 alpha-3 code as written in a country column: its id when a table knows it, World,
 * an aggregate (AGGREGATE_ISO3, the user-assigned ranges AAA–AAZ, QMA–QZZ, XAA–XZZ, ZZA–ZZZ but
 * Kosovo's XKX), an alias (ISO3_ALIASES), or null when no table knows it.
 */
export function countryOfIso3(code: string): CountryMatch {
	const text = code.trim().toUpperCase();
	if (WORLD_CODES.has(text)) return 'world';
	const alias = ISO3_ALIASES.get(text);
	if (alias !== undefined) return alias;
	if (AGGREGATE_ISO3.has(text) || countryIso3(text) === null) return 'aggregate';
	iso3Ids ??= new Set([
		...BACI_COUNTRIES.map(([, iso3]) => iso3).filter(Boolean),
		...EXTRA_ISO2.map(([, id]) => id),
		...EUROSTAT_ISO2.map(([, id]) => id)
	]);
	return iso3Ids.has(text) ? text : null;
}

/**
 * Other spellings of WITS (World Bank), Trade Map (ITC) and UN Comtrade. Names equal up to case,
 * accents, punctuation, word order and "the / of / and" need no entry here (see nameKey).
 */
const ALIASES: readonly (readonly [string, string])[] = [
	['United States of America', 'USA'],
	['United States', 'USA'],
	['US', 'USA'],
	['UK', 'GBR'],
	['Great Britain', 'GBR'],
	['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
	['Korea', 'KOR'],
	['South Korea', 'KOR'],
	['Korea, Rep.', 'KOR'],
	['Korea, Republic of', 'KOR'],
	['Korea, Dem. Rep.', 'PRK'],
	["Korea, Dem. People's Rep.", 'PRK'],
	["Democratic People's Republic of Korea", 'PRK'],
	['North Korea', 'PRK'],
	['Egypt, Arab Rep.', 'EGY'],
	['Iran, Islamic Rep.', 'IRN'],
	['Iran (Islamic Republic of)', 'IRN'],
	['Venezuela, RB', 'VEN'],
	['Venezuela (Bolivarian Republic of)', 'VEN'],
	['Hong Kong, China', 'HKG'],
	['Hong Kong', 'HKG'],
	['Macao', 'MAC'],
	['Macau', 'MAC'],
	['Macao, China', 'MAC'],
	['Russia', 'RUS'],
	['Vietnam', 'VNM'],
	['Czech Republic', 'CZE'],
	['Slovak Republic', 'SVK'],
	['Turkey', 'TUR'],
	['Türkiye', 'TUR'],
	['Taipei, Chinese', '490'],
	['Other Asia, nes', '490'],
	['Taiwan', '490'],
	['Taiwan, China', '490'],
	['Taiwan, Province of China', '490'],
	['Bolivia', 'BOL'],
	['Bolivia, Plurinational State of', 'BOL'],
	['Tanzania', 'TZA'],
	['Congo, Dem. Rep.', 'COD'],
	['DR Congo', 'COD'],
	['Zaire', 'COD'],
	['Congo, Rep.', 'COG'],
	['Congo (Brazzaville)', 'COG'],
	['Lao PDR', 'LAO'],
	['Laos', 'LAO'],
	['Kyrgyz Republic', 'KGZ'],
	['Yemen, Rep.', 'YEM'],
	['Micronesia, Fed. Sts.', 'FSM'],
	['Micronesia (Federated States of)', 'FSM'],
	['Micronesia', 'FSM'],
	['Ivory Coast', 'CIV'],
	['Brunei', 'BRN'],
	['Moldova', 'MDA'],
	['Macedonia, FYR', 'MKD'],
	['The former Yugoslav Republic of Macedonia', 'MKD'],
	['Macedonia', 'MKD'],
	['Syrian Arab Republic', 'SYR'],
	['Eswatini', 'SWZ'],
	['Cape Verde', 'CPV'],
	['West Bank and Gaza', 'PSE'],
	['Palestine', 'PSE'],
	['Occ.Pal.Terr', 'PSE'],
	['Occupied Palestinian Territory', 'PSE'],
	['Burma', 'MMR'],
	['East Timor', 'TLS'],
	['Serbia, FR(Serbia/Montenegro)', 'SCG'],
	['Ethiopia(excludes Eritrea)', 'ETH'],
	['Fm Sudan', 'SDN'],
	['Holy See', 'VAT'],
	['Faeroe Islands', 'FRO'],
	['Falkland Island', 'FLK'],
	['Netherlands Antilles', 'ANT'],
	['Libyan Arab Jamahiriya', 'LBY'],
	['Wallis and Futura Isl.', 'WLF'],
	['Fr. So. Ant. Tr', 'ATF'],
	['French Southern and Antarctic Lands', 'ATF'],
	['Br. Indian Ocean Ter.', 'IOT'],
	['Cocos (Keeling) Islands', 'CCK'],
	['Sint Maarten (Dutch part)', 'SXM'],
	['Sint Maarten', 'SXM'],
	['Saint Martin (French part)', 'MAF'],
	['Bonaire, Sint Eustatius and Saba', 'BES'],
	["China, People's Republic of", 'CHN'],
	['USSR', 'SUN'],
	['Soviet Union', 'SUN'],
	['German Democratic Republic', 'DDR'],
	['Kosovo', 'XKX']
];

/** Names that are World or an aggregate, not a partner country (METHODS 1.1). */
const AGGREGATE_NAMES = (
	'Areas, nes|Unspecified|Not specified|Free Zones|Bunkers|Ship stores and bunkers|' +
	'Special Categories|Neutral Zone|European Union|Euro area|Other Europe, nes|' +
	'East Asia & Pacific|Europe & Central Asia|Latin America & Caribbean|' +
	'Middle East & North Africa|North America|South Asia|Sub-Saharan Africa|' +
	'All countries|All partners|Other|Others|Total|OECD|ASEAN|MERCOSUR|EFTA|APEC|' +
	'OPEC'
).split('|');

/** Words of region names: a name made only of these is a region, not a country. */
const REGION_WORDS = new Set(
	(
		'north northern south southern east eastern west western central middle sub saharan asia ' +
		'asian africa african europe european america americas american latin caribbean pacific ' +
		'oceania emerging developing developed economies other rest total all partners nes eu ea'
	).split(' ')
);

/** Abbreviations written out, so that "St. Lucia" is "Saint Lucia" and "Rep." is "Republic". */
const WORDS: Record<string, string> = {
	st: 'saint',
	isds: 'islands',
	isd: 'islands',
	isl: 'islands',
	is: 'islands',
	rep: 'republic',
	dem: 'democratic'
};
const STOP_WORDS = new Set(['the', 'of', 'and']);

/**
 * A name's comparison key: no case, accents, punctuation or stop words, abbreviations written
 * out, words sorted (so "Korea, Rep." and "Rep. of Korea" meet).
 */
function nameKey(name: string): string[] {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/n\.\s*e\.\s*s\.?/g, 'nes')
		.replace(/&/g, ' and ')
		.replace(/['’‘`´]/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.split(' ')
		.filter((word) => word !== '' && !STOP_WORDS.has(word))
		.map((word) => (Object.hasOwn(WORDS, word) ? WORDS[word] : word)) // not 'constructor' of {}
		.sort();
}

let nameIndex: Map<string, CountryMatch> | null = null;

function buildNameIndex(): Map<string, CountryMatch> {
	const index = new Map<string, CountryMatch>();
	const add = (name: string, match: CountryMatch, override = false): void => {
		const key = nameKey(name).join(' ');
		if (key !== '' && (override || !index.has(key))) index.set(key, match);
	};
	for (const [code, iso3, , name] of BACI_COUNTRIES) {
		add(name, iso3 || (isAggregatePartner(code) ? 'aggregate' : String(code)));
	}
	const display = regionNames();
	if (display) {
		const codes = [...new Set(BACI_COUNTRIES.map(([, iso3]) => iso3).filter(Boolean))];
		for (const iso3 of codes) {
			const iso2 = iso2OfCountry(iso3);
			if (iso2) addDisplayName(display, iso2, iso3, add);
		}
		for (const [iso2, id] of EXTRA_ISO2) addDisplayName(display, iso2, id, add);
	}
	for (const name of AGGREGATE_NAMES) add(name, 'aggregate', true);
	for (const [name, id] of ALIASES) add(name, id, true);
	add('World', 'world', true);
	return index;
}

function regionNames(): Intl.DisplayNames | null {
	try {
		return new Intl.DisplayNames('en', { type: 'region' });
	} catch {
		return null; // an engine without Intl.DisplayNames: the table's names and aliases remain
	}
}

function addDisplayName(
	display: Intl.DisplayNames,
	iso2: string,
	id: string,
	add: (name: string, match: CountryMatch) => void
): void {
	const name = display.of(iso2);
	if (name && name !== iso2) add(name, id);
}

/** An English country name as WITS, Trade Map or UN Comtrade write it. */
export function countryOfName(name: string): CountryMatch {
	const words = nameKey(name);
	if (words.length === 0) return null;
	nameIndex ??= buildNameIndex();
	const found = nameIndex.get(words.join(' '));
	if (found !== undefined) return found;
	// Not a known country: areas "nes", groupings and regions are aggregates, anything else unknown.
	if (words.includes('nes') || words.includes('world') || words.includes('income')) {
		return 'aggregate';
	}
	if (words.some((word) => AGGREGATE_WORDS.has(word))) return 'aggregate';
	return words.every((word) => REGION_WORDS.has(word)) ? 'aggregate' : null;
}

/** Words no country name has, but groupings do ("Customs Union", "Free Trade Area", …). */
const AGGREGATE_WORDS = new Set([
	'countries',
	'union',
	'area',
	'areas',
	'zone',
	'zones',
	'bunkers',
	'unspecified',
	'specified',
	'excluding',
	'stores',
	'provisions',
	'secret',
	'confidential'
]);
