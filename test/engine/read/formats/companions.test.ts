import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../../src/lib/engine/read/analyze';
import { CountryDirectory } from '../../../../src/lib/engine/codes/directory';
import {
	createCompanionReader,
	detectCompanion
} from '../../../../src/lib/engine/read/formats/companions';
import { LedgerBuilder } from '../../../../src/lib/engine/read/ledger';
import {
	expectReconciled,
	fixture,
	keyOf,
	readOptions,
	rejection,
	textFile
} from '../read-helpers';

const BACI = 'baci/BACI_HS17_Y2020_V202201.csv';
const CODES_NEW = 'baci/country_codes_V202401.csv';
const CODES_OLD = 'baci/country_codes_V202001.csv';
const asBrazil = readOptions({ reporter: 'BRA' });

/** Splits a header line as the CSV reader would (no quoted commas in these headers). */
const split = (line: string, delimiter = ',') => line.split(delimiter);

describe('detectCompanion', () => {
	it('recognises both BACI country table headers', () => {
		expect(
			detectCompanion(split('country_code,country_name,country_iso2,country_iso3'), 'x.csv')
		).toBe('baci-country-codes');
		const old =
			'country_code,country_name_abbreviation,country_name_full,iso_2digit_alpha,iso_3digit_alpha';
		expect(detectCompanion(split(old), 'country_codes_V202001.csv')).toBe('baci-country-codes');
	});

	it('recognises PAIS.csv, quoted, and BACI product names', () => {
		const pais = '"CO_PAIS";"CO_PAIS_ISON3";"CO_PAIS_ISOA3";"NO_PAIS";"NO_PAIS_ING";"NO_PAIS_ESP"';
		expect(detectCompanion(split(pais, ';'), 'PAIS.csv')).toBe('comex-countries');
		expect(detectCompanion(['code', 'description'], 'product_codes_HS17_V202401.csv')).toBe(
			'baci-product-codes'
		);
	});

	it('does not take trade tables for companions', () => {
		const exp =
			'CO_ANO;CO_MES;CO_NCM;CO_UNID;CO_PAIS;SG_UF_NCM;CO_VIA;CO_URF;QT_ESTAT;KG_LIQUIDO;VL_FOB';
		expect(detectCompanion(split(exp, ';'), 'EXP_2022.csv')).toBeNull();
		expect(detectCompanion(split('t,i,j,k,v,q'), 'BACI.csv')).toBeNull();
		expect(detectCompanion(split('country_code,country_name,year,value'), 'x.csv')).toBeNull();
		expect(detectCompanion(split('code,description,value'), 'x.csv')).toBeNull();
	});
});

describe('Comex Stat PAIS.csv', () => {
	it('maps CO_PAIS without leading zeros to ISO3; ZZZ and blank are aggregates', async () => {
		const directory = new CountryDirectory();
		const ledger = new LedgerBuilder();
		const header = split(
			'CO_PAIS;CO_PAIS_ISON3;CO_PAIS_ISOA3;NO_PAIS;NO_PAIS_ING;NO_PAIS_ESP',
			';'
		);
		const read = createCompanionReader('comex-countries', header, directory, 'PAIS.csv', ledger);
		read(['000', '898', 'ZZZ', 'Não Definido', 'Not defined', 'No definido'], 2);
		read(['023', '276', 'deu', 'Alemanha', 'Germany', 'Alemania'], 3);
		read(['151', '724', 'ESP', 'Canárias, Ilhas', 'Canary Islands', 'Canarias, Islas'], 4);
		read(['245', '724', 'ESP', 'Espanha', 'Spain', 'España'], 5);
		read(['998', '', '', 'Países não declarados', '', ''], 6);
		read(['360', '', 'XKX', 'Kosovo', 'Kosovo', 'Kosovo'], 7);
		read(['990', '', 'XXX', 'Zona', 'Zone', 'Zona'], 8);
		expect(directory.comex('0')).toEqual({ kind: 'aggregate' });
		expect(directory.comex('23')).toEqual({ kind: 'country', id: 'DEU' });
		expect(directory.comex('151')).toEqual({ kind: 'country', id: 'ESP' });
		expect(directory.comex('245')).toEqual({ kind: 'country', id: 'ESP' });
		expect(directory.comex('998')).toEqual({ kind: 'aggregate' });
		expect(directory.comex('360')).toEqual({ kind: 'country', id: 'XKX' });
		expect(directory.comex('990')).toEqual({ kind: 'aggregate' });
		expect(directory.comex('023')).toBeUndefined(); // looked up without zeros, as the reader does
	});

	it('sums two CO_PAIS of one ISO3 into one partner', async () => {
		const result = await readTradeFiles(
			[fixture('comex-stat/PAIS.csv'), fixture('comex-stat/EXP_2022.csv')],
			readOptions({ quantityBasis: 'auto' })
		);
		// EXP lines 6 (245 Espanha, 4 000 USD, 10 kg) and 7 (151 Canárias, 2 500 USD, 6 kg).
		expect(keyOf(result.keys, 'ESP', 847130)).toMatchObject({ x: 6500, qx: 16 });
	});

	it('needs CO_PAIS_ISOA3', async () => {
		const pais = textFile('PAIS.csv', '"CO_PAIS";"NO_PAIS"\n"249";"Estados Unidos"\n');
		const exp = fixture('comex-stat/EXP_2022.csv');
		const error = await rejection(readTradeFiles([exp, pais], readOptions()));
		expect(error.code).toBe('missing-column');
		expect(error.file).toBe('PAIS.csv');
		expect(error.column).toBe('CO_PAIS_ISOA3');
	});
});

describe('BACI country table', () => {
	it('renames codes as the dropped table says, whatever the drop order', async () => {
		// Without the table, 76→999 (line 10) is partner '999'; the table maps 999 to XKX (made up
		// for the test). 490 has the pseudo code S19: kept as '490', as the built-in table does.
		for (const files of [
			[fixture(BACI), fixture(CODES_NEW)],
			[fixture(CODES_NEW), fixture(BACI)]
		]) {
			const result = await readTradeFiles(files, asBrazil);
			expect(keyOf(result.keys, 'XKX', 854231)).toMatchObject({ x: 1000, qx: 1 });
			expect(result.info.partners).toEqual(['490', 'CHE', 'FRA', 'IND', 'NOR', 'USA', 'XKX']);
			expect(result.ledger.files[0]).toMatchObject({
				name: 'country_codes_V202401.csv',
				format: 'baci-country-codes',
				rows: 10
			});
			expectReconciled(result);
		}
	});

	it('reads the older windows-1252 header the same way', async () => {
		const result = await readTradeFiles([fixture(BACI), fixture(CODES_OLD)], asBrazil);
		expect(result.info.partners).toEqual(['490', 'CHE', 'FRA', 'IND', 'NOR', 'USA', 'XKX']);
		expect(result.ledger.files[0]).toMatchObject({ format: 'baci-country-codes', rows: 10 });
		expectReconciled(result);
	});

	it('keeps codes without an ISO3 as text ids', () => {
		const directory = new CountryDirectory();
		const header = split('country_code,country_name,country_iso2,country_iso3');
		const read = createCompanionReader(
			'baci-country-codes',
			header,
			directory,
			CODES_NEW,
			new LedgerBuilder()
		);
		read(['490', 'Other Asia, nes', '', 'S19'], 2);
		read(['842', 'USA', 'US', 'usa'], 3);
		read(['999', 'Kosovo', 'XK', 'XKX'], 4);
		read(['1000', 'Newer place', '', ''], 5);
		read(['', '', '', ''], 6); // a blank line teaches nothing
		expect(directory.numericId(490)).toBe('490');
		expect(directory.numericId(842)).toBe('USA');
		expect(directory.numericId(999)).toBe('XKX');
		expect(directory.numericId(1000)).toBe('1000');
		expect(directory.numericId(4)).toBe('AFG'); // not in the dropped table: the built-in one
	});

	it('needs an ISO3 column', async () => {
		const codes = textFile('country_codes.csv', 'country_code,country_name\n76,Brazil\n');
		const error = await rejection(readTradeFiles([fixture(BACI), codes], asBrazil));
		expect(error.code).toBe('missing-column');
		expect(error.column).toBe('country_iso3');
	});

	it('sets BACI product names aside', async () => {
		const products = textFile(
			'product_codes_HS17_V202401.csv',
			'code,description\n010121,Horses\n'
		);
		const result = await readTradeFiles([products, fixture(BACI)], asBrazil);
		expect(result.ledger.skipped).toEqual([
			{ name: 'product_codes_HS17_V202401.csv', reason: 'product-names' }
		]);
		expect(result.ledger.files.map((f) => f.format)).toEqual(['baci']);
	});
});
