/**
 * Brazil's Comex Stat bulk files `EXP_YYYY.csv` / `IMP_YYYY.csv` (FORMATS.md): `;`-delimited,
 * windows-1252, monthly rows by state, port and mode of transport, summed here to the year.
 * Reporter Brazil; the flow is one per file, from the name (EXP_ / IMP_) or the IMP_ columns.
 */
import { TradeFileError } from '../../model/errors';
import type { ReadOptions } from '../../model/types';
import { columnIndex, normalizeColumnName, parseDigits } from './fields';
import {
	NET_WEIGHT_UNIT,
	optionalColumn,
	quantityFacts,
	requireColumn,
	type FormatDefinition,
	type ReaderContext,
	type RowHandler
} from './reader';
import { createTableReader, type TableSchema } from './table-reader';

/** Columns every NCM file has: CO_NCM and three more identify the format. */
const CORE_COLUMNS = [
	'co_ano',
	'co_mes',
	'co_ncm',
	'co_unid',
	'co_pais',
	'qt_estat',
	'kg_liquido',
	'vl_fob'
];
/** Columns only the IMP_ files have. */
const IMPORT_COLUMNS = ['vl_frete', 'vl_seguro'];
/** The municipality files (`EXP_YYYY_MUN.csv`): products by HS4 only. */
const MUNICIPALITY_COLUMNS = ['co_ano', 'sh4', 'co_pais', 'co_mun', 'vl_fob'];

/** CO_UNID codes, zero-padded or not, as one unit id each (`CO_UNID 10`) that the UI can show. */
const UNIT_NAMES: ReadonlyMap<string, string> = new Map(
	Array.from({ length: 100 }, (_, n) => n).flatMap((n) =>
		[String(n), String(n).padStart(2, '0'), String(n).padStart(3, '0')].map(
			(code) => [code, `CO_UNID ${n}`] as const
		)
	)
);

/** Reads an EXP_ or IMP_ file: one flow per file, summed to (year, partner, HS6). */
export function createComexStatReader(
	header: string[],
	options: ReadOptions,
	context: ReaderContext
): RowHandler {
	const { file } = context;
	const columns = columnIndex(header, file);
	if (isMunicipalityHeader(columns)) throw municipalityFile(file);
	const col = (name: string): number => requireColumn(columns, [name], file);
	const year = col('CO_ANO');
	const product = col('CO_NCM');
	const partner = col('CO_PAIS');
	const value = col('VL_FOB');
	const flow = flowOfFile(file, columns);
	context.ledger.setRole(flow === 'export' ? 'exports' : 'imports');

	// QT_ESTAT units differ between NCM codes of one HS6, so net kg is the default (METHODS 1.2).
	const reported = options.quantityBasis === 'reported';
	const quantity: TableSchema['quantity'] = reported
		? {
				column: col('QT_ESTAT'),
				unit: { column: col('CO_UNID'), missing: new Set(), names: UNIT_NAMES }
			}
		: { column: col('KG_LIQUIDO'), unit: { fixed: NET_WEIGHT_UNIT } };

	const schema: TableSchema = {
		year: { column: year, form: 'year' },
		reporter: { fixed: 'BRA' },
		partner: { column: partner, coding: 'comex' },
		product: { column: product },
		flow: { fixed: flow },
		value: { column: value, scale: 1 },
		quantity,
		// State, port and mode split the trade without a total row: every row is summed.
		breakdowns: [],
		// Numbers are integers in the bulk files; hand-made `;` files may write decimal commas.
		decimalComma: true
	};
	const read = createTableReader(schema, header, options, context);
	const month = optionalColumn(columns, 'CO_MES');
	return month < 0 ? read : withMonths(read, year, month, context);
}

/**
 * Notes the months a file holds (CO_ANO, CO_MES of each row, parsed only when they change), so
 * that two copies of one file are told from files of different months of one year (overlap.ts).
 */
function withMonths(
	read: RowHandler,
	yearColumn: number,
	monthColumn: number,
	{ accumulator }: ReaderContext
): RowHandler {
	let lastYear: string | undefined;
	let lastMonth: string | undefined;
	return (fields, line) => {
		const year = fields[yearColumn];
		const month = fields[monthColumn];
		if (month !== lastMonth || year !== lastYear) {
			lastYear = year;
			lastMonth = month;
			const m = parseDigits(month ?? '');
			if (m >= 1 && m <= 12) accumulator.notePeriod(parseDigits(year ?? ''), m);
		}
		read(fields, line);
	};
}

/** The base name of a source: `x.zip › EXP_2023.csv` and `dir/EXP_2023.csv` are `EXP_2023.csv`. */
function baseName(file: string): string {
	const parts = file.split(/[/\\›]/);
	return parts[parts.length - 1].trim();
}

/**
 * The flow of a file: its name prefix EXP_ / IMP_ (EXP_2023.csv, EXP_COMPLETA.csv), else the
 * IMP_ columns VL_FRETE / VL_SEGURO mean imports. A name that contradicts the columns is refused:
 * reading an import file as exports would silently swap X and M.
 */
function flowOfFile(file: string, columns: Map<string, number>): 'export' | 'import' {
	const name = baseName(file).toUpperCase();
	// Only whether they are there: their values are not read, so they may repeat.
	const importColumns = IMPORT_COLUMNS.some((c) => columns.has(c));
	const byName = name.startsWith('EXP_') ? 'export' : name.startsWith('IMP_') ? 'import' : null;
	if (byName === 'export' && importColumns) {
		throw new TradeFileError(
			'unknown-flow-file',
			'The file is named as exports (EXP_) but has the import columns VL_FRETE / VL_SEGURO: check that it was not renamed.',
			file,
			1,
			undefined,
			{ expected: 'EXP_ or IMP_' }
		);
	}
	if (byName !== null) return byName;
	if (importColumns) return 'import';
	throw new TradeFileError(
		'unknown-flow-file',
		'A Comex Stat file must be named EXP_… (exports) or IMP_… (imports), as downloaded: rename it so the app knows its direction.',
		file,
		1,
		undefined,
		{ expected: 'EXP_ or IMP_' }
	);
}

function isMunicipalityHeader(columns: Map<string, number>): boolean {
	return !columns.has('co_ncm') && MUNICIPALITY_COLUMNS.every((c) => columns.has(c));
}

/** The municipality files only have HS4: the method needs HS6 (METHODS 1.1). */
function municipalityFile(file: string): TradeFileError {
	return new TradeFileError(
		'incomplete-table',
		'This is a Comex Stat municipality file: it has only HS4 products, and the method needs HS6. Download the NCM files EXP_YYYY.csv and IMP_YYYY.csv instead.',
		file,
		1,
		'SH4',
		{
			missing: 'HS6 product codes (the municipality files have only HS4)',
			download: 'EXP_YYYY.csv, IMP_YYYY.csv'
		}
	);
}

/** Comex Stat: values VL_FOB in USD for both directions; net kg by default. */
export const comexStatFormat: FormatDefinition = {
	id: 'comex-stat',
	matches(header) {
		const names = new Set(header.map(normalizeColumnName));
		if (MUNICIPALITY_COLUMNS.every((c) => names.has(c))) return true; // refused when read
		return names.has('co_ncm') && CORE_COLUMNS.filter((c) => names.has(c)).length >= 4;
	},
	createReader: createComexStatReader,
	facts(options) {
		// Net weight by default: the supplementary units differ between the 8-digit codes of one HS6.
		const basis = options.quantityBasis === 'reported' ? 'reported' : 'net-weight';
		return {
			currency: 'USD',
			importValuation: 'FOB',
			valueUnitInFile: 'USD',
			...quantityFacts(basis)
		};
	}
};
