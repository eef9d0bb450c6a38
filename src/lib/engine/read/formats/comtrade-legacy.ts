/**
 * UN Comtrade legacy (before 2023): the 22-column bulk file, the 35-column API variant (with
 * 2nd partner, customs procedure, transport mode and CIF/FOB columns) and the short 12-column
 * export (no quantities, no ISO codes). A TableSchema over `table-reader`: Trade Value (US$) in
 * USD (imports CIF), HS6 rows by Aggregate Level 6, flows by Trade Flow Code or, where that is 0
 * (bulk-style files), by the letters of Trade Flow; quantities in the Qty Unit Code unit (1 "No
 * Quantity" and -1 "N/A" = missing) or net kg; none at all in the short export. An import's FOB
 * Trade Value, where filled, is recorded for "FOB where reported" (reported-fob.ts).
 */
import { isAggregatePartner, isKnownNumericCode } from '../../codes/countries';
import { customsUnionOfReporter } from '../../codes/customs-unions';
import { createClassificationCheck } from './comtrade-classification';
import { reportedOrWeight } from './comtrade-plus';
import { countryIso3 } from '../../codes/iso3';
import { columnIndex, columnIndexBy, parseDigits } from './fields';
import {
	requireColumn,
	type FormatDefinition,
	type ReaderContext,
	type RowHandler
} from './reader';
import { createTableReader, type FlowKind, type TableSchema } from './table-reader';
import { applyRewrites, flowRewriter, valueColumns, type Rewrite } from './comtrade-legacy-fields';
import type { ReadOptions } from '../../model/types';

/**
 * Trade Flow Code, Trade Flow text and the letters of bulk-style files → flow. Under UN Comtrade's
 * definitions (IMTS 2010) exports X are domestic exports DX plus re-exports RX, and imports M are
 * foreign imports FM plus re-imports RM; XOP (exports for outward processing) and the other
 * processing flows are parts of X or M too. In the real bulk file X = DX + RX on every one of its
 * 1 182 DX rows and XOP ≤ X. So the parts are breakdowns of totals reported next to them: summed
 * with X and M they would count that trade twice, so they are dropped ('breakdown-row'), never
 * used in place of a missing X or M (DX misses the re-exports that X holds, and no real file
 * has DX without X).
 */
const FLOW_CODES: ReadonlyMap<string, FlowKind> = new Map<string, FlowKind>([
	['1', 'import'],
	['2', 'export'],
	['3', 're-export'],
	['4', 're-import'],
	['import', 'import'],
	['export', 'export'],
	['re-export', 're-export'],
	['re-import', 're-import'],
	['imports', 'import'],
	['exports', 'export'],
	['re-exports', 're-export'],
	['re-imports', 're-import'],
	['m', 'import'],
	['x', 'export'],
	['rx', 're-export'],
	['rm', 're-import'],
	['dx', 'component'],
	['fm', 'component'],
	['xop', 'component'],
	['xip', 'component'],
	['mop', 'component'],
	['mip', 'component']
]);

/** Flow texts on the export side (valued FOB); every other flow is valued CIF. */
const EXPORT_SIDE = new Set([
	'2',
	'3',
	'export',
	'exports',
	're-export',
	're-exports',
	'x',
	'rx',
	'dx',
	'xop',
	'xip'
]);

/** Qty Unit Code → unit name (FORMATS.md); 1 "No Quantity" and -1 are missing. */
export const LEGACY_UNITS: ReadonlyMap<string, string> = new Map([
	['2', 'm²'],
	['3', '1000 kWh'],
	['4', 'm'],
	['5', 'items'],
	['6', 'pairs'],
	['7', 'l'],
	['8', 'kg'],
	['9', '1000 items'],
	['10', 'packages'],
	['11', 'dozens'],
	['12', 'm³'],
	['13', 'carats']
]);
const NO_QUANTITY = new Set(['1', '-1', 'no quantity', 'n/a']);

/** A header name without case, spaces or punctuation (`Trade Value (US$)` = `TradeValueUS`). */
export function compactColumnName(name: string): string {
	return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Compact column name → index; a name the reader looks up twice is refused (duplicate-column). */
function compactColumns(header: string[]) {
	return columnIndexBy(header, compactColumnName);
}

/** Finds columns by any of their names (compared compactly); -1 when absent. */
export function columnFinder(header: string[]): (...names: string[]) => number {
	const columns = compactColumns(header);
	return (...names) => {
		for (const name of names) {
			const index = columns.get(compactColumnName(name));
			if (index !== undefined) return index;
		}
		return -1;
	};
}

/** A required column, or 'missing-column' naming its first name. */
export function requiredColumn(
	find: (...names: string[]) => number,
	header: string[],
	file: string,
	...names: string[]
): number {
	const index = find(...names);
	return index >= 0 ? index : requireColumn(columnIndex(header), names, file);
}

/**
 * One country text out of a row's code, ISO and name fields, for the 'auto' resolver. A code the
 * built-in table knows decides alone, so ids match BACI and Comtrade+ (490 stays '490'); an
 * unknown code takes the file's ISO3 when it has one; World and aggregates become WLD / XXX.
 * A name is returned as written, never turned into an id here: the name resolver decides.
 */
export function legacyCountryText(code: string, iso: string, name: string): string {
	const number = parseDigits(code);
	const isoCode = iso.trim().toUpperCase();
	if (number === number) {
		if (isKnownCode(number)) return String(number);
		const aggregate = isAggregatePartner(number, isoCode);
		if (aggregate) return aggregate === 'world' ? 'WLD' : 'XXX';
		return countryIso3(isoCode) !== null ? isoCode : String(number);
	}
	if (isoCode === 'WLD' || isoCode === 'W00') return 'WLD';
	// No code: the ISO3, else the name for the name coding ('' is 'invalid-country').
	return countryIso3(isoCode) !== null ? isoCode : name.trim();
}

/** World (0) or a code of the built-in table: the numeric resolver knows what it is. */
function isKnownCode(code: number): boolean {
	return code === 0 || isKnownNumericCode(code);
}

/** Where a row's country is read from: its code, ISO and name columns (-1 = absent). */
interface CountryColumns {
	code: number;
	iso: number;
	name: number;
}

/**
 * A reporter's text: a customs union reporting as one (the EU-28's code 97, ISO `EUR`) is a
 * reporter like any country and gets its id ('EUN'); as a partner the same code stays an
 * aggregate (legacyCountryText). A code of the built-in table is a country whatever the rest says.
 */
export function legacyReporterText(code: string, iso: string, name: string): string {
	const number = parseDigits(code);
	if (!(number === number && isKnownCode(number))) {
		const union = customsUnionOfReporter(number, iso, name);
		if (union !== null) return union;
	}
	return legacyCountryText(code, iso, name);
}

/** Whether a code alone decides a reporter's or partner's text (so it is cached by code). */
function decidesAlone(number: number, role: 'reporter' | 'partner'): boolean {
	if (number !== number) return false;
	return isKnownCode(number) || (role === 'reporter' && customsUnionOfReporter(number) !== null);
}

/**
 * Rewrites a row's country field (the first present of code, ISO, name) into the text
 * `legacyReporterText` / `legacyCountryText` chooses. Codes that decide alone are cached by code
 * (the hot path), others by the three fields.
 */
function countryRewriter(
	columns: CountryColumns,
	role: 'reporter' | 'partner'
): {
	column: number;
	rewrite: (fields: string[]) => void;
} {
	const { code, iso, name } = columns;
	const column = code >= 0 ? code : iso >= 0 ? iso : name;
	const last = Math.max(code, iso, name);
	const textOf = role === 'reporter' ? legacyReporterText : legacyCountryText;
	const byCode = new Map<string, string>();
	const byFields = new Map<string, string>();
	return {
		column,
		rewrite(fields) {
			if (fields.length <= last) return; // a short row: the reader drops it as malformed
			const codeText = code >= 0 ? fields[code] : '';
			let text = byCode.get(codeText);
			if (text === undefined) {
				const isoText = iso >= 0 ? fields[iso] : '';
				const nameText = name >= 0 ? fields[name] : '';
				const key = `${codeText}\u0000${isoText}\u0000${nameText}`;
				text = byFields.get(key);
				if (text === undefined) {
					text = textOf(codeText, isoText, nameText);
					if (decidesAlone(parseDigits(codeText), role)) byCode.set(codeText, text);
					else if (byFields.size < 10_000) byFields.set(key, text);
				}
			}
			fields[column] = text;
		}
	};
}

function createComtradeLegacyReader(
	header: string[],
	options: ReadOptions,
	context: ReaderContext
): RowHandler {
	const { file, ledger } = context;
	const find = columnFinder(header);
	const need = (...names: string[]) => requiredColumn(find, header, file, ...names);

	const period = find('Period');
	const year = period >= 0 ? period : need('Year');
	const countries = (role: 'Reporter' | 'Partner'): CountryColumns => {
		const columns = {
			code: find(`${role} Code`),
			iso: find(`${role} ISO`),
			name: find(role)
		};
		if (columns.code < 0 && columns.iso < 0) need(`${role} ISO`, `${role} Code`);
		return columns;
	};
	const reporter = countryRewriter(countries('Reporter'), 'reporter');
	const partner = countryRewriter(countries('Partner'), 'partner');
	const flowCode = find('Trade Flow Code', 'TradeFlow Code', 'rgCode');
	const flowText = find('Trade Flow', 'rgDesc');
	const flow = flowCode >= 0 ? flowCode : need('Trade Flow Code', 'Trade Flow');
	const product = need('Commodity Code', 'cmdCode');
	const level = find('Aggregate Level', 'aggrLevel');
	const value = valueColumns(find, flow, isExportSide);
	if (value.column < 0) need('Trade Value (US$)', 'CIF Trade Value (US$)', 'FOB Trade Value (US$)');
	const classification = find('Classification', 'pfCode');
	const classes = createClassificationCheck(context, 'Classification');

	const schema: TableSchema = {
		year: { column: year, form: period >= 0 ? 'period' : 'year' },
		reporter: { column: reporter.column, coding: 'auto' },
		partner: { column: partner.column, coding: 'auto' },
		product: { column: product, level: level >= 0 ? { column: level, hs6: 6 } : undefined },
		flow: { column: flow, codes: FLOW_CODES },
		value: { column: value.column, scale: 1 },
		quantity: quantitySchema(find, need, options),
		breakdowns: [
			// The API and bulk variants: breakdown rows next to their totals.
			{ column: find('2nd Partner Code'), totals: ['0'] },
			{ column: find('Customs Proc. Code', 'Customs Proc Code'), totals: ['C00'] },
			{ column: find('Mode of Transport Code'), totals: ['0'] }
		].filter((breakdown) => breakdown.column >= 0),
		decimalComma: false,
		// An import's FOB Trade Value, where filled, is recorded for "FOB where reported" (METHODS
		// 7.2). Where the value itself was filled from that column (empty Trade Value and CIF
		// cells), the row reports FOB at its own value: it is already FOB-valued (reported-fob.ts).
		importValuation: { fobColumn: value.fob }
	};
	const handle = createTableReader(schema, header, options, context);
	// The flow first: the value's fallback reads it.
	const rewrite = applyRewrites(
		[flowRewriter(flowCode, flowText), value.rewrite].filter((r): r is Rewrite => r !== null)
	);
	return (fields, line) => {
		reporter.rewrite(fields);
		partner.rewrite(fields);
		rewrite(fields);
		const edition = classification >= 0 && fields.length > classification;
		if (edition) classes.check(fields[classification], line);
		const used = ledger.rowsUsed;
		handle(fields, line);
		if (edition && ledger.rowsUsed !== used) {
			// Year or Period (2012, 201201): its first four digits.
			classes.noteUsed(fields[classification], Number(fields[year].trim().slice(0, 4)));
		}
	};
}

/**
 * Quantities in the reported unit (Qty with Qty Unit Code) or net weight in kg. The short
 * 12-column export has neither: it is read without quantities, like a Trade Map table, and the
 * facts say so (DatasetNote 'no-quantities'). A file with one of them but not the one asked for
 * is refused by the missing column.
 */
function quantitySchema(
	find: (...names: string[]) => number,
	need: (...names: string[]) => number,
	options: ReadOptions
): TableSchema['quantity'] {
	const weight = find('Netweight (kg)', 'NetWeight', 'Net weight');
	if (
		find('Qty', 'Quantity') < 0 &&
		find('Qty Unit Code', 'Qty Unit', 'qtCode') < 0 &&
		weight < 0
	) {
		return null;
	}
	if (options.quantityBasis === 'net-weight') {
		// 'auto' is the reported unit
		return { column: need('Netweight (kg)', 'NetWeight', 'Net weight'), unit: { fixed: 'kg' } };
	}
	const unitCode = find('Qty Unit Code', 'qtCode');
	const unit = unitCode >= 0 ? unitCode : need('Qty Unit Code', 'Qty Unit');
	return {
		column: need('Qty', 'Quantity'),
		unit: { column: unit, missing: NO_QUANTITY, names: LEGACY_UNITS }
	};
}

/** Whether a flow field (code or text) is on the export side, valued FOB. */
const exportSideCache = new Map<string, boolean>();
function isExportSide(flow: string): boolean {
	let side = exportSideCache.get(flow);
	if (side === undefined) {
		side = EXPORT_SIDE.has(flow.trim().toLowerCase());
		if (exportSideCache.size < 1000) exportSideCache.set(flow, side);
	}
	return side;
}

/** UN Comtrade legacy: Trade Value (US$) in USD, imports CIF; the reported unit by default. */
export const comtradeLegacyFormat: FormatDefinition = {
	id: 'comtrade-legacy',
	// Comtrade+ says cmdCode / flowCode / primaryValue; the legacy files spell them out.
	matches(header) {
		const find = columnFinder(header);
		return (
			find('Commodity Code') >= 0 &&
			find('Trade Flow Code', 'Trade Flow', 'TradeFlow Code') >= 0 &&
			find(
				'Trade Value (US$)',
				'Trade Value',
				'TradeValueUS',
				'CIF Trade Value (US$)',
				'FOB Trade Value (US$)'
			) >= 0 &&
			find('Partner Code', 'Partner ISO') >= 0
		);
	},
	createReader: createComtradeLegacyReader,
	facts: (options) => reportedOrWeight(options, 'CIF', 'USD')
};
