/**
 * One row reader for every long-format trade table (one row = one flow): UN Comtrade legacy,
 * Comex Stat, Comext, WITS, Trade Map (after unpivoting) and column-mapped CSVs. A format only
 * describes where things are (a TableSchema); the rules of METHODS 1.1 live here, once:
 * another reporter's rows, flows, years, aggregates and World, HS6 codes, breakdowns, values,
 * quantities — each failure is one drop reason in the ledger.
 */
import { MAX_YEAR, MIN_YEAR } from '../accumulate';
import { customsUnionOfText, reporterId } from '../../codes/customs-unions';
import { TradeFileError } from '../../model/errors';
import type { ReadOptions } from '../../model/types';
import {
	AGGREGATE,
	createCountryResolver,
	NOT_A_COUNTRY,
	WORLD,
	type CountryCoding
} from './country-field';
import { createShapeCheck, parseDecimalComma, parseNumber, tradeValue } from './fields';
import { PRODUCT_DROPS, productCode, type ProductCode } from './products';
import type { ReaderContext, RowHandler } from './reader';
import { noteImportValuation, reportedFobValue } from './reported-fob';

/**
 * What a flow code means. A `component` is part of an export or import total reported next to
 * it (Comtrade's DX domestic exports and FM foreign imports): a breakdown row.
 */
export type FlowKind =
	'export' | 'import' | 're-export' | 're-import' | 'gross' | 'component' | 'unknown';

/** Where a country is read from. */
export type CountrySource = { column: number; coding: CountryCoding } | { fixed: string };

/** How a row's quantity and its unit are found. */
export interface QuantitySchema {
	column: number;
	/** A column naming the unit per row, or one unit for the file. */
	unit:
		| { column: number; missing: ReadonlySet<string>; names?: ReadonlyMap<string, string> }
		| {
				fixed: string;
		  };
}

/** Where a long-format table keeps each thing the method needs (0-based column indexes). */
export interface TableSchema {
	/** `year`: the column holds a year; `period`: YYYY, YYYYMM, or YYYY52 (Comext's annual). */
	year: { column: number; form: 'year' | 'period' };
	reporter: CountrySource;
	partner: { column: number; coding: CountryCoding };
	product: {
		column: number;
		/** An aggregation-level column and the level of HS6 rows (Comtrade's 6). */
		level?: { column: number; hs6: number };
	};
	/** A flow column with its codes, one flow for the whole file, or separate export/import columns. */
	flow:
		| { column: number; codes: ReadonlyMap<string, FlowKind> }
		| { fixed: 'export' | 'import' }
		| { split: true };
	/** The value column (with `split`: export and import value columns). */
	value:
		| { column: number; scale: number }
		| { exportColumn: number; importColumn: number; scale: number };
	/** Quantities (with `split`: the export and import quantity columns, sharing the unit). */
	quantity:
		| QuantitySchema
		| { exportColumn: number; importColumn: number; unit: QuantitySchema['unit'] }
		| null;
	/** Columns whose filled, non-total value marks a breakdown row repeated in its total. */
	breakdowns: { column: number; totals: readonly string[] }[];
	/** Numbers written with a decimal comma (`;` files from Europe and Brazil). */
	decimalComma: boolean;
	/**
	 * Imports valued CIF that may report an FOB value (UN Comtrade legacy; METHODS 7.2): every
	 * import row used is counted by valuation, its FOB value (read like the value, with its scale)
	 * taken from `fobColumn`, -1 when this file has none. Absent: the format has no such column.
	 */
	importValuation?: { fobColumn: number };
}

/** Makes the row handler of a table described by a schema. */
export function createTableReader(
	schema: TableSchema,
	header: string[],
	options: ReadOptions,
	context: ReaderContext
): RowHandler {
	const { accumulator, ledger, otherReporters } = context;
	const resolverContext = {
		accumulator,
		directory: context.directory,
		unknown: context.unknownCountries,
		names: context.countryNames
	};
	const hasShape = createShapeCheck(header);
	const number = schema.decimalComma ? parseDecimalComma : parseNumber;
	const wanted = options.reporter ? reporterId(options.reporter) : null;

	const fixedReporter =
		'fixed' in schema.reporter ? accumulator.countryId(schema.reporter.fixed) : -1;
	const reporterColumn = 'column' in schema.reporter ? schema.reporter.column : -1;
	const resolveReporter =
		'column' in schema.reporter
			? reporterResolver(
					createCountryResolver(schema.reporter.coding, resolverContext),
					accumulator
				)
			: () => fixedReporter;
	const resolvePartner = createCountryResolver(schema.partner.coding, resolverContext);
	let wantedIndex = -1;

	const flowOf = flowReader(schema.flow, options.includeReExports);
	const yearOf = yearReader(schema.year, context);
	const levelColumn = schema.product.level?.column ?? -1;
	const hs6Level = schema.product.level?.hs6 ?? 6;
	const productCache = new Map<string, ProductCode>();
	const productOf = (text: string): ProductCode => {
		let code = productCache.get(text);
		if (code === undefined) {
			code = productCode(text);
			if (productCache.size < 200_000) productCache.set(text, code);
		}
		return code;
	};
	const quantityOf = quantityReader(schema.quantity, accumulator, number);
	const split = 'split' in schema.flow;
	const value = schema.value;
	const valueColumn = 'column' in value ? value.column : value.exportColumn;
	const importValueColumn = 'importColumn' in value ? value.importColumn : -1;
	const scale = value.scale;
	const fobColumn = schema.importValuation?.fobColumn ?? -1;
	if (fobColumn >= 0) ledger.noteFobColumn();

	// A value in currency units; NaN when unreadable, implausible, or its column is not mapped (-1).
	const valueAt = (fields: string[], column: number): number =>
		column < 0 ? NaN : tradeValue(number(fields[column]) * scale);

	return (fields, line) => {
		if (!hasShape(fields)) return ledger.drop('malformed-row', line, NaN);
		// With separate columns, x and m are the two flows and the row's value is their sum.
		const x = valueAt(fields, valueColumn);
		const m = split ? valueAt(fields, importValueColumn) : NaN;
		const rowValue = split ? sumOfReadable(x, m) : x;

		// Another reporter's rows first: whatever else is wrong with them is not this analysis' concern.
		const reporter = resolveReporter(reporterColumn >= 0 ? fields[reporterColumn] : '');
		if (reporter < 0) return ledger.drop('invalid-country', line, rowValue);
		if (wanted !== null && reporter !== wantedIndex) {
			if (wantedIndex >= 0 || accumulator.countryOf(reporter) !== wanted) {
				otherReporters.add(reporter);
				return ledger.drop('other-reporter', line, rowValue);
			}
			wantedIndex = reporter;
			if (context.chosenReporter) context.chosenReporter.seen = true;
		}

		const flow = flowOf(fields);
		if (flow === 'unknown') return ledger.drop('unknown-flow', line, rowValue);
		if (flow === 'gross') return ledger.drop('gross-flow', line, rowValue);
		if (flow === 're-export') return ledger.drop('re-export', line, rowValue);

		const year = yearOf(fields[schema.year.column], line);
		if (year < 0) return ledger.drop('invalid-year', line, rowValue);

		const partner = resolvePartner(fields[schema.partner.column]);
		if (partner === WORLD) return ledger.drop('world-partner', line, rowValue);
		if (partner === AGGREGATE) return ledger.drop('aggregate-partner', line, rowValue);
		if (partner === NOT_A_COUNTRY) return ledger.drop('invalid-country', line, rowValue);
		if (partner === reporter) return ledger.drop('self-trade', line, rowValue);

		const product = productOf(fields[schema.product.column]);
		if (product < 0) return ledger.drop(PRODUCT_DROPS[-product - 1], line, rowValue);
		if (levelColumn >= 0) {
			const level = parseNumber(fields[levelColumn]);
			if (level === level && level !== hs6Level) return ledger.drop('not-hs6', line, rowValue);
		}
		// After the partner and product checks, so that a World component says 'world-partner'.
		if (flow === 'component') return ledger.drop('breakdown-row', line, rowValue);
		for (const breakdown of schema.breakdowns) {
			const code = fields[breakdown.column].trim();
			if (code !== '' && !breakdown.totals.includes(code)) {
				return ledger.drop('breakdown-row', line, rowValue);
			}
		}

		if (!split) {
			if (rowValue !== rowValue) return ledger.drop('invalid-value', line, rowValue);
			if (rowValue <= 0) {
				return ledger.drop(rowValue < 0 ? 'negative-value' : 'zero-value', line, rowValue);
			}
			const isExport = flow === 'export';
			const [quantity, unit] = quantityOf(fields, isExport);
			const index = accumulator.add(
				year,
				reporter,
				partner,
				product,
				isExport,
				rowValue,
				quantity,
				unit
			);
			ledger.use(rowValue, reporter, partner);
			if (!isExport && schema.importValuation) {
				const fob = reportedFobValue(valueAt(fields, fobColumn));
				noteImportValuation(context, index, rowValue, fob);
			}
			return;
		}
		// Separate export and import columns: each positive one is a flow; the row is used if one is.
		// An empty cell is no flow; a filled one that cannot be read spoils the row.
		if (x !== x && m !== m) return ledger.drop('invalid-value', line, rowValue);
		if (
			isFilledButUnreadable(fields, valueColumn, x) ||
			isFilledButUnreadable(fields, importValueColumn, m)
		) {
			return ledger.drop('invalid-value', line, rowValue);
		}
		if (x < 0 || m < 0) return ledger.drop('negative-value', line, rowValue);
		if (!(x > 0) && !(m > 0)) return ledger.drop('zero-value', line, rowValue);
		if (x > 0) {
			const [quantity, unit] = quantityOf(fields, true);
			accumulator.add(year, reporter, partner, product, true, x, quantity, unit);
		}
		if (m > 0) {
			const [quantity, unit] = quantityOf(fields, false);
			accumulator.add(year, reporter, partner, product, false, m, quantity, unit);
		}
		ledger.use(rowValue, reporter, partner);
	};
}

/**
 * A reporter field's country index: a customs union reporting as one (the EU's 97, `EUR`,
 * "European Union") is a reporter like any country, though the same text as a partner is an
 * aggregate; anything else as the partner resolver reads it. Cached per text.
 */
function reporterResolver(
	resolve: (text: string) => number,
	accumulator: ReaderContext['accumulator']
): (text: string) => number {
	const cache = new Map<string, number>();
	return (text) => {
		let index = cache.get(text);
		if (index === undefined) {
			const union = customsUnionOfText(text);
			index = union === null ? resolve(text) : accumulator.countryId(union);
			if (cache.size < 10_000) cache.set(text, index);
		}
		return index;
	};
}

/** A mapped cell with text in it whose value could not be read. */
function isFilledButUnreadable(fields: string[], column: number, value: number): boolean {
	return column >= 0 && value !== value && fields[column].trim() !== '';
}

/** The sum of the readable values among two (NaN when neither is). */
function sumOfReadable(a: number, b: number): number {
	if (a !== a) return b;
	if (b !== b) return a;
	return a + b;
}

function flowReader(
	flow: TableSchema['flow'],
	includeReExports: boolean
): (fields: string[]) => FlowKind {
	if ('fixed' in flow) return () => flow.fixed;
	if ('split' in flow) return () => 'export'; // both directions are read from their own columns
	const { column, codes } = flow;
	const normalized = new Map([...codes].map(([code, kind]) => [code.trim().toLowerCase(), kind]));
	const cache = new Map<string, FlowKind>();
	return (fields) => {
		const text = fields[column];
		let kind = cache.get(text);
		if (kind === undefined) {
			kind = normalized.get(text.trim().toLowerCase()) ?? 'unknown';
			cache.set(text, kind);
		}
		// Re-flows count as exports / imports when the user includes them, else they are dropped.
		if (kind === 're-export' || kind === 're-import') {
			return includeReExports ? (kind === 're-export' ? 'export' : 'import') : 're-export';
		}
		return kind;
	};
}

/**
 * Year of a row, or -1. A `period` is YYYY, YYYYMM (a month) or YYYY52 (Comext's whole year);
 * monthly and annual rows of the same year in one analysis would count that year twice, so
 * the first such mix stops the read ('mixed-periods').
 */
function yearReader(
	year: TableSchema['year'],
	context: ReaderContext
): (text: string, line: number) => number {
	// A file has a handful of distinct periods: parse (and note) each once, not once per row.
	const seen = new Map<string, number>();
	return (raw, line) => {
		let value = seen.get(raw);
		if (value === undefined) {
			value = parse(raw, line);
			if (seen.size < 10_000) seen.set(raw, value);
		}
		return value;
	};

	function parse(raw: string, line: number): number {
		const text = raw.trim();
		const digits = /^\d+$/.test(text) ? text.length : -1;
		if (year.form === 'year') {
			const value = digits === 4 ? Number(text) : -1;
			return value >= MIN_YEAR && value <= MAX_YEAR ? value : -1;
		}
		if (digits !== 6 && digits !== 4) return -1;
		const value = Number(text.slice(0, 4));
		const month = digits === 4 ? 52 : Number(text.slice(4)); // a YYYY period is a whole year too
		const kind = month === 52 ? 'annual' : month >= 1 && month <= 12 ? 'monthly' : null;
		if (kind === null || value < MIN_YEAR || value > MAX_YEAR) return -1;
		notePeriod(context, value, kind, line, month === 52 ? 0 : month);
		return value;
	}
}

/**
 * Records that a year has monthly or annual rows; the first mix of the two in one analysis
 * stops the read ('mixed-periods'): summing both would count that year twice. The file's
 * period (`month` 1–12, 0 the whole year; omitted: a month not told) tells two copies of one
 * file from monthly files of one year (overlap.ts).
 */
export function notePeriod(
	context: ReaderContext,
	year: number,
	kind: 'monthly' | 'annual',
	line: number,
	month = kind === 'annual' ? 0 : 13
): void {
	context.accumulator.notePeriod(year, month);
	const seen = context.yearPeriods.get(year);
	if (seen === undefined) context.yearPeriods.set(year, kind);
	else if (seen !== kind) {
		throw new TradeFileError(
			'mixed-periods',
			`Year ${year} has both monthly and annual rows; they would be counted twice. Analyse one or the other.`,
			context.file,
			line,
			undefined,
			{ year }
		);
	}
}

/** Reads [quantity, unit id] of a row's flow; [NaN, -1] when the quantity is missing. */
function quantityReader(
	quantity: TableSchema['quantity'],
	accumulator: ReaderContext['accumulator'],
	number: (text: string) => number
): (fields: string[], isExport: boolean) => [number, number] {
	if (quantity === null) return () => [NaN, -1];
	const columns =
		'column' in quantity
			? { exportColumn: quantity.column, importColumn: quantity.column }
			: quantity;
	const unit = quantity.unit;
	let unitOf: (fields: string[]) => number;
	if ('fixed' in unit) {
		const id = accumulator.unitId(unit.fixed);
		unitOf = () => id;
	} else {
		const cache = new Map<string, number>();
		unitOf = (fields) => {
			const text = fields[unit.column];
			let id = cache.get(text);
			if (id === undefined) {
				const code = text.trim();
				id =
					code === '' || unit.missing.has(code.toLowerCase())
						? -1
						: accumulator.unitId(unit.names?.get(code) ?? code);
				cache.set(text, id);
			}
			return id;
		};
	}
	return (fields, isExport) => {
		const column = isExport ? columns.exportColumn : columns.importColumn;
		if (column < 0) return [NaN, -1]; // only the other direction's quantity is mapped
		const id = unitOf(fields);
		if (id < 0) return [NaN, -1];
		return [number(fields[column]), id];
	};
}
