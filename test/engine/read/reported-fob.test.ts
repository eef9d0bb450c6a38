/**
 * The read side of "FOB where reported" (METHODS 7.2): the Comtrade readers record, for each
 * import row used, the FOB value it reports (TradeKeys.reportedFob), and the ledger states the
 * import value valued each way (Ledger.importValuation). Files are made here, numbers by hand;
 * the real legacy file is counted by a small CSV count of its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTradeFiles, type ReadResult } from '../../../src/lib/engine/read/analyze';
import { classifyKeys } from '../../../src/lib/engine/classify/classify';
import type { Cell, ClassifySettings, TradeKeys } from '../../../src/lib/engine/model/types';
import { expectReconciled, fixture, readOptions, textFile } from './read-helpers';
import { LEGACY_TEXT, PLUS_TEXT } from './fob-fixtures';

const PAPER: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const FOB: ClassifySettings = { ...PAPER, fobWhereReported: true };

/** Key fields by partner and product, with its reported FOB sums. */
function fobOf(keys: TradeKeys, partnerId: string, product: number) {
	for (let k = 0; k < keys.count; k++) {
		if (keys.countries[keys.partner[k]] !== partnerId || keys.product[k] !== product) continue;
		return {
			m: keys.imports[k],
			fob: keys.reportedFob?.fob[k],
			asRead: keys.reportedFob?.asRead[k]
		};
	}
	throw new Error(`no key ${partnerId} ${product}`);
}

/** Σ T over the cells. */
const tradeOf = (cells: Cell[]) => cells.reduce((sum, cell) => sum + cell.trade, 0);

async function read(name: string, text: string, includeReExports = false): Promise<ReadResult> {
	return readTradeFiles([textFile(name, text)], readOptions({ includeReExports }));
}

describe('Comtrade+: fobvalue of the import rows used', () => {
	it('states the import value valued each way in the ledger', async () => {
		const result = await read('TradeData_THA_2022.csv', PLUS_TEXT);
		expectReconciled(result);
		expect(result.ledger.valueUsed).toBe(5000);
		expect(result.ledger.importValuation).toEqual({
			fobReported: { rows: 2, value: 2900, asRead: 3000 },
			cifOnly: { rows: 2, value: 800 }
		});
	});

	it('records per key the FOB values reported and those rows’ values as read', async () => {
		const { keys } = await read('TradeData_THA_2022.csv', PLUS_TEXT);
		expect(fobOf(keys, 'CHN', 854231)).toEqual({ m: 1500, fob: 900, asRead: 1000 });
		expect(fobOf(keys, 'USA', 854232)).toEqual({ m: 2000, fob: 2000, asRead: 2000 });
		expect(fobOf(keys, 'JPN', 854231)).toEqual({ m: 300, fob: 0, asRead: 0 });
	});

	it('counts re-imports as imports under the same rule when they are included', async () => {
		const { ledger, keys } = await read('TradeData_THA_2022.csv', PLUS_TEXT, true);
		expect(ledger.importValuation?.fobReported).toEqual({ rows: 3, value: 2990, asRead: 3100 });
		expect(fobOf(keys, 'KOR', 854231)).toEqual({ m: 100, fob: 90, asRead: 100 });
	});

	it('classified with the option: Σ T = valueUsed − asRead + FOB, cells by hand', async () => {
		const { keys, ledger } = await read('TradeData_THA_2022.csv', PLUS_TEXT);
		const on = classifyKeys(keys, FOB);
		expect(tradeOf(on)).toBe(5000 - 3000 + 2900);
		// CHN: X 1200 (12 u, UVx 100); M = 500 + 900 = 1400 (15 u, UVm 93.33), R = 1.071: HIIT.
		const china = on.find((cell) => cell.partner === 'CHN');
		expect(china && [china.trade, china.imports, china.ghm.oneWay, china.ghm.hiit]).toEqual([
			2600, 1400, 200, 2400
		]);
		expect(china?.ff.hiit).toBe(2600);
		// Off: the ledger's value used, to the cent.
		expect(tradeOf(classifyKeys(keys, PAPER))).toBe(ledger.valueUsed);
	});

	it('a Comtrade+ file with no fobvalue column states no valuation and no key FOB', async () => {
		const dropFob = (line: string) =>
			line
				.split(',')
				.filter((_, i) => i !== 42)
				.join(',');
		const text = PLUS_TEXT.split('\r\n')
			.map((line) => (line ? dropFob(line) : line))
			.join('\r\n');
		const { ledger, keys } = await read('TradeData_THA_2022.csv', text);
		expect(ledger.importValuation).toBeUndefined();
		expect(keys.reportedFob).toBeUndefined();
	});

	it('a file whose imports report no FOB states them all CIF, and keys carry none', async () => {
		const result = await readTradeFiles(
			[fixture('comtrade-plus/TradeData_BRA_2022_annual.csv')],
			readOptions()
		);
		// The fixture's used imports: USA 60 000 and IND 80 000 (comtrade-plus.test.ts).
		expect(result.ledger.importValuation).toEqual({
			fobReported: { rows: 0, value: 0, asRead: 0 },
			cifOnly: { rows: 2, value: 140_000 }
		});
		expect(result.keys.reportedFob).toBeUndefined();
	});
});

describe('Comtrade legacy: FOB Trade Value of the import rows used', () => {
	it('states the import value valued each way; a value taken from the FOB cell is FOB', async () => {
		const result = await read('comtrade_BRA_2019.csv', LEGACY_TEXT);
		expectReconciled(result);
		expect(result.ledger.valueUsed).toBe(3850);
		expect(result.ledger.importValuation).toEqual({
			fobReported: { rows: 3, value: 1830, asRead: 1950 },
			cifOnly: { rows: 1, value: 400 }
		});
		const { keys } = result;
		expect(fobOf(keys, 'ARG', 252310)).toEqual({ m: 1400, fob: 880, asRead: 1000 });
		expect(fobOf(keys, 'CHL', 252310)).toEqual({ m: 700, fob: 700, asRead: 700 });
		expect(fobOf(keys, 'URY', 252310)).toEqual({ m: 250, fob: 250, asRead: 250 });
	});

	it('classified with the option, Σ T = 3850 − 1950 + 1830', async () => {
		const { keys } = await read('comtrade_BRA_2019.csv', LEGACY_TEXT);
		expect(tradeOf(classifyKeys(keys, FOB))).toBe(3730);
		// ARG: X 1500 (10 000 kg, UVx 0.15); M = 400 + 880 = 1280 (14 000 kg, UVm 0.0914):
		// R = 1.64 > 1.15, VIIT-sup; overlap 2 560, one-way 220.
		const argentina = classifyKeys(keys, FOB).find((cell) => cell.partner === 'ARG');
		expect(argentina?.ghm).toMatchObject({ oneWay: 220, viitSup: 2560 });
	});

	it('a legacy file without FOB column (the 22-column bulk file) states no valuation', async () => {
		const result = await readTradeFiles(
			[fixture('comtrade-legacy/comtrade_BRA_2019_annual.csv')],
			readOptions()
		);
		expect(result.ledger.importValuation).toBeUndefined();
		expect(result.keys.reportedFob).toBeUndefined();
	});
});

const REAL = '/work/shared/fixtures/real/comtrade-legacy-hs6-252310-all-reporters-world.csv';

/** Splits a CSV line with quoted fields (the real file quotes names with commas). */
function splitCsv(line: string): string[] {
	const fields: string[] = [];
	let field = '';
	let quoted = false;
	for (const char of line) {
		if (char === '"') quoted = !quoted;
		else if (char === ',' && !quoted) {
			fields.push(field);
			field = '';
		} else field += char;
	}
	fields.push(field);
	return fields;
}

describe.skipIf(!existsSync(REAL))('the real legacy file (HS6 252310, every reporter)', () => {
	const lines = existsSync(REAL) ? readFileSync(REAL, 'utf8').split(/\r?\n/).filter(Boolean) : [];
	const header = lines.length > 0 ? splitCsv(lines[0]) : [];
	const at = (name: string) => header.indexOf(name);

	/** A line with its partner made Argentina (32), so that rows are used (World would drop all). */
	const toArgentina = (line: string) => {
		const fields = splitCsv(line).map((field) => (field.includes(',') ? `"${field}"` : field));
		fields[at('Partner Code')] = '32';
		fields[at('Partner')] = 'Argentina';
		fields[at('Partner ISO')] = 'ARG';
		return fields.join(',');
	};

	/** The import rows a reader must use, counted by a route of their own: flow M, totals, not Argentina. */
	function countImports() {
		const count = { fobRows: 0, fob: 0, asRead: 0, cifRows: 0, cif: 0, bothFilled: 0 };
		for (const line of lines.slice(1)) {
			const f = splitCsv(line);
			if (f[at('Trade Flow')] !== 'M') continue;
			const cifCell = f[at('CIF Trade Value (US$)')].trim();
			const fobCell = f[at('FOB Trade Value (US$)')].trim();
			if (cifCell !== '' && fobCell !== '') count.bothFilled++;
			const total =
				f[at('2nd Partner Code')] === '0' &&
				f[at('Customs Proc. Code')] === 'C00' &&
				f[at('Mode of Transport Code')] === '0';
			const value = Number(f[at('Trade Value (US$)')]);
			if (!total || f[at('Reporter Code')] === '32' || !(value > 0)) continue;
			const fob = fobCell === '' ? 0 : Number(fobCell);
			if (fob > 0) {
				count.fobRows++;
				count.fob += fob;
				count.asRead += value;
			} else {
				count.cifRows++;
				count.cif += value;
			}
		}
		return count;
	}

	it('states the import value valued each way as a CSV count of the file finds it', async () => {
		const text = [lines[0], ...lines.slice(1).map(toArgentina)].join('\n') + '\n';
		const { ledger, keys } = await readTradeFiles([textFile('comtrade.csv', text)], readOptions());
		const count = countImports();
		// The file as described: 1 676 import rows with both CIF and FOB filled, most of them
		// breakdowns by transport mode; 3 644 import totals used, 126 of them with an FOB value.
		expect(count.bothFilled).toBe(1676);
		expect([count.fobRows, count.cifRows]).toEqual([126, 3518]);
		const valuation = ledger.importValuation;
		expect(valuation?.fobReported.rows).toBe(count.fobRows);
		expect(valuation?.fobReported.value).toBeCloseTo(count.fob, 2);
		expect(valuation?.fobReported.asRead).toBeCloseTo(count.asRead, 2);
		expect(valuation?.cifOnly.rows).toBe(count.cifRows);
		expect(valuation?.cifOnly.value).toBeCloseTo(count.cif, 2);
		// The option's Σ T is the value used with those rows at their FOB values.
		const on = tradeOf(classifyKeys(keys, FOB));
		expect(on).toBeCloseTo(ledger.valueUsed - count.asRead + count.fob, 0);
	}, 30_000);
});
