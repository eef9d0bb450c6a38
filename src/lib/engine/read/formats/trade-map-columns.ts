/**
 * What the header cells of an ITC Trade Map table say: the product code column, the partner
 * column ("Importers", "Exporters"), and the yearly value columns with their direction, the
 * countries of "Brazil's exports to Argentina" and the unit of "(USD thousand)". Anything else
 * (balances, growth rates, shares, quantities, rankings) is no value to read.
 */
import { isTitleRow } from './trade-map-titles';

/** What one header cell says. `subject` / `object` come from "A's exports to B". */
export type Column =
	| { kind: 'product' | 'partner' | 'other' }
	| {
			kind: 'value';
			year: number;
			isExport: boolean | null;
			subject: string | null;
			object: string | null;
			/** USD per unit the column names ("(USD thousand)": 1000), NaN for a non-money unit, null when unnamed. */
			scale: number | null;
	  };

const PRODUCT = /^(code|hs ?code|product ?code|hs ?6 ?code)$/i;
const PARTNER =
	/^(importers|exporters|partners?|partner countries|countries|markets|trading partners)$/i;
const YEAR = /\b(?:19|20)\d\d\b/g;
// Yearly values only: not quantities, unit values, balances, growth rates, shares, months.
const NOT_VALUE = new RegExp(
	'quantit|unit value|balance|growth|share|%|between|tariff|distance|concentration|rank|' +
		'average|potential|month|quarter|\\d{4}\\s*-\\s*[mq]\\d',
	'i'
);
/** "Brazil's exports to Argentina". */
export const PHRASE = /^(.+?)['’]s\s+(exports?|imports?)\s+(to|from)\s+(.+)$/i;
/** A value column as Trade Map writes it. */
export const TRADE_MAP_VALUE = new RegExp(
	'^(exported value|imported value|value exported|value imported|value) in (19|20)\\d\\d\\b|' +
		"['’]s (exports|imports) (to|from) ",
	'i'
);
/** A unit in brackets or after a comma: "(USD thousand)", ", US Dollar thousand". */
const UNIT_IN_NAME = /(?:\(([^)]*)\)|,\s*([^,]*(?:dollar|usd|us\$)[^,]*))\s*$/i;

/** A header cell as compared: no quotes around it, single spaces. */
export function cleanName(raw: string): string {
	return raw
		.trim()
		.replace(/^["']+|["']+$/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * USD per unit of a unit's name: 1000 for "US Dollar thousand" / "USD thousand" / "thousand
 * US$", 1 for "US Dollar", 1e6 for millions; NaN for a unit that is no money (tons, kg, units);
 * null when the text names no unit.
 */
export function unitScale(text: string): number | null {
	const unit = text.toLowerCase();
	if (/\b(tons?|tonnes?|kg|kilograms?|quantity|units?|litres?|liters?)\b/.test(unit)) return NaN;
	if (!/\b(us ?dollars?|usd|us\$|dollars?)(?![a-z])/.test(unit)) return null;
	if (/\bthousands?\b|\b000\b|\bk\b/.test(unit)) return 1000;
	if (/\bmillions?\b|\bmn\b/.test(unit)) return 1e6;
	if (/\bbillions?\b/.test(unit)) return 1e9;
	return 1;
}

export function describeColumn(raw: string): Column {
	const name = cleanName(raw);
	if (PRODUCT.test(name)) return { kind: 'product' };
	if (PARTNER.test(name)) return { kind: 'partner' };
	const years = name.match(YEAR);
	if (years === null || years.length !== 1 || NOT_VALUE.test(name)) return { kind: 'other' };
	const unit = UNIT_IN_NAME.exec(name);
	const scale = unit ? unitScale(unit[1] ?? unit[2]) : null;
	// What is left without the year, "value", units in brackets and separators: a phrase or nothing.
	const rest = name
		.replace(/\(.*?\)/g, ' ')
		.replace(/,\s*[^,]*(dollar|usd|us\$)[^,]*$/i, ' ')
		.replace(YEAR, ' ')
		.replace(/\b((exported|imported)\s+)?values?(\s+(exported|imported))?\b/i, ' ')
		.replace(/(^|\s)in(?=\s|$)/gi, ' ')
		.replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, '');
	const phrase = PHRASE.exec(rest);
	const exports = /\bexport(s|ed)?\b/i.test(name);
	const imports = /\bimport(s|ed)?\b/i.test(name);
	if (!phrase && rest !== '' && !exports && !imports) return { kind: 'other' };
	return {
		kind: 'value',
		year: Number(years[0]),
		isExport: phrase ? /^export/i.test(phrase[2]) : exports !== imports ? exports : null,
		subject: phrase ? phrase[1].trim() : null,
		object: phrase ? phrase[4].trim() : null,
		scale
	};
}

/** Whether a row is a Trade Map header: not a title, and it names at least one yearly value column. */
export function isHeaderRow(cells: string[]): boolean {
	return (
		!isTitleRow(cells) &&
		cells.some((cell) => cell.trim() !== '' && describeColumn(cell).kind === 'value')
	);
}

/**
 * A header cell with the cell above it when that one groups columns by direction (an HTML
 * header of two rows: "Brazil's exports to Argentina" over "Value in 2021", "Value in 2022").
 */
export function withGroup(name: string, group: string | undefined): string {
	const above = group === undefined ? '' : cleanName(group);
	if (above === '' || above === cleanName(name)) return name;
	const directed = PHRASE.test(above) || /\b(exports?|imports?|exported|imported)\b/i.test(above);
	return directed ? `${above} - ${cleanName(name)}` : name;
}
