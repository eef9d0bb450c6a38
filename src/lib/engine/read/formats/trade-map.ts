/**
 * ITC Trade Map tables: its `.txt` export (tab-separated, a trailing tab) and its "Excel"
 * export, an HTML table saved as `.xls` (read as rows by input/html-table). Wide: one value
 * column per year and direction, in thousand USD unless the table says otherwise; product
 * codes often with a leading `'`; countries by name only. Title lines may come before the
 * header ("List of products exported by Brazil to Argentina", "Product: …", "Unit: …"): they
 * and the file name say whose trade it is, with whom, of what and in what unit.
 * Read when the tables of a read have what the method needs — one reporter's exports and
 * imports of HS6 products with its partners, in one table or in an exports table and an
 * imports table of the same pair (checked once all files are read: trade-map-read). Otherwise
 * 'incomplete-table' says what is missing and what to download. A physical row is one ledger
 * row: used when one of its cells is, with the sum of its cells as value. No quantities.
 */
import { htmlRowLine } from '../input/html-table';
import type { ReadOptions } from '../../model/types';
import { reportedOrWeight } from './comtrade-plus';
import { AGGREGATE, createCountryResolver, NOT_A_COUNTRY, WORLD } from './country-field';
import { createShapeCheck, parseNumber, tradeValue } from './fields';
import { PRODUCT_DROPS, PRODUCT_NOT_HS, PRODUCT_NOT_HS6, productCode } from './products';
import type { FormatDefinition, ReaderContext, RowHandler } from './reader';
import { incompleteTable, productLevelNote } from './trade-map-advice';
import { cleanName, isHeaderRow, PHRASE, TRADE_MAP_VALUE } from './trade-map-columns';
import { planTable, type TablePlan } from './trade-map-plan';
import { tradeMapRead, type TableRecord } from './trade-map-read';
import { factsOfFileName, isTitleRow, mergeFacts, noFacts, readTitle } from './trade-map-titles';

/** HS2 / HS4 codes as Trade Map writes them ("85", "'0101"). */
const SHORT_CODE = /^'?\s*\d{1,4}\s*$/;
/** Rows looked at, at most, for the header under a table's titles (Trade Map's HTML has about ten). */
const ROWS_BEFORE_HEADER = 100;
/** Rows looked at, at most, for the product level of a table already refused. */
const ROWS_FOR_LEVEL = 50;

function createTradeMapReader(
	first: string[],
	options: ReadOptions,
	context: ReaderContext
): RowHandler {
	const { accumulator, file } = context;
	const read = tradeMapRead(accumulator);
	const firstLine = htmlRowLine(first);
	const html = firstLine !== null;
	const table = read.open(file, html);
	const fromName = factsOfFileName(file);
	const resolve = createCountryResolver('name', {
		accumulator,
		directory: context.directory,
		unknown: context.unknownCountries,
		names: context.countryNames
	});

	/** The rows' reader once the header is found. */
	const start = (header: string[], group: string[] | null, line: number, titles = noFacts()) => {
		table.headerLine = line;
		table.facts = mergeFacts(fromName, titles);
		const plan = planTable(
			header,
			{
				file,
				line,
				html,
				group,
				facts: table.facts,
				resolve,
				countryId: (iso3) => accumulator.countryId(iso3)
			},
			options
		);
		for (const [index, name] of plan.names) read.name(index, name);
		table.unit = plan.unit;
		table.unitAssumed = plan.unitAssumed;
		table.counts = !plan.otherReporter;
		if (plan.missing.length > 0) return refusalRows(plan, table);
		read.cover(table, plan.covered);
		return tableRows(header, plan, table, resolve, options, context);
	};

	if (isHeaderRow(first)) return start(first, null, firstLine ?? 1);
	// Title lines first: read them until the header comes.
	const titles = noFacts();
	readTitle(first, titles);
	table.facts = mergeFacts(fromName, titles); // for a refusal before the header comes
	let previous = first;
	let rows: RowHandler | null = null;
	let before = 1;
	return (fields, line) => {
		if (rows !== null) return rows(fields, line);
		if (isHeaderRow(fields)) rows = start(fields, previous, line, titles);
		else if (++before > ROWS_BEFORE_HEADER) {
			// No header with yearly values where Trade Map puts one: this is no Trade Map table.
			throw incompleteTable(['yearly values'], {
				file,
				line: firstLine ?? 1,
				html,
				facts: table.facts,
				reporter: table.facts.reporter,
				partner: table.facts.partner
			});
		} else {
			if (readTitle(fields, titles)) table.facts = mergeFacts(fromName, titles);
			previous = fields;
		}
	};
}

/**
 * A table refused for what it lacks: its rows are looked at only for their product level
 * ("HS2 chapters", "only TOTAL"), to say it too; the refusal comes at the first row that tells,
 * or at the end of the read.
 */
function refusalRows(plan: TablePlan, table: TableRecord): RowHandler {
	let totalLine = -1;
	let seen = 0;
	const refusal = (note: string | null, missing = plan.missing) =>
		incompleteTable(missing, plan.place, note);
	const pending = () => refusal(totalLine > 0 ? productLevelNote('TOTAL', totalLine) : null);
	table.pending = pending;
	const column = plan.productColumn;
	if (column < 0) {
		return () => {
			throw pending();
		};
	}
	return (fields, line) => {
		const code = fields[column] ?? '';
		const product = productCode(code);
		if (product >= 0) throw refusal(null);
		if (product === PRODUCT_NOT_HS6 && SHORT_CODE.test(code)) {
			const missing = plan.missing.includes('HS6 product codes')
				? plan.missing
				: [...plan.missing, 'HS6 product codes'];
			throw refusal(productLevelNote(code, line), missing);
		}
		if (product === PRODUCT_NOT_HS && totalLine < 0 && /total/i.test(code)) totalLine = line;
		if (++seen >= ROWS_FOR_LEVEL) throw pending();
	};
}

/** The rows of a readable table: each row's cells are flows of its product with its partner. */
function tableRows(
	header: string[],
	plan: TablePlan,
	table: TableRecord,
	resolve: (name: string) => number,
	options: ReadOptions,
	context: ReaderContext
): RowHandler {
	const { accumulator, ledger } = context;
	const { values, reporter, otherReporter, productColumn, fixedProduct, partnerColumn } = plan;
	const hasShape = createShapeCheck(header);
	// Without a partner column, the partner the value columns share (a bilateral table) is the
	// row's partner in the ledger's count; -1 when they name several.
	const columnPartner = values.every((v) => v.partner === values[0].partner)
		? (values[0]?.partner ?? -1)
		: -1;
	const chosen = options.reporter && !otherReporter ? context.chosenReporter : undefined;
	let seenHs6 = false;
	return (fields, line) => {
		table.rows++;
		if (!hasShape(fields)) return ledger.drop('malformed-row', line, NaN);
		let total = NaN;
		let positive = false;
		let negative = false;
		for (const v of values) {
			const usd = tradeValue(parseNumber(fields[v.column]) * v.scale);
			if (usd !== usd) continue;
			total = total === total ? total + usd : usd;
			if (usd > 0) positive = true;
			else if (usd < 0) negative = true;
		}
		if (otherReporter) {
			context.otherReporters.add(reporter);
			return ledger.drop('other-reporter', line, total);
		}
		if (chosen) chosen.seen = true;
		let product = fixedProduct;
		if (productColumn >= 0) {
			const codeText = fields[productColumn];
			product = productCode(codeText);
			if (product < 0) {
				// A table of HS2/HS4 codes: say so rather than dropping every row as 'not-hs6'.
				if (product === PRODUCT_NOT_HS6 && !seenHs6 && SHORT_CODE.test(codeText)) {
					const place = { ...plan.place, line };
					throw incompleteTable(['HS6 product codes'], place, productLevelNote(codeText, line));
				}
				return ledger.drop(PRODUCT_DROPS[-product - 1], line, total);
			}
			seenHs6 = true;
		}
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
			const usd = tradeValue(parseNumber(fields[v.column]) * v.scale);
			if (!(usd > 0)) continue;
			const partner = v.partner >= 0 ? v.partner : rowPartner;
			accumulator.add(v.year, reporter, partner, product, v.isExport, usd, NaN, -1);
		}
		ledger.use(total, reporter, partnerColumn >= 0 ? rowPartner : columnPartner);
	};
}

/** ITC Trade Map: thousand USD unless a table says otherwise, imports CIF (UN Comtrade data); no quantities. */
export const tradeMapFormat: FormatDefinition = {
	id: 'trade-map',
	// Its value columns ("Exported value in 2022", "Value in 2022", "A's exports to B") next to
	// its key columns (Product label, Importers, Exporters), a Trade Map file name, or its title
	// line first ("List of products exported by Brazil", "Bilateral trade between …").
	matches(header, fileName) {
		if (isTitleRow(header)) return true;
		const names = header.map(cleanName);
		if (!names.some((name) => TRADE_MAP_VALUE.test(name))) return false;
		return (
			/trade[_ ]?map/i.test(fileName) ||
			names.some((name) => /^(product label|importers|exporters)$/i.test(name)) ||
			names.some((name) => PHRASE.test(name) || /^(exported|imported) value in /i.test(name))
		);
	},
	createReader: createTradeMapReader,
	facts: (options) => reportedOrWeight(options, 'CIF', '1000 USD'),
	// An exports table and an imports table are one dataset: checked once every file is read.
	finishRead: (accumulator) => tradeMapRead(accumulator).finish()
};
