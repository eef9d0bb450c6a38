/**
 * Eurostat Comext bulk files (DS-045409, FORMATS.md): ISO alpha-2 reporters and partners, CN8
 * products, FLOW 1 import / 2 export, PERIOD YYYYMM (monthly) or YYYY52 (annual), values in EUR.
 */
import type { ReadOptions } from '../../model/types';
import { columnIndex, normalizeColumnName } from './fields';
import {
	NET_WEIGHT_UNIT,
	quantityFacts,
	requireColumn,
	type FormatDefinition,
	type ReaderContext,
	type RowHandler
} from './reader';
import { createTableReader, type FlowKind, type TableSchema } from './table-reader';

const FLOW_CODES: ReadonlyMap<string, FlowKind> = new Map<string, FlowKind>([
	['1', 'import'],
	['2', 'export']
]);

/** SUPPL_UNIT values that mean "no supplementary unit" (compared in lower case). */
const NO_SUPPLEMENTARY_UNIT: ReadonlySet<string> = new Set(['zzz', ':', '-', 'n/a']);

/** Columns that identify the format (not all are needed, so that a missing one is named). */
const CORE_COLUMNS = [
	'reporter',
	'partner',
	'trade_type',
	'product_nc',
	'flow',
	'stat_procedure',
	'suppl_unit',
	'period',
	'value_eur',
	'quantity_kg',
	'quantity_suppl_unit',
	// the older bulk files (full_YYYYMM.dat): DECLARANT_ISO, PARTNER_ISO, VALUE_IN_EUROS, …
	'declarant_iso',
	'partner_iso',
	'stat_regime',
	'supp_unit',
	'value_in_euros',
	'quantity_in_kg',
	'sup_quantity'
];

/**
 * Reads a Comext file. TRADE_TYPE (intra / extra EU) and STAT_PROCEDURE (normal, inward and
 * outward processing, not recorded) split the trade without total rows, so every row is summed;
 * the PRODUCT_NC `TOTAL` rows are the totals, dropped as 'not-hs6'.
 */
export function createComextReader(
	header: string[],
	options: ReadOptions,
	context: ReaderContext
): RowHandler {
	const columns = columnIndex(header);
	// Newer names first; the older bulk files name the same columns differently (and their
	// DECLARANT / PARTNER hold Eurostat's numeric codes, so the ISO columns are read instead).
	const col = (...names: string[]): number => requireColumn(columns, names, context.file);
	const reported = options.quantityBasis === 'reported';
	const schema: TableSchema = {
		year: { column: col('PERIOD'), form: 'period' },
		reporter: { column: col('REPORTER', 'DECLARANT_ISO'), coding: 'iso2' },
		partner: { column: col('PARTNER_ISO', 'PARTNER'), coding: 'iso2' },
		product: { column: col('PRODUCT_NC') },
		flow: { column: col('FLOW'), codes: FLOW_CODES },
		value: { column: col('VALUE_EUR', 'VALUE_IN_EUROS'), scale: 1 },
		quantity: reported
			? {
					column: col('QUANTITY_SUPPL_UNIT', 'SUP_QUANTITY'),
					unit: { column: col('SUPPL_UNIT', 'SUPP_UNIT'), missing: NO_SUPPLEMENTARY_UNIT }
				}
			: { column: col('QUANTITY_KG', 'QUANTITY_IN_KG'), unit: { fixed: NET_WEIGHT_UNIT } },
		breakdowns: [],
		decimalComma: false
	};
	return createTableReader(schema, header, options, context);
}

/** Comext: EUR values, imports CIF-type at the EU border, net kg by default. */
export const comextFormat: FormatDefinition = {
	id: 'comext',
	matches(header) {
		const names = new Set(header.map(normalizeColumnName));
		const core = CORE_COLUMNS.filter((c) => names.has(c)).length;
		return core >= 6 || (names.has('product_nc') && core >= 4);
	},
	createReader: createComextReader,
	facts(options) {
		// Net weight by default: the supplementary units differ between the 8-digit codes of one HS6.
		const basis = options.quantityBasis === 'reported' ? 'reported' : 'net-weight';
		return {
			currency: 'EUR',
			importValuation: 'CIF',
			valueUnitInFile: 'EUR',
			...quantityFacts(basis)
		};
	}
};
