/**
 * Code tables as they are really published: BACI's V202301 country table (quoted, UTF-8, LF) and a
 * user's CRLF re-save of it (excerpts in test/fixtures/baci/real, see its README), dropped with a
 * BACI file of that release (Italy is 380); and Comex Stat's PAIS.csv in Latin-1 with line ends
 * that mix CRLF and LF, as files edited by hand come.
 */
import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../../src/lib/engine/read/analyze';
import {
	dropSummary,
	expectReconciled,
	fixture,
	keyOf,
	readOptions,
	textFile
} from '../read-helpers';

const asBrazil = readOptions({ reporter: 'BRA' });

/**
 * A BACI file of release V202301 or later (v in thousand USD):
 *  line 2  76→380 010121 v 10   export ITA 10 000     line 3  380→76 010121 v 4   import ITA 4 000
 *  line 4  76→490 010121 v 2    export '490' 2 000    line 5  76→516 010121 v 1   export NAM 1 000
 *  line 6  76→697 010121 v 3    aggregate-partner 3 000 (Europe EFTA nes)
 * Used 4 rows, 17 000 USD; dropped 1 row, 3 000.
 */
const BACI_2022 = () =>
	textFile(
		'BACI_HS17_Y2022_V202301.csv',
		't,i,j,k,v,q\n2022,76,380,10121,10,1\n2022,380,76,10121,4,2\n2022,76,490,10121,2,1\n',
		'2022,76,516,10121,1,1\n2022,76,697,10121,3,1\n'
	);

describe("BACI's real V202301 country table, as published and as re-saved", () => {
	const tables = [
		['baci/real/country_codes_V202301.csv', 'quoted, UTF-8, LF'],
		['baci/real/country_codes_V202301-crlf-variant.csv', 'unquoted, CRLF']
	];
	it.each(tables)('%s (%s): Italy 380, 490 and 697 without ISO3, Namibia', async (table) => {
		const result = await readTradeFiles([BACI_2022(), fixture(table)], asBrazil);
		expect(keyOf(result.keys, 'ITA', 10121)).toMatchObject({ x: 10_000, m: 4000 });
		expect(keyOf(result.keys, '490', 10121)).toMatchObject({ x: 2000 });
		expect(keyOf(result.keys, 'NAM', 10121)).toMatchObject({ x: 1000 });
		expect(result.info.partners).toEqual(['490', 'ITA', 'NAM']);
		expect(dropSummary(result)).toEqual({ 'aggregate-partner': [1, 3000, [6]] });
		expect(result.ledger.valueUsed).toBe(17_000);
		// Its 8 data rows are read as codes (the CRLF copy's embedded commas stay in their field).
		expect(result.ledger.files[0]).toMatchObject({ format: 'baci-country-codes', rows: 8 });
		expect(result.ledger.unknownCountries).toEqual([]);
		expect(result.info.missingCompanions).toEqual([]);
		expectReconciled(result);
	});

	it('gives the same without the table: the built-in one knows 380 too', async () => {
		const result = await readTradeFiles([BACI_2022()], asBrazil);
		expect(result.info.partners).toEqual(['490', 'ITA', 'NAM']);
		expect(keyOf(result.keys, 'ITA', 10121)).toMatchObject({ x: 10_000, m: 4000 });
		expect(result.ledger.unknownCountries).toEqual([]);
	});

	it('reads a V202201 file, where Italy is 381, to the same ITA', async () => {
		const old = textFile('BACI_HS17_Y2020_V202201.csv', 't,i,j,k,v,q\n2020,76,381,10121,10,1\n');
		const result = await readTradeFiles([old], asBrazil);
		expect(keyOf(result.keys, 'ITA', 10121)).toMatchObject({ x: 10_000 });
		// Italy as the reporter finds both codes.
		const both = textFile('b.csv', 't,i,j,k,v,q\n2020,381,76,10121,1,1\n2022,380,76,10121,2,1\n');
		const italy = await readTradeFiles([both], readOptions({ reporter: 'ITA' }));
		expect(italy.ledger.rowsUsed).toBe(2);
		expect(keyOf(italy.keys, 'BRA', 10121, 2022)).toMatchObject({ x: 2000 });
	});
});

/**
 * A PAIS.csv saved by hand (Latin-1, CRLF, two lines ended by a lone LF) and an EXP/IMP pair.
 * Line ends: 1 CRLF, 2 CRLF, 3 LF, 4 CRLF, 5 LF, 6 CRLF, 7–8 one row whose quoted English name
 * holds a CRLF (as in the real PAIS.csv, code 343), 9 CRLF. 777 → XKX is in no built-in list
 * (made up for the test, as the country tables of other fixtures map 999 to XKX): only a right
 * reading of line 6 can map it.
 */
const PAIS_MIXED =
	'"CO_PAIS";"CO_PAIS_ISON3";"CO_PAIS_ISOA3";"NO_PAIS";"NO_PAIS_ING";"NO_PAIS_ESP"\r\n' +
	'"000";"898";"ZZZ";"Não Definido";"Not defined";"No definido"\r\n' +
	'"023";"276";"DEU";"Alemanha";"Germany";"Alemania"\n' +
	'"105";"076";"BRA";"Brasil";"Brazil";"Brasil"\r\n' +
	'"275";"250";"FRA";"França";"France";"Francia"\n' +
	'"777";"";"XKX";"Kosovo";"Kosovo";"Kosovo"\r\n' +
	'"343";"334";"HMD";"Heard e ilhas mcdonald, Ilha";"\r\nHeard Island and McDonald Islands";"Islas Heard y McDonald"\r\n' +
	'"249";"840";"USA";"Estados Unidos";"United States";"Estados Unidos"\r\n';

const HEADER =
	'"CO_ANO";"CO_MES";"CO_NCM";"CO_UNID";"CO_PAIS";"SG_UF_NCM";"CO_VIA";"CO_URF";"QT_ESTAT";"KG_LIQUIDO";"VL_FOB"';
const row = (month: string, pais: string, kg: number, fob: number) =>
	`"2023";"${month}";"84713012";"11";"${pais}";"SP";"04";"0817600";1;${kg};${fob}`;

/**
 * EXP_2023.csv: line 2 105 Brazil itself → self-trade 1 000; 3 777 → XKX X 2 000 (5 kg);
 * 4 023 → DEU X 3 000 (7 kg); 5 275 → FRA X 500 (1 kg); 6 000 → aggregate-partner 80.
 * IMP_2023.csv: line 2 777 → XKX M 4 000 (9 kg); 3 249 → USA M 1 500 (2 kg).
 * Used 5 rows, 11 000 USD; dropped 2, 1 080.
 */
const EXP = () =>
	textFile(
		'EXP_2023.csv',
		[HEADER, row('01', '105', 2, 1000), row('01', '777', 5, 2000), row('02', '023', 7, 3000)]
			.concat([row('03', '275', 1, 500), row('03', '000', 1, 80)])
			.join('\r\n') + '\r\n'
	);
const IMP = () =>
	textFile(
		'IMP_2023.csv',
		[`${HEADER};"VL_FRETE";"VL_SEGURO"`, `${row('02', '777', 9, 4000)};0;0`]
			.concat(`${row('04', '249', 2, 1500)};0;0`)
			.join('\r\n') + '\r\n'
	);

describe('PAIS.csv with mixed line ends, in Latin-1', () => {
	it('reads one country per line: Brazil stays Brazil, 777 is XKX', async () => {
		const pais = textFile('PAIS.csv', Buffer.from(PAIS_MIXED, 'latin1'));
		const result = await readTradeFiles(
			[EXP(), IMP(), pais],
			readOptions({ quantityBasis: 'auto' })
		);
		expect(result.ledger.files[0]).toMatchObject({
			name: 'PAIS.csv',
			format: 'comex-countries',
			encoding: 'windows-1252', // "Não", "França" in Latin-1
			rows: 7
		});
		expect(keyOf(result.keys, 'XKX', 847130)).toMatchObject({ x: 2000, m: 4000, qx: 5, qm: 9 });
		expect(keyOf(result.keys, 'DEU', 847130)).toMatchObject({ x: 3000, qx: 7 });
		expect(keyOf(result.keys, 'FRA', 847130)).toMatchObject({ x: 500, qx: 1 });
		expect(keyOf(result.keys, 'USA', 847130)).toMatchObject({ m: 1500, qm: 2 });
		expect(result.info.partners).toEqual(['DEU', 'FRA', 'USA', 'XKX']);
		expect(dropSummary(result)).toEqual({
			'self-trade': [1, 1000, [2]],
			'aggregate-partner': [1, 80, [6]]
		});
		expect(result.ledger.valueUsed).toBe(11_000);
		expect(result.ledger.unknownCountries).toEqual([]);
		expect(result.info.missingCompanions).toEqual([]);
		expectReconciled(result);
	});

	it('reads the same PAIS.csv with every line ended by CRLF', async () => {
		const crlf = PAIS_MIXED.replace(/\r?\n/g, '\r\n');
		const pais = textFile('PAIS.csv', Buffer.from(crlf, 'latin1'));
		const result = await readTradeFiles(
			[pais, EXP(), IMP()],
			readOptions({ quantityBasis: 'auto' })
		);
		expect(result.ledger.files[0].rows).toBe(7);
		expect(keyOf(result.keys, 'XKX', 847130)).toMatchObject({ x: 2000, m: 4000 });
	});

	it('without PAIS.csv, names 777 in the ledger and asks for PAIS.csv', async () => {
		const result = await readTradeFiles([EXP(), IMP()], readOptions({ quantityBasis: 'auto' }));
		// EXP line 3 (2 000) and IMP line 2 (4 000): 2 rows, 6 000 USD under BR777.
		expect(result.ledger.unknownCountries).toEqual([
			{ code: '777', id: 'BR777', rows: 2, value: 6000 }
		]);
		expect(result.info.missingCompanions).toEqual(['comex-countries']);
		expect(result.info.partners).toEqual(['BR777', 'DEU', 'FRA', 'USA']);
	});
});
