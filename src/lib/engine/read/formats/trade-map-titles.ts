/**
 * What a Trade Map table says about itself above its header ("List of products exported by
 * Brazil to Argentina", "Product: TOTAL All products", "Unit: US Dollar thousand") and in the
 * name Trade Map gives its downloads ("Trade_Map_-_List_of_importing_markets_for_a_product_
 * exported_by_China.txt"): which table it is, whose trade, with whom, of what, in what unit.
 */
import { countryOfName } from '../../codes/country-names';

/**
 * The kinds of Trade Map table: `products` (one reporter's trade by product, with the World
 * or one partner), `bilateral` ("Bilateral trade between A and B", by product), `markets`
 * (one product, one reporter, a row per partner market), `world` (one product, a row per
 * exporting or importing country: every country's trade with the World).
 */
export type TableKind = 'products' | 'bilateral' | 'markets' | 'world';

/** What the titles (or the file name) of a table say; null where they say nothing. */
export interface TableFacts {
	kind: TableKind | null;
	direction: 'exports' | 'imports' | null;
	/** Country names as written. */
	reporter: string | null;
	partner: string | null;
	/** "Product: 8703 Motor cars…": the code as written ("TOTAL", "8703", "'870323") and its label. */
	product: { code: string | null; label: string } | null;
	/** "Unit: US Dollar thousand", as written. */
	unit: string | null;
	year: number | null;
	/** Mirror data: the partners' reports, not the reporter's. */
	mirror: boolean;
}

export function noFacts(): TableFacts {
	return {
		kind: null,
		direction: null,
		reporter: null,
		partner: null,
		product: null,
		unit: null,
		year: null,
		mirror: false
	};
}

const PRODUCTS_BY = /^list of (?:the )?products(?: at .+? level)? (exported|imported) by (.+)$/i;
const MARKETS =
	/^list of (?:the )?(?:importing|supplying|exporting|destination|partner) (?:markets|countries) for (?:a|the|the selected) products? (exported|imported) by (.+)$/i;
const WORLD =
	/^list of (?:the )?(exporters|importers|exported products|imported products) for the selected products?(.*)$/i;
const BETWEEN = /^bilateral trade between (.+)$/i;
const PRODUCT_LINE = /^products?\s*:\s*(.*)$/i;
const UNIT_LINE = /^units?\s*:\s*(.*)$/i;

/** Whether a row is a Trade Map title line (for recognising a table whose title comes first). */
export function isTitleRow(cells: string[]): boolean {
	const text = rowText(cells);
	return (
		text !== null &&
		(PRODUCTS_BY.test(text) || MARKETS.test(text) || WORLD.test(text) || BETWEEN.test(text))
	);
}

/** The one text of a title row (a merged cell repeats it), or null for a row of several values. */
function rowText(cells: string[]): string | null {
	let text: string | null = null;
	for (const cell of cells) {
		const value = cell
			.trim()
			.replace(/^"+|"+$/g, '')
			.replace(/\s+/g, ' ')
			.trim();
		if (value === '' || value === text) continue;
		if (text !== null) return null;
		text = value;
	}
	return text;
}

/** Adds what a title row says to `facts`; false when the row is no title of a known shape. */
export function readTitle(cells: string[], facts: TableFacts): boolean {
	const text = rowText(cells);
	if (text === null) return false;
	const product = PRODUCT_LINE.exec(text);
	if (product) {
		facts.product = productOf(product[1]);
		return true;
	}
	const unit = UNIT_LINE.exec(text);
	if (unit) {
		facts.unit = unit[1].trim();
		return true;
	}
	return readName(text, facts);
}

/** "TOTAL All products", "'870323 Motor cars…", "8703 - Motor cars", "All products". */
function productOf(text: string): TableFacts['product'] {
	const match = /^'?\s*(TOTAL|\d{1,12})\b\s*[-–:]?\s*(.*)$/i.exec(text.trim());
	if (match) return { code: match[1].toUpperCase(), label: match[2].trim() };
	const label = text.trim();
	return { code: /^all products$/i.test(label) ? 'TOTAL' : null, label };
}

/** Reads a title or a file name's words into `facts`; false when it is none of Trade Map's. */
function readName(text: string, facts: TableFacts): boolean {
	let rest = text.replace(/\s*\((mirror)\)\s*/i, () => {
		facts.mirror = true;
		return ' ';
	});
	rest = rest.trim();
	const year = /\s+in\s+((?:19|20)\d\d)$/i.exec(rest);
	if (year) {
		facts.year = Number(year[1]);
		rest = rest.slice(0, year.index);
	}
	let match: RegExpExecArray | null;
	if ((match = PRODUCTS_BY.exec(rest))) {
		facts.kind = 'products';
		setDirection(facts, match[1]);
		const [reporter, partner] = splitPartner(match[2], /^export/i.test(match[1]));
		facts.reporter = reporter;
		facts.partner = partner ?? facts.partner;
	} else if ((match = MARKETS.exec(rest))) {
		facts.kind = 'markets';
		setDirection(facts, match[1]);
		facts.reporter = match[2].trim();
	} else if ((match = WORLD.exec(rest))) {
		facts.kind = 'world';
		facts.direction = /^export/i.test(match[1]) ? 'exports' : 'imports';
		// "(All products)" in a file name: the product.
		const named = /^\s*\((.+)\)\s*$/.exec(match[2]);
		if (named && facts.product === null) facts.product = productOf(named[1]);
	} else if ((match = BETWEEN.exec(rest))) {
		facts.kind = 'bilateral';
		const split = splitBetween(match[1]);
		if (split) {
			facts.reporter = split.reporter;
			facts.partner = split.partner;
		}
	} else return false;
	return true;
}

function setDirection(facts: TableFacts, verb: string): void {
	facts.direction = /^export/i.test(verb) ? 'exports' : 'imports';
}

/** "Brazil to Argentina" (exports) / "Brazil from Argentina" (imports) → [reporter, partner]. */
function splitPartner(text: string, exports: boolean): [string, string | null] {
	const word = exports ? ' to ' : ' from ';
	const at = text.toLowerCase().lastIndexOf(word);
	if (at < 0) return [text.trim(), null];
	const partner = text.slice(at + word.length).trim();
	return [text.slice(0, at).trim(), /^(the )?world$/i.test(partner) ? null : partner];
}

/** "Trinidad and Tobago and Chile": the split where both sides are country names. */
function splitBetween(text: string): { reporter: string; partner: string } | null {
	const parts = text.trim().split(' and ');
	const splits = parts.slice(1).map((_, i) => ({
		reporter: parts.slice(0, i + 1).join(' and '),
		partner: parts.slice(i + 1).join(' and ')
	}));
	const known = (name: string) => countryOfName(name) !== null;
	return splits.find((s) => known(s.reporter) && known(s.partner)) ?? splits[0] ?? null;
}

/**
 * What a file name says ("Trade_Map_-_Bilateral_trade_between_Brazil_and_Chile (1).txt",
 * "itc-trademap-Trade_Map_-_List_of_products_exported_by_China.txt").
 */
export function factsOfFileName(fileName: string): TableFacts {
	const facts = noFacts();
	const base = (fileName.split(/[\\/›]/).pop() ?? '')
		.replace(/\.[a-z0-9]+$/i, '')
		.replace(/\s*\(\d+\)$/, '')
		.replace(/_/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const at = base.search(/\b(list of|bilateral trade between)\b/i);
	if (at >= 0) readName(base.slice(at), facts);
	return facts;
}

/**
 * The facts of the titles over those of the file name (a file can be renamed; its titles are
 * its own). Which table it is and whose trade with whom come together from one or the other.
 */
export function mergeFacts(fromName: TableFacts, fromTitles: TableFacts): TableFacts {
	const who = fromTitles.kind !== null ? fromTitles : fromName;
	return {
		kind: who.kind,
		direction: who.direction,
		reporter: who.reporter,
		partner: who.partner,
		product: fromTitles.product ?? fromName.product,
		unit: fromTitles.unit ?? fromName.unit,
		year: fromTitles.year ?? fromName.year,
		mirror: fromTitles.mirror || fromName.mirror
	};
}
