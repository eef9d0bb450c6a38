/**
 * One small valid sample per trade format (FORMATS.md): header and a few rows that reach most of
 * the reader's branches (used rows, World and aggregate partners, totals, re-exports, missing
 * quantities), with the read options it is read with. The property tests mutate these and
 * generate rows from each column's spec; the CLI tests reuse some.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headerSignature } from '../../src/lib/engine/read/formats/custom';
import type { ColumnMapping, FormatId } from '../../src/lib/engine/model/types';

/** One file of a sample, as text; `windows-1252` files are encoded byte per character. */
export interface SampleFile {
	name: string;
	text: string;
	encoding?: 'utf-8' | 'windows-1252';
	/** A companion (code table), not trade data: not mutated as data, read with the data. */
	companion?: boolean;
}

/**
 * What a column holds, for generating rows: plausible `values` (most rows use them, so rows
 * get through to the keys) and a `kind` that decides the junk mixed in. `quote`: the format
 * writes the field in quotes (Comex Stat's codes).
 */
export interface ColumnSpec {
	kind: 'year' | 'code' | 'number' | 'text';
	values: readonly string[];
	quote?: boolean;
}

export interface FormatSample {
	format: FormatId;
	files: SampleFile[];
	/** The reporter the sample is read with (null: every reporter in the file). */
	reporter: string | null;
	mapping?: ColumnMapping;
	/** Column specs by header name (as written, without quotes); other columns are copied. */
	columns: Record<string, ColumnSpec>;
}

const lines = (...rows: string[]): string => rows.join('\n') + '\n';

const YEARS = ['2019', '2020', '2021', '2022'];
const HS6 = ['010121', '640399', '847130', '020130', '854231', '300490', '20130', '940360'];
const AMOUNTS = ['1', '2', '10', '60', '100', '250.5', '1000', '12345', '0.5'];

const fixture = (path: string): string =>
	readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');

/** The first lines of a fixture (header included). */
const head = (path: string, count: number): string =>
	lines(...fixture(path).split(/\r?\n/).slice(0, count));

const baci: FormatSample = {
	format: 'baci',
	reporter: 'BRA',
	files: [{ name: 'BACI_HS17_Y2020_V202201.csv', text: fixture('e2e/baci-small.csv') }],
	columns: {
		t: { kind: 'year', values: YEARS },
		i: { kind: 'code', values: ['76', '842', '276', '251', '0', '697', '490'] },
		j: { kind: 'code', values: ['76', '842', '276', '251', '0', '697', '490'] },
		k: { kind: 'code', values: HS6 },
		v: { kind: 'number', values: AMOUNTS },
		q: { kind: 'number', values: [...AMOUNTS, 'NA', ''] }
	}
};

const comtradePlus: FormatSample = {
	format: 'comtrade-plus',
	reporter: null,
	// Used rows, World, an area nes, HS2/HS4 totals, a missing quantity, re-exports, a breakdown.
	files: [
		{
			name: 'TradeData_BRA_2022_annual.csv',
			text: head('comtrade-plus/TradeData_BRA_2022_annual.csv', 14)
		}
	],
	columns: {
		refYear: { kind: 'year', values: YEARS },
		reporterCode: { kind: 'code', values: ['76', '842'] },
		reporterISO: { kind: 'code', values: ['BRA', 'USA'] },
		flowCode: { kind: 'code', values: ['X', 'M', 'RX', 'RM', 'DX'] },
		partnerCode: { kind: 'code', values: ['842', '76', '276', '0', '899', '490'] },
		partnerISO: { kind: 'code', values: ['USA', 'BRA', 'DEU', 'W00', 'S19'] },
		partner2Code: { kind: 'code', values: ['0', '0', '0', '842'] },
		cmdCode: { kind: 'code', values: [...HS6, 'TOTAL', '01', '0101'] },
		aggrLevel: { kind: 'code', values: ['6', '6', '6', '2', '4'] },
		customsCode: { kind: 'code', values: ['C00', 'C00', 'C01'] },
		motCode: { kind: 'code', values: ['0', '0', '1000'] },
		qtyUnitCode: { kind: 'code', values: ['5', '8', '-1'] },
		qtyUnitAbbr: { kind: 'code', values: ['u', 'kg', 'N/A'] },
		qty: { kind: 'number', values: [...AMOUNTS, '0'] },
		netWgt: { kind: 'number', values: [...AMOUNTS, '0', ''] },
		primaryValue: { kind: 'number', values: AMOUNTS }
	}
};

const LEGACY_HEADER =
	'Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,Netweight (kg),Trade Value (US$),Flag';

const comtradeLegacy: FormatSample = {
	format: 'comtrade-legacy',
	reporter: null,
	files: [
		{
			name: 'comtrade_BRA_2015.csv',
			text: lines(
				LEGACY_HEADER,
				'H4,2015,2015,2015,6,1,2,Export,76,Brazil,BRA,842,USA,USA,010121,"Horses; live, pure-bred breeding animals",5,Number of items,10,5000,100000,0',
				'H4,2015,2015,2015,6,1,1,Import,76,Brazil,BRA,842,USA,USA,010121,"Horses; live, pure-bred breeding animals",5,Number of items,4,2000,60000,0',
				'H4,2015,2015,2015,6,1,2,Export,76,Brazil,BRA,0,World,WLD,010121,"Horses; live, pure-bred breeding animals",5,Number of items,14,7000,160000,0',
				'H4,2015,2015,2015,2,0,2,Export,76,Brazil,BRA,842,USA,USA,01,Live animals,1,No Quantity,,,300000,0',
				'H4,2015,2015,2015,6,1,1,Import,76,Brazil,BRA,344,"China, Hong Kong SAR",HKG,854231,Electronic integrated circuits,1,No Quantity,,,12000,0',
				'H4,2015,2015,2015,6,1,2,Export,76,Brazil,BRA,344,"China, Hong Kong SAR",HKG,854231,Electronic integrated circuits,8,Weight in kilograms,5,5,30000,0',
				'H4,2015,2015,2015,6,1,3,Re-Export,76,Brazil,BRA,842,USA,USA,010121,"Horses; live, pure-bred breeding animals",5,Number of items,1,100,9000,0'
			)
		}
	],
	columns: {
		Year: { kind: 'year', values: YEARS },
		Period: { kind: 'year', values: YEARS },
		'Aggregate Level': { kind: 'code', values: ['6', '6', '6', '2', '4'] },
		'Is Leaf Code': { kind: 'code', values: ['1', '0'] },
		'Trade Flow Code': { kind: 'code', values: ['1', '2', '3', '4'] },
		'Reporter Code': { kind: 'code', values: ['76', '842'] },
		'Reporter ISO': { kind: 'code', values: ['BRA', 'USA'] },
		'Partner Code': { kind: 'code', values: ['842', '76', '344', '0', '899'] },
		Partner: { kind: 'text', values: ['USA', 'Brazil', 'China, Hong Kong SAR', 'World'] },
		'Partner ISO': { kind: 'code', values: ['USA', 'BRA', 'HKG', 'WLD', ''] },
		'Commodity Code': { kind: 'code', values: [...HS6, 'TOTAL', '01', '0101'] },
		'Qty Unit Code': { kind: 'code', values: ['1', '5', '8', '-1'] },
		Qty: { kind: 'number', values: [...AMOUNTS, ''] },
		'Netweight (kg)': { kind: 'number', values: [...AMOUNTS, ''] },
		'Trade Value (US$)': { kind: 'number', values: AMOUNTS }
	}
};

const COMEX_EXPORT_HEADER =
	'"CO_ANO";"CO_MES";"CO_NCM";"CO_UNID";"CO_PAIS";"SG_UF_NCM";"CO_VIA";"CO_URF";"QT_ESTAT";"KG_LIQUIDO";"VL_FOB"';

const comexStat: FormatSample = {
	format: 'comex-stat',
	reporter: null,
	// Monthly rows by state and port (summed), a partner PAIS.csv calls an area, latin-1 names.
	files: [
		{
			name: 'PAIS.csv',
			encoding: 'windows-1252',
			companion: true,
			text: lines(
				'"CO_PAIS";"CO_PAIS_ISON3";"CO_PAIS_ISOA3";"NO_PAIS";"NO_PAIS_ING";"NO_PAIS_ESP"',
				'"249";"840";"USA";"Estados Unidos";"United States";"Estados Unidos"',
				'"023";"276";"DEU";"Alemanha";"Germany";"Alemania"',
				'"087";"056";"BEL";"Bélgica";"Belgium";"Bélgica"',
				'"995";"898";"ZZZ";"Provisão de Navios e Aeronaves";"Ship and Aircraft Provision";"Provisión de Buques"'
			)
		},
		{
			name: 'EXP_2022.csv',
			encoding: 'windows-1252',
			text: lines(
				COMEX_EXPORT_HEADER,
				'"2022";"01";"01012100";"11";"249";"SP";"01";"0817800";10;5000;100000',
				'"2022";"02";"01012100";"11";"249";"MG";"04";"0817600";2;800;25000',
				'"2022";"03";"64039990";"10";"023";"RS";"01";"1017500";500;250;7000',
				'"2022";"03";"84713012";"11";"995";"SP";"01";"0817800";1;10;300'
			)
		},
		{
			name: 'IMP_2022.csv',
			encoding: 'windows-1252',
			text: lines(
				COMEX_EXPORT_HEADER + ';"VL_FRETE";"VL_SEGURO"',
				'"2022";"01";"01012100";"11";"249";"SP";"01";"0817800";4;2000;60000;1000;50',
				'"2022";"05";"64039990";"10";"023";"PR";"01";"0917800";300;120;9000;200;10',
				'"2022";"06";"64039100";"10";"087";"PR";"01";"0917800";50;30;1500;20;1'
			)
		}
	],
	columns: {
		CO_ANO: { kind: 'year', values: YEARS, quote: true },
		CO_MES: { kind: 'code', values: ['01', '06', '12'], quote: true },
		CO_NCM: { kind: 'code', values: ['01012100', '64039990', '84713012', '02013000'], quote: true },
		CO_UNID: { kind: 'code', values: ['10', '11'], quote: true },
		CO_PAIS: { kind: 'code', values: ['249', '023', '087', '995', '105'], quote: true },
		QT_ESTAT: { kind: 'number', values: ['0', '1', '10', '500'] },
		KG_LIQUIDO: { kind: 'number', values: ['0', '1', '10', '500'] },
		VL_FOB: { kind: 'number', values: ['1', '300', '7000', '100000'] },
		VL_FRETE: { kind: 'number', values: ['0', '20', '1000'] },
		VL_SEGURO: { kind: 'number', values: ['0', '1', '50'] }
	}
};

const COMEXT_HEADER =
	'REPORTER,PARTNER,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,PRODUCT_CPA21,PRODUCT_CPA22,PRODUCT_BEC,PRODUCT_BEC5,PRODUCT_SECTION,FLOW,STAT_PROCEDURE,SUPPL_UNIT,PERIOD,VALUE_EUR,VALUE_NAC,QUANTITY_KG,QUANTITY_SUPPL_UNIT';

const comext: FormatSample = {
	format: 'comext',
	reporter: 'FRA',
	files: [
		{
			name: 'full_v2_202252.csv',
			text: lines(
				COMEXT_HEADER,
				'FR,US,E,01012100,00150,011,011,111,111,01,2,1,NAR,202252,100000,100000,5000,10',
				'FR,US,E,01012100,00150,011,011,111,111,01,1,1,NAR,202252,60000,60000,2000,4',
				'FR,DE,I,84713000,75200,262,262,41,41,16,2,1,NAR,202252,40000,40000,300,20',
				'FR,DE,I,84713000,75200,262,262,41,41,16,1,1,NAR,202252,35000,35000,280,18',
				'FR,US,E,TOTAL,,,,,,,2,1,,202252,900000,900000,70000,',
				'FR,CN,E,99RRR100,,,,,,,2,1,,202252,1000,1000,10,',
				'FR,EU27_2020,I,84713000,75200,262,262,41,41,16,1,1,NAR,202252,5000,5000,1,1',
				'DE,FR,I,84713000,75200,262,262,41,41,16,1,1,NAR,202252,5000,5000,1,1'
			)
		}
	],
	columns: {
		REPORTER: { kind: 'code', values: ['FR', 'DE'] },
		PARTNER: { kind: 'code', values: ['US', 'DE', 'CN', 'FR', 'EU27_2020', 'QU'] },
		TRADE_TYPE: { kind: 'code', values: ['I', 'E'] },
		PRODUCT_NC: { kind: 'code', values: ['01012100', '84713000', 'TOTAL', '99RRR100'] },
		FLOW: { kind: 'code', values: ['1', '2'] },
		STAT_PROCEDURE: { kind: 'code', values: ['1', '2', '3', '9'] },
		SUPPL_UNIT: { kind: 'code', values: ['NAR', 'ZZZ', 'KG'] },
		PERIOD: { kind: 'code', values: ['202252', '202152'] },
		VALUE_EUR: { kind: 'number', values: AMOUNTS },
		VALUE_NAC: { kind: 'number', values: AMOUNTS },
		QUANTITY_KG: { kind: 'number', values: [...AMOUNTS, ''] },
		QUANTITY_SUPPL_UNIT: { kind: 'number', values: [...AMOUNTS, ''] }
	}
};

const WITS_HEADER =
	'Reporter,TradeFlow,ProductCode,Product Description,Year,Partner,Trade Value 1000USD,Quantity,Quantity Unit';

const wits: FormatSample = {
	format: 'wits',
	reporter: null,
	files: [
		{
			name: 'WITS-Partner-Timeseries.csv',
			text: lines(
				WITS_HEADER,
				'Brazil,Export,010121,"Horses; live, pure-bred breeding animals",2020,United States,100,10,Item',
				'Brazil,Import,010121,"Horses; live, pure-bred breeding animals",2020,United States,60,4,Item',
				'Brazil,Export,010121,"Horses; live, pure-bred breeding animals",2020,World,160,14,Item',
				'Brazil,Gross Exp.,010121,"Horses; live, pure-bred breeding animals",2020,United States,101,10,Item',
				'Brazil,Import,854231,Electronic integrated circuits,2020,Germany,12,5,Kg',
				'Brazil,Export,854231,Electronic integrated circuits,2020,Germany,30,,'
			)
		}
	],
	columns: {
		Reporter: { kind: 'text', values: ['Brazil', 'United States'] },
		TradeFlow: { kind: 'code', values: ['Export', 'Import', 'Gross Exp.', 'Gross Imp.'] },
		ProductCode: { kind: 'code', values: HS6 },
		Year: { kind: 'year', values: YEARS },
		Partner: { kind: 'text', values: ['United States', 'Germany', 'World', 'Brazil'] },
		'Trade Value 1000USD': { kind: 'number', values: AMOUNTS },
		Quantity: { kind: 'number', values: [...AMOUNTS, ''] },
		'Quantity Unit': { kind: 'code', values: ['Item', 'Kg', ''] }
	}
};

const TRADE_MAP_HEADER = [
	'Code',
	'Product label',
	"Brazil's exports to Germany in 2020",
	"Brazil's imports from Germany in 2020",
	''
].join('\t');

const tradeMap: FormatSample = {
	format: 'trade-map',
	reporter: null,
	files: [
		{
			name: 'Trade_Map_-_Bilateral_trade_between_Brazil_and_Germany.txt',
			text: lines(
				TRADE_MAP_HEADER,
				"'TOTAL\tAll products\t1000\t900\t",
				"'010121\tHorses; live, pure-bred breeding animals\t100\t60\t",
				"'854231\tElectronic integrated circuits\t30\t12\t"
			)
		}
	],
	columns: {
		Code: { kind: 'code', values: ["'010121", "'854231", "'TOTAL", '010121'] },
		"Brazil's exports to Germany in 2020": { kind: 'number', values: AMOUNTS },
		"Brazil's imports from Germany in 2020": { kind: 'number', values: AMOUNTS }
	}
};

const CUSTOM_HEADER = ['ano', 'pais', 'produto', 'fluxo', 'valor', 'quantidade', 'unidade'];

/** A hand-made `;` file with decimal commas, every row the chosen reporter's (reporter -1). */
const custom: FormatSample = {
	format: 'custom',
	reporter: 'BRA',
	mapping: {
		signature: headerSignature(CUSTOM_HEADER),
		year: 0,
		reporter: -1,
		partner: 1,
		product: 2,
		flow: 3,
		value: 4,
		exportValue: -1,
		importValue: -1,
		quantity: 5,
		exportQuantity: -1,
		importQuantity: -1,
		unit: 6,
		valueScale: 1,
		currency: 'USD',
		importValuation: 'CIF',
		decimalComma: true
	},
	files: [
		{
			name: 'comercio.csv',
			text: lines(
				CUSTOM_HEADER.join(';'),
				'2020;USA;010121;X;1.000,5;10;u',
				'2020;USA;010121;M;600;4;u',
				'2020;DEU;640399;Exportação;70,25;3;kg',
				'2020;DEU;640399;I;90;;',
				'2020;WLD;640399;X;500;1;u',
				'2021;FRA;847130;RX;5;1;u'
			)
		}
	],
	columns: {
		ano: { kind: 'year', values: YEARS },
		pais: { kind: 'code', values: ['USA', 'DEU', 'FRA', 'WLD', 'BRA', 'Germany', '276'] },
		produto: { kind: 'code', values: HS6 },
		fluxo: { kind: 'code', values: ['X', 'M', 'E', 'I', 'RX', 'exportação', '?'] },
		valor: { kind: 'number', values: ['1', '10', '1.000,5', '70,25', '600'] },
		quantidade: { kind: 'number', values: ['1', '3', '0,5', ''] },
		unidade: { kind: 'code', values: ['u', 'kg', ''] }
	}
};

const CUSTOM_SPLIT_HEADER = ['year', 'reporter', 'partner', 'hs6', 'exports', 'imports'];

/** A `,` file with separate export and import columns in thousand USD, several reporters. */
const customSplit: FormatSample = {
	format: 'custom',
	reporter: null,
	mapping: {
		signature: headerSignature(CUSTOM_SPLIT_HEADER),
		year: 0,
		reporter: 1,
		partner: 2,
		product: 3,
		flow: -1,
		value: -1,
		exportValue: 4,
		importValue: 5,
		quantity: -1,
		exportQuantity: -1,
		importQuantity: -1,
		unit: -1,
		valueScale: 1000,
		currency: 'USD',
		importValuation: 'FOB',
		decimalComma: false
	},
	files: [
		{
			name: 'pairs.csv',
			text: lines(
				CUSTOM_SPLIT_HEADER.join(','),
				'2020,BRA,USA,010121,100,60',
				'2020,BRA,DEU,640399,0,9',
				'2020,BRA,WLD,640399,500,400',
				'2021,BRA,ARG,847130,,'
			)
		}
	],
	columns: {
		year: { kind: 'year', values: YEARS },
		reporter: { kind: 'code', values: ['BRA', 'ARG', '76', 'Brazil'] },
		partner: { kind: 'code', values: ['USA', 'DEU', 'ARG', 'WLD', 'BRA', '0'] },
		hs6: { kind: 'code', values: HS6 },
		exports: { kind: 'number', values: [...AMOUNTS, '', '0'] },
		imports: { kind: 'number', values: [...AMOUNTS, '', '0'] }
	}
};

/** Every sample; the custom format has two (one flow column, and split value columns). */
export const FORMAT_SAMPLES: readonly FormatSample[] = [
	baci,
	comtradePlus,
	comtradeLegacy,
	comexStat,
	comext,
	wits,
	tradeMap,
	custom,
	customSplit
];

/** A sample's file as bytes: windows-1252 where it fits in a byte, UTF-8 for anything else. */
export function encodeSampleFile(file: SampleFile, text = file.text): Uint8Array {
	if (file.encoding !== 'windows-1252') return new TextEncoder().encode(text);
	const bytes: number[] = [];
	const utf8 = new TextEncoder();
	for (const char of text) {
		const code = char.codePointAt(0) as number;
		// Latin-1 coincides with windows-1252 outside 0x80–0x9F, which the samples never use.
		if (code < 0x100 && (code < 0x80 || code > 0x9f)) bytes.push(code);
		else bytes.push(...utf8.encode(char)); // a mutation's character: a mixed file, as in the wild
	}
	return new Uint8Array(bytes);
}

/**
 * A CSV line's fields as written (quotes kept), split on the delimiter outside quotes. The
 * samples have no line breaks inside quotes, so a line is a row.
 */
export function splitRawFields(line: string, delimiter: string): string[] {
	const fields: string[] = [];
	let start = 0;
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const c = line[i];
		if (c === '"') quoted = !quoted;
		else if (!quoted && c === delimiter) {
			fields.push(line.slice(start, i));
			start = i + 1;
		}
	}
	fields.push(line.slice(start));
	return fields;
}

/** The delimiter of a sample file, from its header line. */
export function sampleDelimiter(text: string): string {
	const header = text.slice(0, text.indexOf('\n'));
	if (header.includes('\t')) return '\t';
	if (header.includes(';')) return ';';
	return ',';
}

/** A column name as the specs key it: without surrounding quotes and spaces. */
export function bareName(field: string): string {
	return field.trim().replace(/^"|"$/g, '').trim();
}
