/**
 * Settings and the open view as URL query parameters, and back. Pure: the browser wiring is in
 * url-sync.svelte.ts. Only values that differ from the defaults are written (the language is
 * always written, so a link opens in the sender's language). Reading is defensive: every value
 * is validated and an invalid one is ignored, so a tampered link can neither throw nor inject.
 *
 * Example: `m=ff&a=0.25&t=0.1&r=BRA&y=2015-2022&s=footwear,hides&c=64,84-85&p=group:oecd
 * &rows=group&b=Calçados:6403*,6404*&v=heatmap&lang=pt-BR`; a drill-down adds
 * `d=country:DEU&ds=footwear`. The robustness options: `uv=quantile:0.05` (or `mean:5`), `lvl=hs4`, `fob=1`,
 * `hs=off` (mixed HS editions kept as read).
 */
import {
	ALL_PARTNERS,
	type Basket,
	type CustomGroup,
	type DrillTarget,
	formatChapters,
	GROUP_IDS,
	type GroupId,
	hasControlCharacters,
	parseBasketText,
	parseChapters,
	type PartnerSet,
	PRODUCT_LEVELS,
	type ProductLevel,
	type HsEditionsChoice,
	type QuantityBasis,
	SECTOR_IDS,
	type SectorId,
	type UvScreen
} from '../engine';
import { DEFAULT_LEVEL, readUvScreenParam, uvScreenParam } from './classify-options';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n';
import { DEFAULT_REPORTER, type MethodChoice, type RowsKind } from './settings.svelte';
import { partnerChoiceValue } from './partner-choice';
import { SAMPLE_IDS, type SampleId } from './samples';
import { VIEW_IDS, type ViewId } from './view-registry';

/** Everything a link carries: the analysis settings, the open view and the language. */
export interface UrlSnapshot {
	method: MethodChoice;
	alpha: number;
	theta: number;
	cifFobFactor: number;
	/** The robustness options (METHODS 7.1, 7.4, 7.2); absent from a link = off, HS6, off. */
	uvScreen: UvScreen | null;
	level: ProductLevel;
	fobWhereReported: boolean;
	hsEditions: HsEditionsChoice;
	reporter: string;
	quantityBasis: QuantityBasis;
	includeReExports: boolean;
	yearFrom: number | null;
	yearTo: number | null;
	topN: number;
	sectors: SectorId[] | null;
	chapters: number[] | null;
	partners: PartnerSet;
	rowsKind: RowsKind;
	basket: Basket | null;
	/** No basket, said out loud (`b=-`): a sample's own basket is then not applied. */
	noBasket: boolean;
	view: ViewId;
	/** The cell the product view drills into (only written while the product view is open). */
	drill: DrillTarget | null;
	lang: Locale;
	/** The bundled sample on screen, so that a link or a reload opens it again; null for the user's files. */
	sample: SampleId | null;
}

/** The values of a fresh AnalysisSettings and ResultViews: left out of links. */
export const URL_DEFAULTS: UrlSnapshot = {
	method: 'both',
	alpha: 0.15,
	theta: 0.1,
	cifFobFactor: 1,
	uvScreen: null,
	level: DEFAULT_LEVEL,
	fobWhereReported: false,
	hsEditions: 'convert',
	reporter: DEFAULT_REPORTER,
	quantityBasis: 'auto',
	includeReExports: false,
	yearFrom: null,
	yearTo: null,
	topN: 15,
	sectors: null,
	chapters: null,
	partners: ALL_PARTNERS,
	rowsKind: 'partner',
	basket: null,
	noBasket: false,
	view: 'partners',
	drill: null,
	lang: DEFAULT_LOCALE,
	sample: null
};

/** The parameter name of each setting (short, so links stay short). */
export const PARAM = {
	method: 'm',
	alpha: 'a',
	theta: 't',
	cifFobFactor: 'cif',
	uvScreen: 'uv',
	level: 'lvl',
	fobWhereReported: 'fob',
	hsEditions: 'hs',
	reporter: 'r',
	quantityBasis: 'q',
	includeReExports: 'rx',
	years: 'y',
	topN: 'n',
	sectors: 's',
	chapters: 'c',
	partners: 'p',
	partnerMembers: 'pm',
	rowsKind: 'rows',
	basket: 'b',
	view: 'v',
	drill: 'd',
	drillMembers: 'dm',
	drillSector: 'ds',
	lang: 'lang',
	sample: 'sample'
} as const;

const METHODS: readonly MethodChoice[] = ['ghm', 'ff', 'both'];
const QUANTITY_BASES: readonly QuantityBasis[] = ['auto', 'reported', 'net-weight'];
const ROWS_KINDS: readonly RowsKind[] = ['partner', 'group'];
// Plain decimals or exponent notation, as String(number) writes them; no signs, no hex, no spaces.
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
const YEAR = /^\d{4}$/;
const REPORTER = /^[A-Z]{3}$/;
// Partner ids are ISO3 codes, BACI numbers (490) or Comex Stat ids (BR249).
const COUNTRY = /^[A-Z0-9]{2,8}$/;
const MAX_NAME = 80;
const MAX_MEMBERS = 300;
const MAX_TOP_N = 10_000;

/** Whether `value` is one of `allowed` (narrows it). */
function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
	return (allowed as readonly string[]).includes(value);
}

/** A user-given name (group, basket) as links may carry it: short, no control characters. */
export function isSafeName(name: string): boolean {
	return name.length <= MAX_NAME && !hasControlCharacters(name);
}

/** The parameters of a snapshot; values equal to the defaults are left out, the language never. */
export function settingsToParams(snapshot: UrlSnapshot): URLSearchParams {
	const params = new URLSearchParams();
	const d = URL_DEFAULTS;
	const put = (name: string, value: string, fallback: string) => {
		if (value !== fallback) params.set(name, value);
	};
	put(PARAM.method, snapshot.method, d.method);
	put(PARAM.alpha, String(snapshot.alpha), String(d.alpha));
	put(PARAM.theta, String(snapshot.theta), String(d.theta));
	put(PARAM.cifFobFactor, String(snapshot.cifFobFactor), String(d.cifFobFactor));
	if (snapshot.uvScreen) params.set(PARAM.uvScreen, uvScreenParam(snapshot.uvScreen));
	put(PARAM.level, snapshot.level, d.level);
	if (snapshot.fobWhereReported) params.set(PARAM.fobWhereReported, '1');
	put(PARAM.hsEditions, snapshot.hsEditions, d.hsEditions);
	put(PARAM.reporter, snapshot.reporter, d.reporter);
	put(PARAM.quantityBasis, snapshot.quantityBasis, d.quantityBasis);
	if (snapshot.includeReExports) params.set(PARAM.includeReExports, '1');
	put(PARAM.years, yearsText(snapshot.yearFrom, snapshot.yearTo), '');
	put(PARAM.topN, String(snapshot.topN), String(d.topN));
	put(PARAM.sectors, (snapshot.sectors ?? []).join(','), '');
	put(PARAM.chapters, formatChapters(snapshot.chapters).replace(/\s/g, ''), '');
	writePartners(params, snapshot.partners, PARAM.partners, PARAM.partnerMembers);
	put(PARAM.rowsKind, snapshot.rowsKind, d.rowsKind);
	if (snapshot.basket) {
		params.set(PARAM.basket, `${snapshot.basket.name}:${snapshot.basket.patterns.join(',')}`);
	} else if (snapshot.noBasket) {
		params.set(PARAM.basket, NO_BASKET);
	}
	put(PARAM.view, snapshot.view, d.view);
	if (snapshot.view === 'products' && snapshot.drill) writeDrill(params, snapshot.drill);
	params.set(PARAM.lang, snapshot.lang);
	if (snapshot.sample) params.set(PARAM.sample, snapshot.sample);
	return params;
}

/**
 * The query text of the parameters, keeping `:` `,` and `/` readable (`p=group:oecd&c=64,84-85`):
 * they are legal in a query and URLSearchParams reads them back unchanged.
 */
export function queryText(params: URLSearchParams): string {
	return params.toString().replace(/%3A|%2C|%2F/gi, (escaped) => decodeURIComponent(escaped));
}

/** "2015-2022", "2015" (one year), "2015-" or "-2022" (an open end); "" for the data's whole range. */
function yearsText(from: number | null, to: number | null): string {
	if (from === null && to === null) return '';
	if (from !== null && from === to) return String(from);
	return `${from ?? ''}-${to ?? ''}`;
}

/** `p=all|group:oecd|country:USA|custom:<name>`; a custom group's members go in `pm`. */
function writePartners(
	params: URLSearchParams,
	partners: PartnerSet,
	name: string,
	membersName: string
): void {
	if (partners.kind === 'all') return;
	params.set(name, partnerChoiceValue(partners));
	// A custom group is not on the receiver's device: its members travel with it.
	if (partners.kind === 'custom') params.set(membersName, partners.group.members.join(','));
}

/** `d` (and `dm`) the drill-down's partners like `p`, `ds` its sector; all partners is `d=all`. */
function writeDrill(params: URLSearchParams, drill: DrillTarget): void {
	if (drill.partners.kind === 'all') params.set(PARAM.drill, 'all');
	else writePartners(params, drill.partners, PARAM.drill, PARAM.drillMembers);
	if (drill.sector) params.set(PARAM.drillSector, drill.sector);
}

/** The settings a URL's parameters hold; absent or invalid values are left out. Never throws. */
export function paramsToSettings(params: URLSearchParams): Partial<UrlSnapshot> {
	const read: Partial<UrlSnapshot> = {};
	const text = (name: string): string | null => params.get(name);
	const method = text(PARAM.method);
	if (method !== null && oneOf(METHODS, method)) read.method = method;
	const alpha = decimal(text(PARAM.alpha));
	if (alpha !== null && alpha > 0 && alpha < 1) read.alpha = alpha;
	const theta = decimal(text(PARAM.theta));
	if (theta !== null && theta >= 0 && theta < 1) read.theta = theta;
	const cif = decimal(text(PARAM.cifFobFactor));
	if (cif !== null && cif > 0) read.cifFobFactor = cif;
	const uvScreen = readUvScreenParam(text(PARAM.uvScreen));
	if (uvScreen) read.uvScreen = uvScreen;
	const level = text(PARAM.level);
	if (level !== null && oneOf(PRODUCT_LEVELS, level)) read.level = level;
	const fob = text(PARAM.fobWhereReported);
	if (fob === '1' || fob === '0') read.fobWhereReported = fob === '1';
	const editions = text(PARAM.hsEditions);
	if (editions === 'off' || editions === 'convert') read.hsEditions = editions;
	const reporter = text(PARAM.reporter);
	if (reporter !== null && REPORTER.test(reporter)) read.reporter = reporter;
	const basis = text(PARAM.quantityBasis);
	if (basis !== null && oneOf(QUANTITY_BASES, basis)) read.quantityBasis = basis;
	const reExports = text(PARAM.includeReExports);
	if (reExports === '1' || reExports === '0') read.includeReExports = reExports === '1';
	Object.assign(read, readYears(text(PARAM.years)));
	const topN = text(PARAM.topN);
	if (topN !== null && /^\d{1,5}$/.test(topN) && +topN >= 1 && +topN <= MAX_TOP_N) {
		read.topN = Number(topN);
	}
	const sectors = readSectors(text(PARAM.sectors));
	if (sectors) read.sectors = sectors;
	const chapters = text(PARAM.chapters);
	const parsedChapters = chapters === null ? null : parseChapters(chapters);
	if (parsedChapters && 'chapters' in parsedChapters && parsedChapters.chapters) {
		read.chapters = parsedChapters.chapters;
	}
	const partners = readPartners(text(PARAM.partners), text(PARAM.partnerMembers));
	if (partners) read.partners = partners;
	const rowsKind = text(PARAM.rowsKind);
	if (rowsKind !== null && oneOf(ROWS_KINDS, rowsKind)) read.rowsKind = rowsKind;
	const basketText = text(PARAM.basket);
	const basket = readBasket(basketText);
	if (basket) read.basket = basket;
	else if (basketText === NO_BASKET) Object.assign(read, { basket: null, noBasket: true });
	const view = text(PARAM.view);
	if (view !== null && oneOf(VIEW_IDS, view)) read.view = view;
	const drill = readDrill(text(PARAM.drill), text(PARAM.drillMembers), text(PARAM.drillSector));
	if (drill && read.view === 'products') read.drill = drill;
	const lang = text(PARAM.lang);
	if (isLocale(lang)) read.lang = lang;
	const sample = text(PARAM.sample);
	if (sample !== null && oneOf(SAMPLE_IDS, sample)) read.sample = sample;
	return read;
}

/** The settings of a URL's search part ("?m=ff&…" or "m=ff&…"); see paramsToSettings. */
export function readSearch(search: string): Partial<UrlSnapshot> {
	return paramsToSettings(new URLSearchParams(search));
}

/** A finite non-negative number written as a plain decimal; null otherwise. */
function decimal(text: string | null): number | null {
	if (text === null || text.length > 32 || !DECIMAL.test(text)) return null;
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}

/** The year range of `y`: both ends, one end, or nothing when the text is not a range of years. */
function readYears(text: string | null): Pick<Partial<UrlSnapshot>, 'yearFrom' | 'yearTo'> {
	if (text === null) return {};
	if (YEAR.test(text)) return { yearFrom: Number(text), yearTo: Number(text) };
	const match = /^(\d{4})?-(\d{4})?$/.exec(text);
	if (!match || (match[1] === undefined && match[2] === undefined)) return {};
	return {
		yearFrom: match[1] === undefined ? null : Number(match[1]),
		yearTo: match[2] === undefined ? null : Number(match[2])
	};
}

/** Known sector ids, without repeats; null when any is unknown. */
function readSectors(text: string | null): SectorId[] | null {
	if (!text) return null;
	const ids = text.split(',');
	if (!ids.every((id) => oneOf(SECTOR_IDS, id))) return null;
	return [...new Set(ids as SectorId[])];
}

/** Country ids of a custom group's `pm`, without repeats; null when any is not a country id. */
function readMembers(text: string | null): string[] | null {
	if (!text) return null;
	const ids = text.split(',');
	if (ids.length > MAX_MEMBERS || !ids.every((id) => COUNTRY.test(id))) return null;
	return [...new Set(ids)];
}

/** The partner set of `p` (and `pm` for a custom group); null when invalid. */
function readPartners(text: string | null, members: string | null): PartnerSet | null {
	if (text === null) return null;
	if (text === 'all') return ALL_PARTNERS;
	const colon = text.indexOf(':');
	if (colon < 0) return null;
	const kind = text.slice(0, colon);
	const id = text.slice(colon + 1);
	if (kind === 'group' && oneOf(GROUP_IDS, id)) return { kind: 'group', id: id as GroupId };
	if (kind === 'country' && COUNTRY.test(id)) return { kind: 'country', id };
	if (kind === 'custom' && id.trim() === id && id && isSafeName(id)) {
		const ids = readMembers(members);
		return ids ? { kind: 'custom', group: { name: id, members: ids } } : null;
	}
	return null;
}

/** The drill-down target of `d`, `dm` and `ds`; null when absent or invalid. */
function readDrill(
	partners: string | null,
	members: string | null,
	sector: string | null
): DrillTarget | null {
	const set = readPartners(partners, members);
	if (!set) return null;
	if (sector !== null && !oneOf(SECTOR_IDS, sector)) return null;
	return { partners: set, sector: sector as SectorId | null };
}

/** `b=-`: no basket (no name can be "-" alone: a basket's text always holds a colon). */
const NO_BASKET = '-';

/** The basket of `b` ("name:pattern,pattern"); null when the name or any pattern is invalid. */
function readBasket(text: string | null): Basket | null {
	if (text === null) return null;
	// Patterns never hold a colon, so the last one ends the name (which may hold colons).
	const colon = text.lastIndexOf(':');
	if (colon < 0) return null;
	const name = text.slice(0, colon);
	const { patterns, invalid } = parseBasketText(text.slice(colon + 1));
	if (invalid !== null || patterns.length === 0 || !isSafeName(name)) return null;
	return { name, patterns };
}

/**
 * The custom groups with a linked group in them: reused when a group of that name has the same
 * members, else added — under a new name ("Name (2)") when the name is taken, so a link never
 * overwrites a group saved on this device. Returns the list and the group as it is listed.
 */
export function withLinkedGroup(
	groups: readonly CustomGroup[],
	linked: CustomGroup
): { groups: CustomGroup[]; group: CustomGroup } {
	const same = (a: string[], b: string[]) =>
		a.length === b.length && [...a].sort().join() === [...b].sort().join();
	// A group added by an earlier visit to the link may carry the new name already.
	const existing = groups.find(
		(group) =>
			(group.name === linked.name || group.name.startsWith(`${linked.name} (`)) &&
			same(group.members, linked.members)
	);
	if (existing) return { groups: [...groups], group: existing };
	let name = linked.name;
	for (let n = 2; groups.some((group) => group.name === name); n++) name = `${linked.name} (${n})`;
	const group = { name, members: [...linked.members] };
	return { groups: [...groups, group], group };
}
