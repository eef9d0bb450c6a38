/**
 * Guards against a container changing the numbers: the same table read plain, as .gz and in a zip
 * (deflated or stored) must give the same keys, ledger and cells. Only names, containers and
 * stored sizes may differ.
 */
import { describe, expect, it } from 'vitest';
import { readTradeFiles, type InputFile, type ReadResult } from '../../src/lib/engine/read/analyze';
import { classifyKeys } from '../../src/lib/engine/classify/classify';
import type { ReadOptions } from '../../src/lib/engine/model/types';
import { makeGzip, makeZip } from '../helpers/archives';
import { expectReconciled, fixture, fixtureText, readOptions } from './read/read-helpers';

const SETTINGS = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };

/** The plain fixture and its .gz, deflated-zip and stored-zip copies. */
async function copies(path: string): Promise<{ label: string; file: InputFile }[]> {
	const plain = fixture(path);
	const bytes = new Uint8Array(await plain.blob.arrayBuffer());
	return [
		{ label: 'plain', file: plain },
		{ label: 'gzip', file: { name: `${plain.name}.gz`, blob: new Blob([makeGzip(bytes)]) } },
		{
			label: 'zip',
			file: { name: 'deflated.zip', blob: await makeZip([{ path: plain.name, content: bytes }]) }
		},
		{
			label: 'stored zip',
			file: {
				name: 'stored.zip',
				blob: await makeZip([{ path: plain.name, content: bytes, level: 0 }])
			}
		}
	];
}

/** What must not depend on the container. */
function numbers({ keys, ledger }: ReadResult) {
	return {
		keys,
		cells: classifyKeys(keys, SETTINGS),
		rowsRead: ledger.rowsRead,
		rowsUsed: ledger.rowsUsed,
		valueRead: ledger.valueRead,
		valueUsed: ledger.valueUsed,
		drops: Object.fromEntries(
			Object.entries(ledger.drops).map(([reason, d]) => [
				reason,
				{ rows: d.rows, value: d.value, lines: d.firstLines.map((at) => at.line) }
			])
		),
		files: ledger.files.map((f) => ({ format: f.format, rows: f.rows, encoding: f.encoding }))
	};
}

describe('the same numbers from plain, .gz and .zip copies', () => {
	const runs: [string, ReadOptions][] = [
		['baci/BACI_HS17_Y2020_V202201.csv', readOptions({ reporter: 'BRA' })],
		['comtrade-plus/TradeData_BRA_2022_annual.csv', readOptions()]
	];
	it.each(runs)('%s', async (path, options) => {
		const [plain, ...packed] = await copies(path);
		const expected = await readTradeFiles([plain.file], options);
		expectReconciled(expected);
		expect(expected.ledger.rowsUsed).toBeGreaterThan(0);
		for (const { label, file } of packed) {
			const result = await readTradeFiles([file], options);
			expect({ label, ...numbers(result) }).toEqual({ label, ...numbers(expected) });
			expect(result.info).toEqual(expected.info);
			const container = label === 'gzip' ? 'gzip' : 'zip';
			expect(result.ledger.files.map((f) => f.container)).toEqual([container]);
			expect(result.ledger.skipped).toEqual([]);
		}
	});

	it('from a BACI release zip with its code tables and readme', async () => {
		const options = readOptions({ reporter: 'BRA' });
		const expected = await readTradeFiles([fixture('baci/BACI_HS17_Y2020_V202201.csv')], options);
		// The country table agrees with the built-in one for every code of the fixture.
		const countries = [
			'country_code,country_name,country_iso2,country_iso3',
			'76,Brazil,BR,BRA',
			'251,France,FR,FRA',
			'490,"Other Asia, nes",,',
			'579,Norway,NO,NOR',
			'697,"Europe EFTA, nes",,',
			'699,India,IN,IND',
			'757,Switzerland,CH,CHE',
			'842,USA,US,USA'
		].join('\n');
		const zip = await makeZip([
			{
				path: 'BACI_HS17_Y2020_V202401.csv',
				content: fixtureText('baci/BACI_HS17_Y2020_V202201.csv')
			},
			{ path: 'country_codes_V202401.csv', content: countries + '\n' },
			{ path: 'product_codes_HS17_V202401.csv', content: 'code,description\n010121,Horses\n' },
			{ path: 'Readme.txt', content: 'BACI\nVersion 202401\nSee the documentation.\n' }
		]);
		const result = await readTradeFiles([{ name: 'BACI_HS17_V202401.zip', blob: zip }], options);
		const { files: _files, ...same } = numbers(result);
		const { files: _expectedFiles, ...expectedSame } = numbers(expected);
		expect(same).toEqual(expectedSame);
		expect(result.ledger.files.filter((f) => f.format === 'baci').map((f) => f.name)).toEqual([
			'BACI_HS17_V202401.zip › BACI_HS17_Y2020_V202401.csv'
		]);
		// Stable whatever becomes of companion support: the readme and product names are set aside,
		// and the country table is never read as trade data.
		const skipped = result.ledger.skipped.map((s) => s.name);
		expect(skipped).toContain('BACI_HS17_V202401.zip › Readme.txt');
		expect(skipped).toContain('BACI_HS17_V202401.zip › product_codes_HS17_V202401.csv');
		const countryTable = 'BACI_HS17_V202401.zip › country_codes_V202401.csv';
		const read = result.ledger.files.find((f) => f.name === countryTable);
		if (read) expect(read.format).not.toBe('baci');
		else expect(skipped).toContain(countryTable);
	});
});
