import { describe, expect, it } from 'vitest';
import { readTradeFiles, type ReadResult } from '../../../../src/lib/engine/read/analyze';
import { detectFormat } from '../../../../src/lib/engine/read/formats/detect';
import {
	dropSummary,
	expectReconciled,
	fixture,
	fixtureText,
	keyOf,
	readOptions,
	rejection,
	textFile
} from '../read-helpers';

const ANNUAL = 'comext/DS-045409_2022_annual.csv';
const MONTHLY = 'comext/DS-045409_2022_monthly.csv';
const byWeight = readOptions({ quantityBasis: 'auto' });

/** The key of one reporter, partner and product. */
function keyFor(result: ReadResult, reporter: string, partner: string, product: number) {
	const { keys } = result;
	for (let k = 0; k < keys.count; k++) {
		if (keys.countries[keys.reporter[k]] !== reporter) continue;
		if (keys.countries[keys.partner[k]] !== partner || keys.product[k] !== product) continue;
		return { x: keys.exports[k], m: keys.imports[k], qx: keys.exportQty[k], qm: keys.importQty[k] };
	}
	throw new Error(`no key ${reporter} ${partner} ${product}`);
}

/**
 * The annual fixture (PERIOD 202252) by hand; FLOW 2 export, 1 import; EUR; QUANTITY_KG:
 *  line 2  FR→US 01012100 X 100 000, 5 000 kg, 10 p/st
 *  line 3  FR←US 01012100 M  60 000, 2 000 kg,  4 p/st
 *  line 4  FR→US 01012100 X  20 000, 1 000 kg,  2 p/st (STAT_PROCEDURE 2: summed with line 2)
 *  line 5  FR→DE 22042109 X  30 000, 20 000 kg, 18 000 l
 *  line 6  FR→DE 22042111 X  12 000,  8 000 kg,  7 000 l (same HS6 220421)
 *  line 7  FR←DE 22042109 M  25 000, 15 000 kg, 14 000 l
 *  line 8  FR→US TOTAL      5 000 000            not-hs-product
 *  line 9  FR→US 99RRR100      40 000            confidential-product
 *  line 10 FR→QP (high seas)    7 000            aggregate-partner
 *  line 11 EL→IT 72081000 X  45 000, 60 000 kg, SUPPL_UNIT ZZZ
 *  line 12 EL←IT 72081000 M  15 000, 20 000 kg, ZZZ
 *  line 13 EL→UK 01012100 X   9 000,    800 kg, 3 p/st
 *  line 14 DE→FR value 0                          zero-value
 *  line 15 DE←FR 22042109 M  32 000, 21 000 kg, 19 000 l
 * Keys (EL is GRC, UK is GBR): FRA-USA 010121 X 120 000 (6 000 kg) M 60 000 (2 000);
 * FRA-DEU 220421 X 42 000 (28 000) M 25 000 (15 000); GRC-ITA 720810 X 45 000 (60 000)
 * M 15 000 (20 000); GRC-GBR 010121 X 9 000 (800); DEU-FRA 220421 M 32 000 (21 000).
 * Used 10 rows = 348 000 EUR; dropped 4 = 5 047 000; read 14 = 5 395 000.
 */
function expectAnnual(result: ReadResult): void {
	const { keys, ledger } = result;
	expect(keys.count).toBe(5);
	expect(ledger.rowsRead).toBe(14);
	expect(ledger.rowsUsed).toBe(10);
	expect(ledger.valueUsed).toBe(348_000);
	expect(ledger.valueRead).toBe(5_395_000);
	expect(dropSummary(result)).toEqual({
		'not-hs-product': [1, 5_000_000, [8]],
		'confidential-product': [1, 40_000, [9]],
		'aggregate-partner': [1, 7000, [10]],
		'zero-value': [1, 0, [14]]
	});
	expect(keyFor(result, 'FRA', 'USA', 10121)).toEqual({
		x: 120_000,
		m: 60_000,
		qx: 6000,
		qm: 2000
	});
	expect(keyFor(result, 'FRA', 'DEU', 220421)).toEqual({
		x: 42_000,
		m: 25_000,
		qx: 28_000,
		qm: 15_000
	});
	expect(keyFor(result, 'GRC', 'ITA', 720810)).toEqual({
		x: 45_000,
		m: 15_000,
		qx: 60_000,
		qm: 20_000
	});
	expect(keyFor(result, 'GRC', 'GBR', 10121)).toMatchObject({ x: 9000, m: 0, qx: 800 });
	expect(keyFor(result, 'DEU', 'FRA', 220421)).toMatchObject({ x: 0, m: 32_000, qm: 21_000 });
	expectReconciled(result);
}

describe('Comext reader', () => {
	it('reads every trap of the annual fixture, every reporter kept', async () => {
		const result = await readTradeFiles([fixture(ANNUAL)], byWeight);
		expectAnnual(result);
		expect(result.info).toMatchObject({
			format: 'comext',
			currency: 'EUR',
			valueUnitInFile: 'EUR',
			importValuation: 'CIF',
			quantityBasis: 'net-weight',
			quantityUnit: 'kg',
			reporters: ['DEU', 'FRA', 'GRC'],
			partners: ['DEU', 'FRA', 'GBR', 'ITA', 'USA'],
			years: [2022]
		});
	});

	it('reads the same from a CRLF copy with a BOM, cut into small chunks', async () => {
		const text = '\uFEFF' + fixtureText(ANNUAL).replace(/\n/g, '\r\n');
		const parts = text.match(/[\s\S]{1,9}/g) ?? [];
		expectAnnual(await readTradeFiles([textFile('annual.csv', ...parts)], byWeight));
	});

	it('reads supplementary units when asked; ZZZ and empty are missing', async () => {
		const result = await readTradeFiles(
			[fixture(ANNUAL)],
			readOptions({ quantityBasis: 'reported' })
		);
		// FRA-USA: 10 + 2 p/st exported, 4 imported; FRA-DEU: 18 000 + 7 000 l, 14 000 l.
		expect(keyOf(result.keys, 'USA', 10121)).toMatchObject({ qx: 12, qm: 4, ux: 'p/st' });
		expect(keyOf(result.keys, 'DEU', 220421)).toMatchObject({ qx: 25_000, qm: 14_000, um: 'l' });
		// GRC-ITA: SUPPL_UNIT ZZZ on both rows.
		expect(keyFor(result, 'GRC', 'ITA', 720810)).toMatchObject({ qx: NaN, qm: NaN });
		expect(result.info).toMatchObject({ quantityBasis: 'reported', quantityUnit: 'reported unit' });
		expectReconciled(result);
	});

	it('keeps the chosen reporter only', async () => {
		// FR rows are lines 2–10; lines 11–15 (EL, DE) are another reporter's.
		const result = await readTradeFiles([fixture(ANNUAL)], readOptions({ reporter: 'FRA' }));
		expect(result.keys.count).toBe(2);
		expect(result.ledger.rowsUsed).toBe(6);
		// 45 000 + 15 000 + 9 000 + 0 + 32 000 = 101 000 EUR of other reporters.
		expect(dropSummary(result)['other-reporter']).toEqual([5, 101_000, [11, 12, 13, 14, 15]]);
		expect(result.info.reporters).toEqual(['FRA']);
		expectReconciled(result);
	});

	it('sums monthly rows to the year; a month 13 is an invalid year', async () => {
		const result = await readTradeFiles([fixture(MONTHLY)], byWeight);
		// FR→US X 8 000 (202201) + 7 000 (202202), 400 + 300 kg; M 5 000, 200 kg; FR→CH X 6 000, 250 kg.
		expect(keyOf(result.keys, 'USA', 10121, 2022)).toMatchObject({
			x: 15_000,
			m: 5000,
			qx: 700,
			qm: 200
		});
		expect(keyOf(result.keys, 'CHE', 10121)).toMatchObject({ x: 6000, qx: 250 });
		expect(dropSummary(result)).toEqual({ 'invalid-year': [1, 1000, [6]] });
		expectReconciled(result);
	});

	it('refuses monthly and annual rows of one year together', async () => {
		const error = await rejection(readTradeFiles([fixture(ANNUAL), fixture(MONTHLY)], byWeight));
		expect(error.code).toBe('mixed-periods');
		expect(error.file).toBe('DS-045409_2022_monthly.csv');
		expect(error.line).toBe(2);
		expect(error.details.year).toBe(2022);
	});

	it('is never mixed with a USD format', async () => {
		const exp = textFile(
			'EXP_2022.csv',
			'"CO_ANO";"CO_MES";"CO_NCM";"CO_UNID";"CO_PAIS";"SG_UF_NCM";"CO_VIA";"CO_URF";"QT_ESTAT";"KG_LIQUIDO";"VL_FOB"\n',
			'"2022";"01";"02013000";"10";"249";"SP";"01";"0817800";1;1;1\n'
		);
		const error = await rejection(readTradeFiles([fixture(ANNUAL), exp], byWeight));
		expect(error.code).toBe('mixed-formats');
	});

	it('recognises the header and names a missing column', async () => {
		const header = fixtureText(ANNUAL).split('\n')[0];
		expect(detectFormat(header.split(','))).toBe('comext');
		const noValue = header.replace(',VALUE_EUR', '');
		expect(detectFormat(noValue.split(','))).toBe('comext');
		const row = 'FR,US,E,01012100,00151,014,014,111,111,I,2,1,p/st,202252,100000,5000,10';
		const error = await rejection(
			readTradeFiles([textFile('c.csv', `${noValue}\n${row}\n`)], byWeight)
		);
		expect(error.code).toBe('missing-column');
		expect(error.column).toBe('VALUE_EUR');
	});
});

describe('Comext, older bulk files (full_YYYYMM.dat)', () => {
	// DECLARANT / PARTNER are Eurostat's numeric codes; the ISO columns beside them are read.
	const header =
		'DECLARANT,DECLARANT_ISO,PARTNER,PARTNER_ISO,TRADE_TYPE,PRODUCT_NC,PRODUCT_SITC,PRODUCT_CPA2002,PRODUCT_CPA2008,PRODUCT_CPA2_1,PRODUCT_BEC,PRODUCT_SECTION,FLOW,STAT_REGIME,SUPP_UNIT,PERIOD,VALUE_IN_EUROS,QUANTITY_IN_KG,SUP_QUANTITY';
	const row = (flow: number, value: number, kg: number) =>
		`001,FR,400,US,E,01012100,00150,,,,,01,${flow},1,p/st,202252,${value},${kg},1`;

	it('reads the same columns under their older names', async () => {
		const file = textFile(
			'full_202252.dat',
			[header, row(2, 100_000, 5000), row(1, 60_000, 2000), ''].join('\n')
		);
		expect(detectFormat(header.split(','))).toBe('comext');
		const result = await readTradeFiles([file], byWeight);
		// FR exports 100 000 EUR (5 000 kg) to US and imports 60 000 EUR (2 000 kg) from it.
		expect(keyFor(result, 'FRA', 'USA', 10121)).toEqual({
			x: 100_000,
			m: 60_000,
			qx: 5000,
			qm: 2000
		});
		expect(result.info.currency).toBe('EUR');
		expectReconciled(result);
	});
});
