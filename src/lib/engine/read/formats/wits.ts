/**
 * World Bank WITS downloads, as a TableSchema over `table-reader`:
 * - the HS6 query download `Reporter,TradeFlow,ProductCode,Product Description,Year,Partner,
 *   Trade Value 1000USD,Quantity,Quantity Unit` (countries by English name);
 * - the raw-data download (`ReporterISO3, PartnerISO3, TradeFlowName, TradeValue in 1000 USD,
 *   NetWeight in KGM, Quantity, Quantity Unit`), countries by ISO3 with the name as fallback.
 * Values are thousand USD (UN Comtrade data: imports CIF). "Gross Exp." / "Gross Imp." are
 * exports / imports plus re-flows: counting them too would double count ('gross-flow').
 */
import { knownCountryIds } from '../../codes/countries';
import type { ReadOptions } from '../../model/types';
import { columnFinder, requiredColumn } from './comtrade-legacy';
import { reportedOrWeight } from './comtrade-plus';
import type { FormatDefinition, ReaderContext, RowHandler } from './reader';
import { createTableReader, type FlowKind, type TableSchema } from './table-reader';

/** TradeFlow texts (compared in lower case) → flow. */
const FLOWS: ReadonlyMap<string, FlowKind> = new Map<string, FlowKind>([
	['export', 'export'],
	['exports', 'export'],
	['import', 'import'],
	['imports', 'import'],
	['re-export', 're-export'],
	['re-exports', 're-export'],
	['re-import', 're-import'],
	['re-imports', 're-import'],
	['gross exp.', 'gross'],
	['gross imp.', 'gross'],
	['gross exports', 'gross'],
	['gross imports', 'gross']
]);

/** Quantity Unit texts (lower case) that mean no quantity. */
const NO_QUANTITY = new Set(['no quantity', 'n/a', 'na', 'none', '-1', '1']);
/** Quantity Unit texts of kilograms: on the net-weight basis only these quantities are kept. */
const KILOGRAMS = new Set(['kg', 'kgm', 'kilogram', 'kilograms', 'weight in kilograms']);

function createWitsReader(
	header: string[],
	options: ReadOptions,
	context: ReaderContext
): RowHandler {
	const find = columnFinder(header);
	const need = (...names: string[]) => requiredColumn(find, header, context.file, ...names);
	const raw = find('ReporterISO3') >= 0 || find('PartnerISO3') >= 0;
	const reporter = raw ? need('ReporterISO3') : need('Reporter', 'Reporter Name');
	const partner = raw ? need('PartnerISO3') : need('Partner', 'Partner Name');
	const byWeight = options.quantityBasis === 'net-weight'; // 'auto' is the reported unit
	const netWeight = find('NetWeight in KGM', 'NetWeight');
	const quantityColumn = find('Quantity');
	const unitColumn = find('Quantity Unit', 'QuantityUnit', 'QuantityToken');

	let quantity: TableSchema['quantity'] = null;
	if (byWeight && netWeight >= 0) quantity = { column: netWeight, unit: { fixed: 'kg' } };
	else if (quantityColumn >= 0 && unitColumn >= 0) {
		quantity = { column: quantityColumn, unit: { column: unitColumn, missing: NO_QUANTITY } };
	}
	const schema: TableSchema = {
		year: { column: need('Year'), form: 'year' },
		reporter: { column: reporter, coding: raw ? 'auto' : 'name' },
		partner: { column: partner, coding: raw ? 'auto' : 'name' },
		product: { column: need('ProductCode', 'Product Code') },
		flow: { column: need('TradeFlow', 'TradeFlowName', 'Trade Flow'), codes: FLOWS },
		value: {
			column: need('Trade Value 1000USD', 'TradeValue in 1000 USD', 'Trade Value (US$ Thousand)'),
			scale: 1000
		},
		quantity,
		breakdowns: [],
		decimalComma: false
	};
	const handle = createTableReader(schema, header, options, context);
	const rewrites: ((fields: string[]) => void)[] = [];
	const reporterName = raw ? find('ReporterName', 'Reporter Name') : -1;
	const partnerName = raw ? find('PartnerName', 'Partner Name') : -1;
	if (raw) {
		rewrites.push(iso3OrName(reporter, reporterName));
		rewrites.push(iso3OrName(partner, partnerName));
	}
	// No net-weight column: a quantity in kilograms is the net weight, any other unit is none.
	if (byWeight && netWeight < 0 && quantity !== null) rewrites.push(kilogramsOnly(unitColumn));
	if (rewrites.length === 0) return handle;
	const width = Math.max(reporter, partner, unitColumn, reporterName, partnerName) + 1;
	return (fields, line) => {
		// A short row is left as it is: the reader drops it as malformed.
		if (fields.length >= width) for (const rewrite of rewrites) rewrite(fields);
		handle(fields, line);
	};
}

/**
 * WITS writes pseudo-ISO3 codes for groupings (EUN, UNS, OAS "Other Asia, nes", FRE, SPE, …):
 * an ISO3 the country tables do not know is read from the row's name instead.
 */
function iso3OrName(isoColumn: number, nameColumn: number): (fields: string[]) => void {
	const known = new Set(knownCountryIds());
	const cache = new Map<string, string>();
	return (fields) => {
		const iso = fields[isoColumn];
		let text = cache.get(iso);
		if (text === undefined) {
			const code = iso.trim().toUpperCase();
			const name = nameColumn >= 0 ? fields[nameColumn].trim() : '';
			// The name, not its id: 'auto' would take an id like XKX (Kosovo) for an aggregate.
			text = code === 'WLD' || known.has(code) || name === '' ? code : name;
			cache.set(iso, text);
		}
		fields[isoColumn] = text;
	};
}

/** On the net-weight basis without a net-weight column: keeps quantities in kg only. */
function kilogramsOnly(unitColumn: number): (fields: string[]) => void {
	return (fields) => {
		fields[unitColumn] = KILOGRAMS.has(fields[unitColumn].trim().toLowerCase()) ? 'kg' : '';
	};
}

/** WITS: thousand USD, imports CIF (UN Comtrade data); the reported unit by default. */
export const witsFormat: FormatDefinition = {
	id: 'wits',
	matches(header) {
		const find = columnFinder(header);
		return (
			find('ProductCode') >= 0 &&
			find('TradeFlow', 'TradeFlowName') >= 0 &&
			find('Trade Value 1000USD', 'TradeValue in 1000 USD') >= 0
		);
	},
	createReader: createWitsReader,
	facts: (options) => reportedOrWeight(options, 'CIF', '1000 USD')
};
