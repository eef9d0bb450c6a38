/**
 * ITC Trade Map tables (`.txt`, tab-separated, a trailing tab): wide, one value column per year
 * and direction in thousand USD, product codes often with a leading `'`, countries by name only.
 * Read when a table has what the method needs: one reporter (named in the header as in
 * "Brazil's exports to Argentina", in the file name, or chosen), a partner per row or named in
 * the header, HS6 codes per row, and exported and imported values for each year. Otherwise
 * 'incomplete-table' says what is missing. A physical row is one ledger row: used when one of
 * its cells is, with the sum of its cells as value. Trade Map holds no quantities here.
 */
import { MAX_YEAR, MIN_YEAR } from '../accumulate';
import { countryOfName } from '../codes/country-names';
import { TradeFileError } from '../errors';
import type { ReadOptions } from '../types';
import { reportedOrWeight } from './comtrade-plus';
import { AGGREGATE, createCountryResolver, NOT_A_COUNTRY, WORLD } from './countries';
import { createShapeCheck, parseNumber, tradeValue } from './fields';
import { PRODUCT_DROPS, PRODUCT_NOT_HS6, productCode } from './products';
import type { FormatDefinition, ReaderContext, RowHandler } from './reader';

/** What one header cell says. `subject` / `object` come from "A's exports to B". */
type Column =
	| { kind: 'product' | 'partner' | 'other' }
	| {
			kind: 'value';
			year: number;
			isExport: boolean | null;
			subject: string | null;
			object: string | null;
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
const PHRASE = /^(.+?)['’]s\s+(exports?|imports?)\s+(to|from)\s+(.+)$/i;
const TRADE_MAP_VALUE = new RegExp(
	'^(exported value|imported value|value exported|value imported|value) in (19|20)\\d\\d\\b|' +
		"['’]s (exports|imports) (to|from) ",
	'i'
);

function describe(raw: string): Column {
	const name = raw
		.trim()
		.replace(/^["']+|["']+$/g, '')
		.replace(/\s+/g, ' ')
		.trim();
	if (PRODUCT.test(name)) return { kind: 'product' };
	if (PARTNER.test(name)) return { kind: 'partner' };
	const years = name.match(YEAR);
	if (years === null || years.length !== 1 || NOT_VALUE.test(name)) return { kind: 'other' };
	// What is left without the year, "value", units in brackets and separators: a phrase or nothing.
	const rest = name
		.replace(/\(.*?\)/g, ' ')
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
		object: phrase ? phrase[4].trim() : null
	};
}

/** Reporter and partner in a file name ("Trade_Map_-_Bilateral_trade_between_Brazil_and_Chile"). */
function namesInFileName(fileName: string): { reporter: string | null; partner: string | null } {
	const base = (fileName.split(/[\\/]/).pop() ?? '')
		.replace(/\.[a-z0-9]+$/i, '')
		.replace(/\s*\(\d+\)$/, '')
		.replace(/_/g, ' ')
		.replace(/\s+/g, ' ');
	const between = /bilateral trade between (.+)$/i.exec(base);
	if (between) {
		// "Trinidad and Tobago and Chile": the split where both sides are country names.
		const parts = between[1].split(' and ');
		const splits = parts.slice(1).map((_, i) => ({
			reporter: parts.slice(0, i + 1).join(' and '),
			partner: parts.slice(i + 1).join(' and ')
		}));
		const known = (name: string) => countryOfName(name) !== null;
		const split = splits.find((s) => known(s.reporter) && known(s.partner)) ?? splits[0];
		if (split) return split;
	}
	const by = /(?:exported|imported) by (.+?)(?: (?:to|from) (.+))?$/i.exec(base);
	return { reporter: by?.[1] ?? null, partner: by?.[2] ?? null };
}

/** What a missing piece is called in the message. */
const MISSING_TEXT: Record<string, string> = {
	exports: 'exported values',
	imports: 'imported values',
	'HS6 product codes': 'a "Code" column of 6-digit (HS6) product codes',
	partner: 'a partner country (its values are trade with the World)',
	'flow direction': 'columns saying exports or imports ("Value in …" alone does not)',
	'yearly values': 'yearly value columns'
};

function incomplete(
	missing: string[],
	file: string,
	line = 1,
	reporter = '<reporter>'
): TradeFileError {
	const what = missing
		.map((m) => MISSING_TEXT[m] ?? m.replace(/^(ex|im)ports/, '$1ported values'))
		.join(', ');
	return new TradeFileError(
		'incomplete-table',
		`This Trade Map table lacks ${what}. The method needs one reporter's exports and imports ` +
			'of each HS6 product with each partner: download ' +
			`"Bilateral trade between ${reporter} and <partner>" at product level 6 digits with the ` +
			'exported and the imported values by year in one table (columns "Exported value in 2022", ' +
			'"Imported value in 2022"), or use UN Comtrade, BACI or WITS.',
		file,
		line,
		undefined,
		{ missing: missing.join(', ') }
	);
}

/** A value column to read: its year, direction and partner (-1: the row's partner). */
interface ValueColumn {
	column: number;
	year: number;
	isExport: boolean;
	partner: number;
}

function createTradeMapReader(
	header: string[],
	options: ReadOptions,
	context: ReaderContext
): RowHandler {
	const { accumulator, ledger, file } = context;
	const resolve = createCountryResolver('name', {
		accumulator,
		directory: context.directory,
		unrecognised: context.unrecognisedCountries,
		names: context.countryNames
	});
	const columns = header.map(describe);
	const productColumn = columns.findIndex((c) => c.kind === 'product');
	const partnerColumn = columns.findIndex((c) => c.kind === 'partner');
	const fromName = namesInFileName(file);
	const isCountry = (index: number) => index >= 0;

	// The reporter: the header's, else the file name's, else the chosen one.
	const wanted = options.reporter ? options.reporter.trim().toUpperCase() : null;
	const subjects = columns.flatMap((c) =>
		c.kind === 'value' && c.subject !== null && isCountry(resolve(c.subject))
			? [resolve(c.subject)]
			: []
	);
	const named =
		subjects.length > 0 ? subjects : fromName.reporter ? [resolve(fromName.reporter)] : [];
	const wantedIndex = wanted === null ? -1 : accumulator.countryId(wanted);
	const candidates = named.filter(isCountry);
	let reporter = wanted === null ? (candidates[0] ?? -1) : wantedIndex;
	const otherReporter =
		wanted !== null && candidates.length > 0 && !candidates.includes(wantedIndex);
	if (otherReporter) reporter = candidates[0];
	if (reporter < 0) {
		throw new TradeFileError(
			'reporter-required',
			'This Trade Map table does not name its reporting country: choose the reporter.',
			file,
			1
		);
	}

	// Each value column's partner: named in its header, else the row's, else the file name's.
	const filePartner = fromName.partner ? resolve(fromName.partner) : NOT_A_COUNTRY;
	const values: ValueColumn[] = [];
	const directions = new Set<boolean>(); // of the reporter's value columns, with a partner or not
	let undirected = 0;
	let partnerless = 0;
	columns.forEach((c, column) => {
		if (c.kind !== 'value') return;
		// Another country's flows (mirror data such as "Argentina's imports from Brazil"): not read.
		if (c.subject !== null && resolve(c.subject) !== reporter) return;
		if (c.isExport === null) return void undirected++;
		directions.add(c.isExport);
		let partner = c.object !== null ? resolve(c.object) : NOT_A_COUNTRY;
		if (!isCountry(partner)) {
			if (partnerColumn >= 0) partner = -1;
			else if (c.object === null && isCountry(filePartner)) partner = filePartner;
			else return void partnerless++;
		}
		if (partner !== reporter && c.year >= MIN_YEAR && c.year <= MAX_YEAR) {
			values.push({ column, year: c.year, isExport: c.isExport, partner });
		}
	});

	const missing: string[] = [];
	if (directions.size === 0) missing.push(undirected > 0 ? 'flow direction' : 'yearly values');
	else if (directions.size === 1) missing.push(directions.has(true) ? 'imports' : 'exports');
	else {
		// Both directions for every partner and year: a year with exports only is not one-way trade.
		const pairs = new Set(values.map((v) => `${v.partner} ${v.year} ${v.isExport}`));
		for (const v of values) {
			const label = `${v.isExport ? 'imports' : 'exports'} in ${v.year}`;
			if (!pairs.has(`${v.partner} ${v.year} ${!v.isExport}`) && !missing.includes(label)) {
				missing.push(label);
			}
		}
	}
	if (values.length === 0 && partnerless > 0) missing.push('partner');
	if (productColumn < 0) missing.push('HS6 product codes');
	// The reporter as the table writes it, for the advice.
	const reporterName = [
		...columns.map((c) => (c.kind === 'value' ? c.subject : null)),
		fromName.reporter
	]
		.filter((name): name is string => name !== null)
		.find((name) => resolve(name) === reporter);
	if (missing.length > 0) throw incomplete(missing, file, 1, reporterName);

	const hasShape = createShapeCheck(header);
	let seenHs6 = false;
	return (fields, line) => {
		if (!hasShape(fields)) return ledger.drop('malformed-row', line, NaN);
		let total = NaN;
		let positive = false;
		let negative = false;
		for (const v of values) {
			const usd = tradeValue(parseNumber(fields[v.column]) * 1000);
			if (usd !== usd) continue;
			total = total === total ? total + usd : usd;
			if (usd > 0) positive = true;
			else if (usd < 0) negative = true;
		}
		if (otherReporter) {
			context.otherReporters.add(reporter);
			return ledger.drop('other-reporter', line, total);
		}
		const codeText = fields[productColumn];
		const product = productCode(codeText);
		if (product < 0) {
			// A table of HS2/HS4 codes: say so rather than dropping every row as 'not-hs6'.
			if (product === PRODUCT_NOT_HS6 && !seenHs6 && /^'?\s*\d{1,4}\s*$/.test(codeText)) {
				throw incomplete(['HS6 product codes'], file, line, reporterName);
			}
			return ledger.drop(PRODUCT_DROPS[-product - 1], line, total);
		}
		seenHs6 = true;
		const rowPartner = partnerColumn >= 0 ? resolve(fields[partnerColumn]) : NOT_A_COUNTRY;
		if (partnerColumn >= 0) {
			if (rowPartner === WORLD) return ledger.drop('world-partner', line, total);
			if (rowPartner === AGGREGATE) return ledger.drop('aggregate-partner', line, total);
			if (rowPartner === NOT_A_COUNTRY) return ledger.drop('invalid-country', line, total);
			if (rowPartner === reporter) return ledger.drop('self-trade', line, total);
		}
		if (total !== total) return ledger.drop('invalid-value', line, total);
		if (negative) return ledger.drop('negative-value', line, total);
		if (!positive) return ledger.drop('zero-value', line, total);
		for (const v of values) {
			const usd = tradeValue(parseNumber(fields[v.column]) * 1000);
			if (!(usd > 0)) continue;
			const partner = v.partner >= 0 ? v.partner : rowPartner;
			accumulator.add(v.year, reporter, partner, product, v.isExport, usd, NaN, -1);
		}
		ledger.use(total);
	};
}


/** ITC Trade Map: thousand USD, imports CIF (UN Comtrade data); no quantities. */
export const tradeMapFormat: FormatDefinition = {
	id: 'trade-map',
	// Its value columns ("Exported value in 2022", "Value in 2022", "A's exports to B") next to
	// its key columns (Product label, Importers, Exporters), or a Trade Map file name.
	matches(header, fileName) {
		const names = header.map((name) =>
			name
				.trim()
				.replace(/^["']+|["']+$/g, '')
				.trim()
		);
		if (!names.some((name) => TRADE_MAP_VALUE.test(name))) return false;
		return (
			/trade[_ ]?map/i.test(fileName) ||
			names.some((name) => /^(product label|importers|exporters)$/i.test(name)) ||
			names.some((name) => PHRASE.test(name) || /^(exported|imported) value in /i.test(name))
		);
	},
	createReader: createTradeMapReader,
	facts: (options) => reportedOrWeight(options, 'CIF', '1000 USD')
};
