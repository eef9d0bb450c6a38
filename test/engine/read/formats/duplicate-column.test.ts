/**
 * A header that names a column a reader needs twice (`t,i,j,k,v,v,q`) is refused with
 * 'duplicate-column' (line 1, that column), by the one column lookup every reader uses
 * (fields.ts ColumnIndex, reader.ts requireColumn / optionalColumn). Columns a reader does not
 * use may repeat.
 */
import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../../src/lib/engine/read/analyze';
import { columnIndex, columnIndexBy } from '../../../../src/lib/engine/read/formats/fields';
import { optionalColumn, requireColumn } from '../../../../src/lib/engine/read/formats/reader';
import { compactColumnName } from '../../../../src/lib/engine/read/formats/comtrade-legacy';
import { fixtureText, keyOf, readOptions, rejection, textFile } from '../read-helpers';

const bra = readOptions({ reporter: 'BRA' });

describe('a required column named twice', () => {
	it('refuses BACI t,i,j,k,v,v,q on the fast and the general path, naming line 1 and v', async () => {
		const file = textFile(
			'BACI_HS92_Y2020_V202401.csv',
			't,i,j,k,v,v,q\n2020,76,32,10121,1.5,9,2\n'
		);
		for (const fast of [true, false]) {
			const error = await rejection(readTradeFiles([file], bra, { fast }));
			expect(error.code).toBe('duplicate-column');
			expect(error.details).toEqual({ column: 'v', columns: '5, 6' });
			expect(error.toLine()).toBe(
				'BACI_HS92_Y2020_V202401.csv, line 1, column v: The header names the column "v" twice (columns 5, 6): it is not clear which one holds the data. Rename or delete one of them and drop the file again.'
			);
		}
	});

	it('compares names as normalized (spaces, quotes, case)', async () => {
		const file = textFile('x.csv', 't,i,j,k," V ",v,q\n2020,76,32,10121,1.5,9,2\n');
		const error = await rejection(readTradeFiles([file], bra));
		expect(error.code).toBe('duplicate-column');
		expect(error.column).toBe('V');
	});

	it('refuses a Comex Stat file with CO_PAIS twice, and a Comtrade+ file with primaryValue twice', async () => {
		const exp = fixtureText('comex-stat/EXP_2022.csv').replace(
			'"CO_PAIS";',
			'"CO_PAIS";"CO_PAIS";'
		);
		const comex = await rejection(readTradeFiles([textFile('EXP_2022.csv', exp)], readOptions()));
		expect(comex.code).toBe('duplicate-column');
		expect([comex.file, comex.line, comex.column]).toEqual(['EXP_2022.csv', 1, 'CO_PAIS']);

		const plus = fixtureText('comtrade-plus/TradeData_BRA_2022_annual.csv').replace(
			'typeCode,',
			'primaryValue,'
		);
		const error = await rejection(readTradeFiles([textFile('TradeData.csv', plus)], bra));
		expect(error.code).toBe('duplicate-column');
		expect([error.file, error.column]).toEqual(['TradeData.csv', 'primaryValue']);
	});

	it('reads a file whose repeated columns are ones the reader does not use', async () => {
		// Comext with PRODUCT_SITC twice (not read): FR → US, 010121, FLOW 2 (exports) 100000 + 20000
		// EUR, FLOW 1 (imports) 60000 EUR, as in the fixture.
		const comext = fixtureText('comext/DS-045409_2022_annual.csv')
			.trimEnd()
			.split(/\r?\n/)
			.map((line) => {
				const fields = line.split(',');
				fields.splice(4, 0, fields[4]);
				return fields.join(',');
			})
			.join('\n');
		const result = await readTradeFiles([textFile('comext.csv', comext)], readOptions());
		expect(keyOf(result.keys, 'USA', 10121)).toMatchObject({ x: 120000, m: 60000 });
		// A Comex Stat file with SG_UF_NCM twice (the state is not read).
		const exp = fixtureText('comex-stat/EXP_2022.csv').replace(
			'"SG_UF_NCM";',
			'"SG_UF_NCM";"SG_UF_NCM";'
		);
		const rows = exp
			.split(/\r?\n/)
			.map((line, i) => (i === 0 ? line : line.replace(';"SP";', ';"SP";"SP";')));
		const comex = await readTradeFiles([textFile('EXP_2022.csv', rows.join('\n'))], readOptions());
		expect(comex.ledger.rowsRead).toBe(13);
	});
});

describe('the column lookup', () => {
	it('keeps the first column for has and iteration, refuses get of a repeated name', () => {
		const columns = columnIndex(['t', 'v', 'V', 'q'], 'f.csv');
		expect(columns.has('v')).toBe(true);
		expect([...columns.keys()]).toEqual(['t', 'v', 'q']);
		expect(columns.get('q')).toBe(3);
		expect(() => columns.get('v')).toThrow(/"v" twice \(columns 2, 3\)/);
		expect(requireColumn(columns, ['q'], 'f.csv')).toBe(3);
		expect(optionalColumn(columns, 'missing')).toBe(-1);
	});

	it('names the file in requireColumn even when the index does not know it', () => {
		const columns = columnIndex(['t', 'v', 'v']);
		try {
			requireColumn(columns, ['v'], 'named.csv');
			expect.unreachable();
		} catch (error) {
			expect((error as Error & { file: string }).file).toBe('named.csv');
		}
	});

	it('checks compact names too (Comtrade legacy, WITS): Trade Value (US$) and TradeValueUS', () => {
		const columns = columnIndexBy(['Year', 'Trade Value (US$)', 'TradeValueUS'], compactColumnName);
		expect(columns.get('year')).toBe(0);
		expect(() => columns.get('tradevalueus')).toThrow(
			/"TradeValueUS"|"Trade Value \(US\$\)" twice/
		);
	});
});
