import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../../src/lib/engine/read/analyze';
import {
	dropSummary,
	expectReconciled,
	fixture,
	keyOf,
	readOptions,
	rejection,
	textFile
} from '../read-helpers';

/** Six real lines of comtradeplus-THA-imports-hs4-8542-by-partner.csv (see the folder's README). */
const THA_HS4 = 'comtrade-plus/real_THA_8542_excerpt.csv';
/** Five real lines of the same file with 8542 made 854231 (aggrLevel 6, isLeaf true), byte for byte otherwise. */
const THA_HS6 = 'comtrade-plus/THA_854231_download_style.csv';

const HEADER =
	'typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate';

/** One Brazilian export row of 010121 to the USA, every value quoted, a trailing comma. */
function row(fields: {
	type?: string;
	freq?: string;
	month?: string;
	classification?: string;
	cmd?: string;
	value: number;
}): string {
	const { type = 'C', freq = 'A', month = '52', classification = 'H6', cmd = '010121' } = fields;
	return `"${type}","${freq}","20220101","2022","${month}","2022","76","BRA","Brazil","X","Export","842","USA","USA","0","W00","World","${classification}","HS","true","${cmd}","x","6","true","C00","TOTAL CPC","0","0","TOTAL MOT","5","u","2","false","-1","N/A",,"false",,"false",,"false",,,"${fields.value}","0","true","false",\n`;
}

describe('UN Comtrade+ as downloaded', () => {
	/**
	 * Imports of Thailand (all CIF = primaryValue), quantities N/A on the first two:
	 *  line 2 2014 H4 Curaçao (CUW)  7 018           used, no quantity
	 *  line 3 2014 H4 Türkiye (TUR) 17 388           used, no quantity
	 *  line 4 2017 H5 Portugal 965 754.04, 802 464 u used
	 *  line 5 2022 H6 World 19 039 358 936.845       world-partner
	 *  line 6 2022 H6 Greece 8 957 549.745, 14 190 500 u used
	 * The names are Latin-1 bytes (ç 0xE7, ü 0xFC): the file is read as windows-1252.
	 */
	it('reads quoted values, the trailing comma and Latin-1, and says which HS editions it holds', async () => {
		const result = await readTradeFiles([fixture(THA_HS6)], readOptions());
		const { keys, ledger, info } = result;
		expect(ledger.files[0].encoding).toBe('windows-1252');
		expect(ledger.rowsRead).toBe(5);
		expect(ledger.drops['malformed-row']).toBeUndefined();
		expect(keyOf(keys, 'CUW', 854231, 2014)).toMatchObject({ m: 7018, qm: NaN, um: null });
		expect(keyOf(keys, 'TUR', 854231, 2014)).toMatchObject({ m: 17_388, qm: NaN });
		expect(keyOf(keys, 'PRT', 854231, 2017)).toMatchObject({ m: 965_754.04, qm: 802_464, um: 'u' });
		expect(keyOf(keys, 'GRC', 854231, 2022)).toMatchObject({ m: 8_957_549.745, qm: 14_190_500 });
		expect(dropSummary(result)).toEqual({ 'world-partner': [1, 19_039_358_936.845, [5]] });
		expect(ledger.valueUsed).toBeCloseTo(9_947_709.785, 6); // 7 018 + 17 388 + 965 754.04 + 8 957 549.745
		expect(info).toMatchObject({
			reporters: ['THA'],
			years: [2014, 2017, 2022],
			hsEditions: ['H4', 'H5', 'H6']
		});
		// Each year's rows carry the edition Thailand reported in (METHODS 8), as the file says.
		expect(info.yearEditions).toEqual([
			{ year: 2014, edition: 'H4', stated: true },
			{ year: 2017, edition: 'H5', stated: true },
			{ year: 2022, edition: 'H6', stated: true }
		]);
		expectReconciled(result);
	});

	/**
	 * The real HS4 lines: World in 2014 (H4), 2017 (H5), 2022 (H6), Thailand as its own partner
	 * (re-imports), Andorra and Curaçao at HS4.
	 */
	it('ends a file of HS4 and World rows with what to download', async () => {
		for (const reporter of [null, 'THA']) {
			const error = await rejection(readTradeFiles([fixture(THA_HS4)], readOptions({ reporter })));
			expect(error.code).toBe('no-hs6-by-partner');
			expect(error.details).toEqual({
				...(reporter ? { reporter } : {}),
				'world-partner': 3,
				'not-hs6': 2,
				'self-trade': 1
			});
			expect(error.message).toContain(
				'(3 rows have World as partner; 1 row has the reporter itself as partner; 2 rows are HS2/HS4 totals)'
			);
		}
	});

	it('refuses a services file and says what to download', async () => {
		const file = textFile(
			'TradeData_services.csv',
			HEADER + '\n',
			row({ value: 10 }),
			row({ type: 'S', classification: 'EB', cmd: '200', value: 5 })
		);
		const error = await rejection(readTradeFiles([file], readOptions()));
		expect(error.code).toBe('services-file');
		expect(error.line).toBe(3);
		expect(error.column).toBe('typeCode');
		expect(error.message).toContain('services file');
		expect(error.message).toContain('HS classification, by partner');
	});

	it('takes refMonth 52 as annual and 1–12 as monthly when freqCode says nothing', async () => {
		// 52 and 52: one annual year, X 100 + 200 = 300; then month 3 of the same year: a mix.
		const annual = textFile(
			'annual.csv',
			HEADER + '\n',
			row({ freq: '', value: 100 }),
			row({ freq: '', value: 200 })
		);
		const result = await readTradeFiles([annual], readOptions());
		expect(keyOf(result.keys, 'USA', 10121)).toMatchObject({ x: 300 });
		const monthly = textFile('monthly.csv', HEADER + '\n', row({ freq: '', month: '3', value: 5 }));
		const error = await rejection(readTradeFiles([annual, monthly], readOptions()));
		expect(error.code).toBe('mixed-periods');
		expect(error.details).toEqual({ year: 2022 });
	});
});
