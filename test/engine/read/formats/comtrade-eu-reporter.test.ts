import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../../../src/lib/engine/read/analyze';
import { classifyKeys } from '../../../../src/lib/engine/classify/classify';
import {
	customsUnionOfReporter,
	customsUnionOfText,
	reporterId
} from '../../../../src/lib/engine/codes/customs-unions';
import { fallbackCountryName, iso2OfCountry } from '../../../../src/lib/engine/codes/countries';
import { countryName } from '../../../../src/lib/engine/codes/local-names';
import {
	dropSummary,
	expectReconciled,
	fixture,
	keyOf,
	readOptions,
	rejection,
	textFile
} from '../read-helpers';

/** Hand-made on the header of the real IDN API-style download: the EU-28 (97, EUR) and China. */
const EU28 = 'comtrade-legacy/comtrade_EU28_2019_api.csv';

describe('customs unions reporting as one', () => {
	it('know the EU by its Comtrade code, ISO fields and names, as a reporter', () => {
		expect(customsUnionOfReporter(97)).toBe('EUN');
		expect(customsUnionOfReporter(NaN, 'EUR')).toBe('EUN');
		expect(customsUnionOfReporter(NaN, '', 'EU-28')).toBe('EUN');
		expect(customsUnionOfReporter(76, 'BRA', 'Brazil')).toBeNull();
		for (const text of ['97', 'EU', 'eun', 'EU-27', 'European Union']) {
			expect(customsUnionOfText(text)).toBe('EUN');
		}
		expect(reporterId(' eur ')).toBe('EUN');
		expect(reporterId('bra')).toBe('BRA');
	});

	it('give the EU one id that Intl names in the three languages', () => {
		expect(iso2OfCountry('EUN')).toBe('EU');
		expect(fallbackCountryName('EUN')).toBe('European Union');
		expect(countryName('en', 'EUN')).toBe('European Union');
		expect(countryName('pt-BR', 'EUN')).toBe('União Europeia');
		expect(countryName('es', 'EUN')).toBe('Unión Europea');
	});
});

describe('the EU-28 as a reporter in a legacy file', () => {
	/**
	 * EU-28 (97, EUR) 640399, 2019, pairs:
	 *  line 2 M CHN 20 000 (1 000 pairs), line 3 X CHN 10 000 (200), line 4 X World 90 000,
	 *  line 5 X USA 6 000 (100), line 6 M USA 2 000 (50);
	 *  line 7 China X to the EU-28 (97 as a partner: an aggregate) 20 000, line 8 China M USA 500.
	 * EUN used: 20 000 + 10 000 + 6 000 + 2 000 = 38 000; World 90 000; China's 20 500 other-reporter.
	 */
	it('is a reporter like any country, whatever the user calls it', async () => {
		for (const reporter of ['EUR', 'EU', '97', 'EUN']) {
			const result = await readTradeFiles([fixture(EU28)], readOptions({ reporter }));
			expect(keyOf(result.keys, 'CHN', 640399)).toMatchObject({ x: 10_000, m: 20_000, qx: 200 });
			expect(keyOf(result.keys, 'USA', 640399)).toMatchObject({ x: 6000, m: 2000, qm: 50 });
			expect(result.ledger.valueUsed).toBe(38_000);
			expect(dropSummary(result)).toEqual({
				'world-partner': [1, 90_000, [4]],
				'other-reporter': [2, 20_500, [7, 8]]
			});
			expect(result.info).toMatchObject({
				reporters: ['EUN'],
				partners: ['CHN', 'USA'],
				notes: ['customs-union-reporter']
			});
			expectReconciled(result);
		}
	});

	/**
	 * CHN: X 10 000 / 200 = 50, M 20 000 / 1 000 = 20, R = 2.5 > 1.15: GHM 20 000 VIIT-sup,
	 * 10 000 one-way; FF 10 000/20 000 two-way: 30 000 VIIT-sup. USA: X 60, M 40, R = 1.5:
	 * GHM 4 000 VIIT-sup, 4 000 one-way; FF 2 000/6 000 two-way: 8 000 VIIT-sup.
	 */
	it('gives the right cells', async () => {
		const { keys } = await readTradeFiles([fixture(EU28)], readOptions({ reporter: 'EUR' }));
		const cells = classifyKeys(keys, { alpha: 0.15, theta: 0.1, cifFobFactor: 1 });
		const byPartner = Object.fromEntries(cells.map((c) => [c.partner, c]));
		expect(cells.map((c) => [c.reporter, c.sector])).toEqual([
			['EUN', 'footwear'],
			['EUN', 'footwear']
		]);
		expect(byPartner.CHN.ghm).toMatchObject({ oneWay: 10_000, viitSup: 20_000 });
		expect(byPartner.CHN.ff).toMatchObject({ oneWay: 0, viitSup: 30_000 });
		expect(byPartner.USA.ghm).toMatchObject({ oneWay: 4000, viitSup: 4000 });
		expect(byPartner.USA.ff).toMatchObject({ oneWay: 0, viitSup: 8000 });
	});

	it('stays an aggregate as the partner of another reporter', async () => {
		const result = await readTradeFiles([fixture(EU28)], readOptions({ reporter: 'CHN' }));
		expect(dropSummary(result)['aggregate-partner']).toEqual([1, 20_000, [7]]);
		expect(keyOf(result.keys, 'USA', 640399)).toMatchObject({ m: 500 });
		expect(result.info.notes).toEqual([]);
	});

	it('names the EU among the reporters when another is chosen', async () => {
		const error = await rejection(
			readTradeFiles([fixture(EU28)], readOptions({ reporter: 'BRA' }))
		);
		expect(error.details).toEqual({ reporter: 'BRA', reporters: 'CHN, EUN' });
	});
});

describe('the EU as a reporter in a Comtrade+ file', () => {
	const header =
		'typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate\n';
	const row = (iso: string, flow: string, partner: string, partnerIso: string, value: number) =>
		`"C","A","20220101","2022","52","2022","97","${iso}","European Union","${flow}","","${partner}","${partnerIso}","","0","W00","World","H6","HS","true","640399","Footwear","6","true","C00","TOTAL CPC","0","0","TOTAL MOT","6","2u","10","false","-1","N/A",,"false",,"false",,"false",,,"${value}","0","true","false",\n`;

	// X CHN 3 000 and M CHN 1 000 (10 pairs each) per file; World 9 000 dropped.
	it('reads area 97 as the reporter EUN, with EUR, EUN, EU or no ISO', async () => {
		for (const iso of ['EUR', 'EUN', 'EU', '']) {
			const file = textFile(
				'TradeData_EU.csv',
				header,
				row(iso, 'X', '156', 'CHN', 3000),
				row(iso, 'M', '156', 'CHN', 1000),
				row(iso, 'X', '0', 'W00', 9000)
			);
			const result = await readTradeFiles([file], readOptions({ reporter: 'EUR' }));
			expect(keyOf(result.keys, 'CHN', 640399)).toMatchObject({ x: 3000, m: 1000, qx: 10 });
			expect(result.info.reporters).toEqual(['EUN']);
			expect(result.info.notes).toEqual(['customs-union-reporter']);
			expect(dropSummary(result)).toEqual({ 'world-partner': [1, 9000, [4]] });
		}
	});
});
