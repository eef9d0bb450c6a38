/**
 * Any other CSV, read through a column mapping the user makes from a preview (ColumnMapping).
 * The mapping is remembered by the header's signature, so the same kind of file is read
 * again without asking. `guessMapping` pre-fills the mapping from column names and sample values.
 */
import { TradeFileError } from '../../model/errors';
import type { ColumnMapping, ReadOptions } from '../../model/types';
import type { Delimiter } from '../csv';
import { namedWidth, normalizeColumnName } from './fields';
import {
	quantityFacts,
	type FormatDefinition,
	type ReaderContext,
	type RowHandler
} from './reader';
import { createTableReader, type FlowKind, type TableSchema } from './table-reader';

/** A header's identity for remembering its mapping: normalized names joined by `|`. */
export function headerSignature(header: string[]): string {
	return header.map(normalizeColumnName).join('|');
}

/** Whether a mapping was made for this header. */
export function mappingFits(mapping: ColumnMapping, header: string[]): boolean {
	return mapping.signature === headerSignature(header);
}

/** Flow codes understood in a mapped flow column (compared in lower case). */
export const MAPPED_FLOW_CODES: ReadonlyMap<string, FlowKind> = new Map<string, FlowKind>([
	...[
		'x',
		'e',
		'exp',
		'export',
		'exports',
		'exportação',
		'exportacao',
		'exportación',
		'exportacion',
		'exportaciones',
		'exportações',
		'exportacoes',
		'exportado',
		'2'
	].map((code) => [code, 'export'] as const),
	...[
		'm',
		'i',
		'imp',
		'import',
		'imports',
		'importação',
		'importacao',
		'importación',
		'importacion',
		'importaciones',
		'importações',
		'importacoes',
		'importado',
		'1'
	].map((code) => [code, 'import'] as const),
	...['rx', 're-export', 're-exports', 'reexport', 'reexportação', 'reexportación', '3'].map(
		(code) => [code, 're-export'] as const
	),
	...['rm', 're-import', 're-imports', 'reimport', 'reimportação', 'reimportación', '4'].map(
		(code) => [code, 're-import'] as const
	)
]);

/** The columns a mapping must name (with -1 = not chosen), as the error names them. */
export function missingRoles(mapping: ColumnMapping, options: ReadOptions): string[] {
	const missing: string[] = [];
	if (mapping.year < 0) missing.push('year');
	if (mapping.reporter < 0 && !options.reporter) missing.push('reporter');
	if (mapping.partner < 0) missing.push('partner');
	if (mapping.product < 0) missing.push('product');
	if (mapping.flow >= 0 ? mapping.value < 0 : mapping.exportValue < 0 && mapping.importValue < 0) {
		missing.push(mapping.flow >= 0 ? 'value' : 'flow');
	}
	return missing;
}

/** The table schema of a mapping; 'bad-mapping' when a column is out of the header or a role is unset. */
export function schemaOfMapping(
	mapping: ColumnMapping,
	header: string[],
	options: ReadOptions,
	file: string
): TableSchema {
	// A column beyond the last named one may be absent from a row that the shape check accepts.
	const width = namedWidth(header);
	const outside = Object.entries(mapping)
		.filter(([key, value]) => typeof value === 'number' && key !== 'valueScale' && value >= width)
		.map(([key]) => key);
	const unfit = [...missingRoles(mapping, options), ...outside];
	if (unfit.length > 0) {
		throw new TradeFileError(
			'bad-mapping',
			`The column mapping does not fit this file (${unfit.join(', ')}).`,
			file,
			1,
			undefined,
			{ missing: unfit.join(', ') }
		);
	}
	const unit =
		mapping.unit >= 0
			? { column: mapping.unit, missing: new Set(['', 'n/a', 'na', '-1', 'no quantity']) }
			: { fixed: 'reported unit' };
	const split = mapping.flow < 0;
	return {
		year: { column: mapping.year, form: 'period' },
		reporter:
			mapping.reporter >= 0
				? { column: mapping.reporter, coding: 'auto' }
				: { fixed: (options.reporter as string).trim().toUpperCase() },
		partner: { column: mapping.partner, coding: 'auto' },
		product: { column: mapping.product },
		flow: split ? { split: true } : { column: mapping.flow, codes: MAPPED_FLOW_CODES },
		value: split
			? {
					exportColumn: mapping.exportValue,
					importColumn: mapping.importValue,
					scale: mapping.valueScale
				}
			: { column: mapping.value, scale: mapping.valueScale },
		quantity: split
			? mapping.exportQuantity >= 0 || mapping.importQuantity >= 0
				? { exportColumn: mapping.exportQuantity, importColumn: mapping.importQuantity, unit }
				: null
			: mapping.quantity >= 0
				? { column: mapping.quantity, unit }
				: null,
		breakdowns: [],
		decimalComma: mapping.decimalComma
	};
}

/** A column-mapped CSV. */
export const customFormat: FormatDefinition = {
	id: 'custom',
	matches: () => false, // only through a mapping (detectFile)
	createReader(header: string[], options: ReadOptions, context: ReaderContext): RowHandler {
		if (!options.mapping) {
			throw new TradeFileError('bad-mapping', 'No column mapping was given.', context.file, 1);
		}
		const schema = schemaOfMapping(options.mapping, header, options, context.file);
		return createTableReader(schema, header, options, context);
	},
	facts(options) {
		const mapping = options.mapping;
		return {
			currency: mapping?.currency ?? 'USD',
			importValuation: mapping?.importValuation ?? 'FOB',
			valueUnitInFile: `${mapping && mapping.valueScale !== 1 ? `${mapping.valueScale} ` : ''}${mapping?.currency ?? 'USD'}`,
			...quantityFacts('reported')
		};
	}
};

const ROLE_NAMES: Record<string, RegExp> = {
	year: /^(year|ano|año|anio|period|periodo|período|refyear|t|co_ano)$/,
	reporter:
		/^(reporter|reporteriso|reporter_iso|reporter iso|declarante|país declarante|pais declarante|informante|i|exporter)$/,
	partner:
		/^(partner|partneriso|partner_iso|partner iso|parceiro|socio|país|pais|country|destino|origem|destination|origin|j|importer)$/,
	product:
		/^(product|produto|producto|hs|hs6|sh6|ncm|code|código|codigo|cmdcode|commodity code|product code|productcode|k)$/,
	flow: /^(flow|fluxo|flujo|tradeflow|trade flow|flowcode|direction|sentido)$/,
	value:
		/^(value|valor|trade value|tradevalue|value_usd|valor_usd|usd|fob|vl_fob|valor fob|primaryvalue|v)$/,
	exportValue:
		/^(exports?|exportações|exportacoes|exportaciones|export value|valor exportado|exp|x)$/,
	importValue:
		/^(imports?|importações|importacoes|importaciones|import value|valor importado|imp|m)$/,
	quantity: /^(quantity|quantidade|cantidad|qty|q|kg|peso|weight|net weight|netweight|kg_liquido)$/,
	unit: /^(unit|unidade|unidad|qty unit|quantity unit|qtyunit)$/
};

/** Words that name a role inside a longer column name ("Valor (US$)", "Peso líquido kg"). */
const ROLE_WORDS: Record<string, string[]> = {
	year: ['year', 'ano', 'año', 'anio'],
	reporter: ['reporter', 'declarante', 'informante'],
	partner: ['partner', 'parceiro', 'socio', 'country', 'país', 'pais'],
	product: ['product', 'produto', 'producto', 'hs6', 'sh6', 'ncm', 'commodity'],
	flow: ['flow', 'fluxo', 'flujo'],
	value: ['value', 'valor', 'usd', 'fob'],
	exportValue: ['exports', 'export', 'exportações', 'exportacoes', 'exportaciones'],
	importValue: ['imports', 'import', 'importações', 'importacoes', 'importaciones'],
	quantity: ['quantity', 'quantidade', 'cantidad', 'qty', 'kg', 'peso', 'weight'],
	unit: ['unit', 'unidade', 'unidad']
};

/**
 * A first mapping from column names (English, Portuguese, Spanish) and sample rows: the user
 * confirms or corrects it. A whole-name match wins over a word inside a name, and a column
 * serves one role. Decimal comma is guessed from `;` files whose numbers hold commas; a value
 * column named in thousands (`1000USD`, `mil`) or in euros sets the scale and currency.
 */
export function guessMapping(
	header: string[],
	sample: string[][],
	delimiter: Delimiter
): ColumnMapping {
	const names = header.map(normalizeColumnName);
	const words = names.map((name) => name.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
	const taken = new Set<number>();
	const find = (role: string): number => {
		let index = names.findIndex((name, i) => !taken.has(i) && ROLE_NAMES[role].test(name));
		if (index < 0) {
			index = words.findIndex(
				(list, i) => !taken.has(i) && list.some((word) => ROLE_WORDS[role].includes(word))
			);
		}
		if (index >= 0) taken.add(index);
		return index;
	};
	// Order matters: specific roles first, so "Export value" is not taken as the value column.
	const flow = find('flow');
	const exportValue = flow >= 0 ? -1 : find('exportValue');
	const importValue = flow >= 0 ? -1 : find('importValue');
	const unit = find('unit');
	const value = flow >= 0 || (exportValue < 0 && importValue < 0) ? find('value') : -1;
	const valueName = names[value >= 0 ? value : Math.max(exportValue, importValue)] ?? '';
	const commaNumbers = sample.some((row) =>
		row.some((field) => /^-?[\d.]+,\d+$/.test(field.trim()))
	);
	return {
		signature: headerSignature(header),
		year: find('year'),
		reporter: find('reporter'),
		partner: find('partner'),
		product: find('product'),
		flow,
		value,
		exportValue,
		importValue,
		quantity: flow >= 0 ? find('quantity') : -1,
		exportQuantity: -1,
		importQuantity: -1,
		unit,
		valueScale: /1000|thousand|\bmil\b|\bk ?usd/.test(valueName) ? 1000 : 1,
		currency: /eur|€/.test(valueName) ? 'EUR' : 'USD',
		importValuation: 'FOB',
		decimalComma: delimiter === ';' && commaNumbers
	};
}
