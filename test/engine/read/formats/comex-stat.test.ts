import { describe, expect, it } from 'vitest';
import { readTradeFiles, type ReadResult } from '../../../../src/lib/engine/read/analyze';
import { detectFormat } from '../../../../src/lib/engine/read/formats/detect';
import type { TradeKeys } from '../../../../src/lib/engine/model/types';
import {
	dropSummary,
	expectReconciled,
	fixture,
	keyOf,
	readOptions,
	rejection,
	textFile
} from '../read-helpers';

const EXP = 'comex-stat/EXP_2022.csv';
const IMP = 'comex-stat/IMP_2022.csv';
const PAIS = 'comex-stat/PAIS.csv';
const byWeight = readOptions({ quantityBasis: 'auto' });

/** Every key as a sorted list of readable tuples, to compare reads. */
function keyList(keys: TradeKeys): string[] {
	const list: string[] = [];
	for (let k = 0; k < keys.count; k++) {
		const country = (i: number) => keys.countries[i];
		list.push(
			[
				keys.year[k],
				country(keys.reporter[k]),
				country(keys.partner[k]),
				keys.product[k],
				keys.exports[k],
				keys.imports[k],
				keys.exportQty[k],
				keys.importQty[k]
			].join(' ')
		);
	}
	return list.sort();
}

/**
 * The fixtures by hand, with PAIS.csv (249 USA, 245 and 151 ESP, 160 CHN, 023 DEU, 063 ARG,
 * 399 JPN, 105 BRA; 000 and 995 ZZZ, 998 blank ISO3 → aggregates). Values VL_FOB USD, kg KG_LIQUIDO.
 * EXP_2022.csv (exports), line: NCM pais → key, FOB, kg
 *  2  02013000 249 → USA 020130  5 000, 1 000      3  02013000 249 → USA 020130  9 000, 2 000
 *  4  84713012 249 → USA 847130 20 000,    50      5  84713019 249 → USA 847130 12 000,    30
 *  6  84713012 245 → ESP 847130  4 000,    10      7  84713012 151 → ESP 847130  2 500,     6
 *  8  995 aggregate-partner 700                    9  998 aggregate-partner 300
 * 10  160 FOB 0 → zero-value                      11  12019000 160 → CHN 120190 15 000, 3 000
 * 12  12019000 160 → CHN 120190 7 500, 1 500      13  105 (Brazil itself) → self-trade 100
 * 14  84713012 023 → DEU 847130 8 000, 20
 * IMP_2022.csv (imports):
 *  2  84713012 249 → USA 847130 30 000, 40         3  84713019 249 → USA 847130  6 000, 10
 *  4  02013000 063 → ARG 020130 16 000, 4 000      5  02013000 063 → ARG 020130  4 100, 1 000
 *  6  84713012 245 → ESP 847130  5 000, 12         7  12019000 160 → CHN 120190  2 600, 500
 *  8  000 aggregate-partner 900                    9  84713012 399 → JPN 847130  1 200, 0 kg
 * 10  02013000 249 → USA 020130    600, 50        11  FOB 0 → zero-value
 * Keys: USA 020130 X 14 000 (3 000 kg) M 600 (50); USA 847130 X 32 000 (80) M 36 000 (50);
 * ESP 847130 X 6 500 (16) M 5 000 (12); CHN 120190 X 22 500 (4 500) M 2 600 (500);
 * DEU 847130 X 8 000 (20); ARG 020130 M 20 100 (5 000); JPN 847130 M 1 200 (0 kg → missing).
 * Used 17 rows: 83 000 exports + 65 500 imports = 148 500. Dropped 6: 1 900 + 0 + 100.
 */
function expectWithPais(result: ReadResult): void {
	const { keys, ledger } = result;
	expect(keys.count).toBe(7);
	expect(ledger.rowsRead).toBe(23);
	expect(ledger.rowsUsed).toBe(17);
	expect(ledger.valueUsed).toBe(148_500);
	expect(ledger.valueRead).toBe(150_500);
	const kg = { ux: 'kg', um: 'kg' };
	expect(keyOf(keys, 'USA', 20130, 2022)).toEqual({ x: 14_000, m: 600, qx: 3000, qm: 50, ...kg });
	expect(keyOf(keys, 'USA', 847130)).toEqual({ x: 32_000, m: 36_000, qx: 80, qm: 50, ...kg });
	expect(keyOf(keys, 'ESP', 847130)).toEqual({ x: 6500, m: 5000, qx: 16, qm: 12, ...kg });
	expect(keyOf(keys, 'CHN', 120190)).toEqual({ x: 22_500, m: 2600, qx: 4500, qm: 500, ...kg });
	expect(keyOf(keys, 'DEU', 847130)).toMatchObject({ x: 8000, m: 0, qx: 20, ux: 'kg' });
	expect(keyOf(keys, 'ARG', 20130)).toMatchObject({ x: 0, m: 20_100, qm: 5000, um: 'kg' });
	// A row with value and 0 kg leaves the key's import quantity missing (METHODS 1).
	expect(keyOf(keys, 'JPN', 847130)).toMatchObject({ x: 0, m: 1200, qm: NaN });
	expect(result.info).toMatchObject({
		format: 'comex-stat',
		currency: 'USD',
		importValuation: 'FOB',
		valueUnitInFile: 'USD',
		quantityBasis: 'net-weight',
		quantityUnit: 'kg',
		reporters: ['BRA'],
		partners: ['ARG', 'CHN', 'DEU', 'ESP', 'JPN', 'USA'],
		years: [2022],
		missingCompanions: []
	});
	expect(result.ledger.unknownCountries).toEqual([]);
	expectReconciled(result);
}

describe('Comex Stat reader', () => {
	it('reads EXP, IMP and PAIS.csv: monthly rows summed, NCM8 cut to HS6, FOB both ways', async () => {
		const result = await readTradeFiles([fixture(EXP), fixture(IMP), fixture(PAIS)], byWeight);
		expectWithPais(result);
		expect(dropSummary(result)).toEqual({
			'aggregate-partner': [3, 1900, [8, 9, 8]],
			'zero-value': [2, 0, [10, 11]],
			'self-trade': [1, 100, [13]]
		});
		// PAIS.csv is read first whatever the order; its 12 rows are not trade rows.
		expect(result.ledger.files).toMatchObject([
			{ name: 'PAIS.csv', format: 'comex-countries', rows: 12 },
			{ name: 'EXP_2022.csv', format: 'comex-stat', role: 'exports', rows: 13 },
			{ name: 'IMP_2022.csv', format: 'comex-stat', role: 'imports', rows: 10 }
		]);
	});

	it('gives the same keys whatever the order the three files are dropped in', async () => {
		const orders = [
			[IMP, PAIS, EXP],
			[PAIS, EXP, IMP],
			[EXP, IMP, PAIS]
		];
		const lists = [];
		for (const order of orders) {
			const result = await readTradeFiles(order.map(fixture), byWeight);
			expectWithPais(result);
			lists.push(keyList(result.keys));
		}
		expect(lists[1]).toEqual(lists[0]);
		expect(lists[2]).toEqual(lists[0]);
	});

	it('reads net weight for net-weight too, and QT_ESTAT in CO_UNID units when asked', async () => {
		const files = () => [fixture(EXP), fixture(IMP), fixture(PAIS)];
		const weight = await readTradeFiles(files(), readOptions({ quantityBasis: 'net-weight' }));
		expect(keyList(weight.keys)).toEqual(keyList((await readTradeFiles(files(), byWeight)).keys));

		// QT_ESTAT: 84713012 is in CO_UNID 11, 84713019 in CO_UNID 10 (made up to mix units).
		const result = await readTradeFiles(files(), readOptions({ quantityBasis: 'reported' }));
		const { keys } = result;
		const unit10 = { ux: 'CO_UNID 10', um: 'CO_UNID 10' };
		// USA 020130: X lines 2+3 = 1 000 + 2 000; M line 10 = 50, all CO_UNID 10.
		expect(keyOf(keys, 'USA', 20130)).toEqual({ x: 14_000, m: 600, qx: 3000, qm: 50, ...unit10 });
		// USA 847130 mixes CO_UNID 11 (lines 4, IMP 2) and 10 (lines 5, IMP 3): unusable.
		expect(keyOf(keys, 'USA', 847130)).toMatchObject({ qx: NaN, qm: NaN });
		// ESP 847130: X 2 + 1 (lines 6, 7), M 3 (IMP 6), CO_UNID 11.
		expect(keyOf(keys, 'ESP', 847130)).toMatchObject({ qx: 3, qm: 3, ux: 'CO_UNID 11' });
		// JPN: QT_ESTAT 1 where KG_LIQUIDO was 0.
		expect(keyOf(keys, 'JPN', 847130)).toMatchObject({ qm: 1, um: 'CO_UNID 11' });
		expect(result.info).toMatchObject({ quantityBasis: 'reported', quantityUnit: 'reported unit' });
		expectReconciled(result);
	});

	it('reads the same without PAIS.csv: CO_PAIS codes through the built-in list', async () => {
		// Every code of the fixtures is in the built-in list (made from the real PAIS.csv) with the
		// same meaning as in the fixture's PAIS.csv (998 is ZZZ there, blank here: no country
		// either way), so the keys, drops and facts are those above, and nothing is asked for.
		const result = await readTradeFiles([fixture(EXP), fixture(IMP)], byWeight);
		expectWithPais(result);
		expect(dropSummary(result)).toEqual({
			'aggregate-partner': [3, 1900, [8, 9, 8]],
			'zero-value': [2, 0, [10, 11]],
			'self-trade': [1, 100, [13]]
		});
		expect(result.ledger.files.map((file) => file.name)).toEqual(['EXP_2022.csv', 'IMP_2022.csv']);
	});

	it('keeps a CO_PAIS no list knows as a partner of its own, named in the ledger', async () => {
		// 777 is in neither PAIS.csv nor the built-in list. Lines 2 and 3: 777, 1 000 + 2 500 USD;
		// line 4: 249 USA 4 000 USD. So '777' has 2 rows and 3 500 USD, under the id BR777.
		const rows = [
			'"2023";"01";"84713012";"11";"777";"SP";"04";"0817600";2;10;1000',
			'"2023";"02";"84713012";"11";"777";"SP";"04";"0817600";1;5;2500',
			'"2023";"01";"84713012";"11";"249";"SP";"04";"0817600";4;20;4000'
		];
		const exp = () => textFile('EXP_2023.csv', [HEADER, ...rows].join('\r\n') + '\r\n');
		const result = await readTradeFiles([exp()], byWeight);
		expect(keyOf(result.keys, 'BR777', 847130)).toMatchObject({ x: 3500, qx: 15 });
		expect(result.ledger.unknownCountries).toEqual([
			{ code: '777', id: 'BR777', rows: 2, value: 3500 }
		]);
		expect(result.info.countryNames.BR777).toBe('CO_PAIS 777');
		// PAIS.csv could name it (a newer release), so it is asked for.
		expect(result.info.missingCompanions).toEqual(['comex-countries']);
		expectReconciled(result);
		// With PAIS.csv dropped (it lacks 777 too) the code is still named, and nothing more is asked.
		const withPais = await readTradeFiles([fixture(PAIS), exp()], byWeight);
		expect(withPais.ledger.unknownCountries).toEqual(result.ledger.unknownCountries);
		expect(withPais.info.missingCompanions).toEqual([]);
	});

	it('recognises the header, with or without quotes', () => {
		const header =
			'CO_ANO;CO_MES;CO_NCM;CO_UNID;CO_PAIS;SG_UF_NCM;CO_VIA;CO_URF;QT_ESTAT;KG_LIQUIDO;VL_FOB';
		expect(detectFormat(header.split(';'))).toBe('comex-stat');
		expect(detectFormat(header.split(';').map((name) => `"${name}"`))).toBe('comex-stat');
	});
});

const HEADER =
	'"CO_ANO";"CO_MES";"CO_NCM";"CO_UNID";"CO_PAIS";"SG_UF_NCM";"CO_VIA";"CO_URF";"QT_ESTAT";"KG_LIQUIDO";"VL_FOB"';
const IMP_HEADER = `${HEADER};"VL_FRETE";"VL_SEGURO"`;
const ROW = '"2023";"01";"84713012";"11";"249";"SP";"04";"0817600";2;10;1000';

describe('Comex Stat file direction', () => {
	const roleOf = async (name: string, header = HEADER, row = ROW) => {
		const result = await readTradeFiles([textFile(name, `${header}\r\n${row}\r\n`)], byWeight);
		return { role: result.ledger.files[0].role, key: keyOf(result.keys, 'USA', 847130) };
	};

	it('takes the flow from the file name, in any case, inside an archive path too', async () => {
		expect(await roleOf('EXP_2023.csv')).toMatchObject({ role: 'exports', key: { x: 1000 } });
		expect(await roleOf('exp_2023.csv')).toMatchObject({ role: 'exports', key: { x: 1000 } });
		expect(await roleOf('EXP_COMPLETA.csv')).toMatchObject({ role: 'exports' });
		expect(await roleOf('comex.zip › EXP_2023.csv')).toMatchObject({ role: 'exports' });
		expect(await roleOf('downloads/IMP_2023.csv')).toMatchObject({ role: 'imports' });
		const imp = await roleOf('IMP_2023.csv', IMP_HEADER, `${ROW};30;5`);
		expect(imp).toMatchObject({ role: 'imports', key: { x: 0, m: 1000, qm: 10 } });
	});

	it('takes freight and insurance columns for imports when the name says nothing', async () => {
		const imp = await roleOf('brasil.csv', IMP_HEADER, `${ROW};30;5`);
		expect(imp).toMatchObject({ role: 'imports', key: { m: 1000 } });
	});

	it('refuses a file whose direction is unknown or contradicted', async () => {
		const unknown = await rejection(
			readTradeFiles([textFile('brasil.csv', `${HEADER}\n${ROW}\n`)], byWeight)
		);
		expect(unknown.code).toBe('unknown-flow-file');
		expect(unknown.file).toBe('brasil.csv');
		const renamed = await rejection(
			readTradeFiles([textFile('EXP_2023.csv', `${IMP_HEADER}\n${ROW};30;5\n`)], byWeight)
		);
		expect(renamed.code).toBe('unknown-flow-file');
	});

	it('reads decimal commas of hand-made files', async () => {
		// 1.234,5 is 1234.5 USD; 2,5 kg.
		const row = '"2023";"01";"84713012";"11";"249";"SP";"04";"0817600";1;2,5;1.234,5';
		const { key } = await roleOf('EXP_2023.csv', HEADER, row);
		expect(key).toMatchObject({ x: 1234.5, qx: 2.5 });
	});

	it('keeps Brazil as the reporter: another reporter finds nothing', async () => {
		const file = textFile('EXP_2023.csv', `${HEADER}\n${ROW}\n`);
		const error = await rejection(readTradeFiles([file], readOptions({ reporter: 'ARG' })));
		expect(error.code).toBe('reporter-not-in-file');
		expect(error.details.reporters).toBe('BRA');
	});

	it('refuses the municipality files (HS4 only) and names the NCM files', async () => {
		const header = '"CO_ANO";"CO_MES";"SH4";"CO_PAIS";"SG_UF_MUN";"CO_MUN";"KG_LIQUIDO";"VL_FOB"';
		const row = '"2023";"01";"0201";"249";"SP";"3550308";100;1000';
		expect(detectFormat(header.split(';'))).toBe('comex-stat');
		const error = await rejection(
			readTradeFiles([textFile('EXP_2023_MUN.csv', `${header}\n${row}\n`)], byWeight)
		);
		expect(error.code).toBe('incomplete-table');
		expect(error.details.missing).toBe('HS6 product codes (the municipality files have only HS4)');
		expect(error.message).toContain('EXP_YYYY.csv');
	});

	it('names a missing column', async () => {
		const header = HEADER.replace(';"VL_FOB"', '');
		const row = ROW.replace(/;1000$/, '');
		const error = await rejection(
			readTradeFiles([textFile('EXP_2023.csv', `${header}\n${row}\n`)], byWeight)
		);
		expect(error.code).toBe('missing-column');
		expect(error.column).toBe('VL_FOB');
	});
});
