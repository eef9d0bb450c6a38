/**
 * What the Trade Map reader tells a user whose table is not the method's input: what the table
 * is, what it lacks, and what to download in Trade Map instead (its own menu words:
 * "Bilateral trade between …", product level "6 digits", "Exports" and "Imports").
 */
import { TradeFileError } from '../../model/errors';
import type { TableFacts } from './trade-map-titles';

/** What a missing piece is called in the message (details.missing keeps the short names). */
const MISSING_TEXT: Record<string, string> = {
	exports: 'exported values',
	imports: 'imported values',
	'HS6 product codes': '6-digit (HS6) product codes',
	partner: 'a partner country (its values are trade with the World)',
	'flow direction': 'columns saying exports or imports ("Value in …" alone does not)',
	'yearly values': 'yearly value columns',
	'values in US dollars': 'values in US dollars'
};

/** How to get the method's input from Trade Map: both directions of one pair at 6 digits. */
export function downloadAdvice(
	reporter: string | null,
	partner: string | null,
	need: 'both' | 'exports' | 'imports' = 'both',
	/** The table the missing direction goes with. */
	withFile = 'this one'
): string {
	const r = reporter ?? '<reporter>';
	const p = partner ?? '<partner>';
	const menu = `in Trade Map choose "Bilateral trade between ${r} and ${p}", product level "6 digits"`;
	if (need === 'both') {
		return (
			`The method needs one reporter's exports and imports of each HS6 product with each partner: ` +
			`${menu}, and download the yearly values once with "Exports" and once with "Imports"; ` +
			'drop the two files together (or use UN Comtrade, BACI or WITS).'
		);
	}
	const verb = need === 'imports' ? `imported by ${r} from ${p}` : `exported by ${r} to ${p}`;
	return (
		`The method needs both directions of each HS6 product: ${menu}, download it with ` +
		`"${need === 'imports' ? 'Imports' : 'Exports'}" too (the table "List of products ${verb}") ` +
		`and drop it together with ${withFile}.`
	);
}

/** The Trade Map menu path to the download, for the page's list of details (no sentence to translate). */
export function tradeMapMenu(
	reporter: string | null,
	partner: string | null,
	need: 'both' | 'exports' | 'imports' = 'both'
): string {
	const flows =
		need === 'both' ? '"Exports" and "Imports"' : need === 'exports' ? '"Exports"' : '"Imports"';
	return `"Bilateral trade between ${reporter ?? '<reporter>'} and ${partner ?? '<partner>'}" · product level "6 digits" · ${flows}`;
}

/** The product a table is of, in words. */
function productText(product: TableFacts['product']): string {
	if (product === null) return 'one product (the file does not name it)';
	const code = product.code?.replace(/^'/, '') ?? null;
	const label = product.label ? ` (${product.label})` : '';
	if (code === 'TOTAL') return 'all products (TOTAL)';
	if (code === null) return `one product${label}`;
	const digits = code.length + (code.length & 1);
	return `HS${Math.min(digits, 6)} ${code}${label}`;
}

/** What a table is ("Brazil's exports to Argentina by product"), or null when its titles say nothing. */
export function tableDescription(facts: TableFacts): string | null {
	const { kind, reporter, partner } = facts;
	const exports = facts.direction !== 'imports';
	const direction = exports ? 'exports' : 'imports';
	let text: string;
	if (kind === 'products' && reporter) {
		const other = partner ?? 'the World';
		text = `${reporter}'s ${direction} ${exports ? 'to' : 'from'} ${other} by product`;
	} else if (kind === 'bilateral' && reporter && partner) {
		text = `the trade between ${reporter} and ${partner} by product`;
	} else if (kind === 'markets' && reporter) {
		const market = exports ? 'importing market' : 'supplying market';
		text = `${reporter}'s ${direction} of ${productText(facts.product)} by ${market}`;
	} else if (kind === 'world') {
		const row = exports ? 'exporter' : 'importer';
		text = `every country's ${direction} of ${productText(facts.product)} ${exports ? 'to' : 'from'} the World, a row per ${row}`;
	} else return null;
	if (facts.year !== null) text += `, ${facts.year}`;
	if (facts.mirror) text += ', mirror data (what the partners report)';
	return text;
}

/** Where a message's line points in an HTML table: its rows, not text lines. */
export function rowWord(html: boolean, line: number): string {
	return html
		? ` (line ${line}: the ${ordinal(line)} table row, counting every <tr> of this HTML file)`
		: '';
}

function ordinal(n: number): string {
	const tens = n % 100;
	const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/** Where the table, its lines and its advice come from, for a refusal. */
export interface RefusalPlace {
	file: string;
	line: number;
	html: boolean;
	facts: TableFacts;
	/** The reporter and partner as the table writes them, for the advice. */
	reporter: string | null;
	partner: string | null;
}

/**
 * A table that lacks what the method needs ('incomplete-table'): `missing` are short names
 * (details.missing); `note` says more of the rows (their product level).
 */
export function incompleteTable(
	missing: string[],
	place: RefusalPlace,
	note: string | null = null
): TradeFileError {
	const texts = missing.map(
		(m) => MISSING_TEXT[m] ?? m.replace(/^(ex|im)ports/, '$1ported values')
	);
	const what =
		texts.length > 1 ? `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}` : texts[0];
	const description = tableDescription(place.facts);
	const opening = description
		? `This Trade Map table is ${description}: it lacks ${what}`
		: `This Trade Map table lacks ${what}`;
	return new TradeFileError(
		'incomplete-table',
		`${opening}${note ? `; ${note}` : ''}${rowWord(place.html, place.line)}. ` +
			downloadAdvice(place.reporter, place.partner),
		place.file,
		place.line,
		undefined,
		{ missing: missing.join(', '), download: tradeMapMenu(place.reporter, place.partner) }
	);
}

/** The product level of a code as the rows write it: "HS2 chapters (85 on line 3)". */
export function productLevelNote(code: string, line: number): string {
	const text = code.trim().replace(/^'/, '').trim();
	if (/^total$/i.test(text))
		return `its only product is the total of all products (TOTAL, line ${line})`;
	const digits = text.length + (text.length & 1);
	const level = digits <= 2 ? 'HS2 chapters' : 'HS4 headings';
	return `its products are ${level}, not HS6 (${text} on line ${line})`;
}
