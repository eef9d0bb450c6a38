import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../src/lib/engine/read/analyze';
import { cellsCsvLines } from '../../src/lib/engine/views/cells-csv';
import { classifyKeys } from '../../src/lib/engine/classify/classify';
import type { ColumnMapping, DatasetInfo, Ledger } from '../../src/lib/engine/model/types';
import { makeGzip, makeZip, windows1252 } from '../helpers/archives';
import { classify, classifyToStdout, runMain, tempDir, writeFiles } from './cli-helpers';

const BACI = resolve('test/fixtures/baci/BACI_HS17_Y2020_V202201.csv');
const BACI_SMALL = resolve('test/fixtures/e2e/baci-small.csv');

/**
 * A Comex Stat drop: exports, imports and the country table (windows-1252, as downloaded).
 * With net kg (the default basis) and PAIS.csv (249 USA, 023 DEU, 087 BEL), for Brazil in 2022:
 *  USA 010121: X = 100 000 + 100 000 (two NCM8 codes, two months) over 2 000 kg → UVx 100;
 *              M = 100 000 over 1 000 kg → UVm 100; R = 1 → horizontal in both methods.
 *              GHM one-way |X − M| = 100 000, HIIT 2·min = 200 000; FF HIIT all 300 000.
 *  DEU 640399: X = 30 000 / 100 kg → 300; M = 10 000 / 100 kg → 100; R = 3 → VIIT-sup.
 *              GHM one-way 20 000, VIIT-sup 20 000; FF (min/max 1/3 > θ) VIIT-sup 40 000.
 *  BEL 847130: M = 5 000 only → one-way in both.
 * Line 5 of EXP is World-like code 995 (ZZZ, an aggregate in PAIS.csv): dropped, 300 USD.
 */
const COMEX_HEADER =
	'"CO_ANO";"CO_MES";"CO_NCM";"CO_UNID";"CO_PAIS";"SG_UF_NCM";"CO_VIA";"CO_URF";"QT_ESTAT";"KG_LIQUIDO";"VL_FOB"';
const COMEX_FILES = {
	'EXP_2022.csv': [
		COMEX_HEADER,
		'"2022";"01";"01012100";"11";"249";"SP";"01";"0817800";10;1000;100000',
		'"2022";"02";"01012190";"11";"249";"MG";"04";"0817600";2;1000;100000',
		'"2022";"03";"64039990";"10";"023";"RS";"01";"1017500";500;100;30000',
		'"2022";"03";"84713012";"11";"995";"SP";"01";"0817800";1;10;300'
	],
	'IMP_2022.csv': [
		COMEX_HEADER + ';"VL_FRETE";"VL_SEGURO"',
		'"2022";"01";"01012100";"11";"249";"SP";"01";"0817800";4;1000;100000;1000;50',
		'"2022";"05";"64039990";"10";"023";"PR";"01";"0917800";300;100;10000;200;10',
		'"2022";"06";"84713012";"11";"087";"PR";"01";"0917800";50;10;5000;20;1'
	],
	'PAIS.csv': [
		'"CO_PAIS";"CO_PAIS_ISON3";"CO_PAIS_ISOA3";"NO_PAIS";"NO_PAIS_ING";"NO_PAIS_ESP"',
		'"249";"840";"USA";"Estados Unidos";"United States";"Estados Unidos"',
		'"023";"276";"DEU";"Alemanha";"Germany";"Alemania"',
		'"087";"056";"BEL";"Bélgica";"Belgium";"Bélgica"',
		'"995";"898";"ZZZ";"Provisão de Navios e Aeronaves";"Ship and Aircraft Provision";"Provisión"'
	]
};
const COMEX_CELLS = [
	'year,partner,sector,trade,ghm_oneway,ghm_hiit,ghm_viit_sup,ghm_viit_inf,ghm_unclassified,ff_oneway,ff_hiit,ff_viit_sup,ff_viit_inf,ff_unclassified,exports,imports,ghm_unclassified_outlier,ff_unclassified_outlier',
	'2022,BEL,machinery,5000,5000,0,0,0,0,5000,0,0,0,0,0,5000,0,0',
	'2022,DEU,footwear,40000,20000,0,20000,0,0,0,0,40000,0,0,30000,10000,0,0',
	'2022,USA,animal,300000,100000,200000,0,0,0,0,300000,0,0,0,200000,100000,0,0',
	''
].join('\n');

/** The Comex Stat drop as windows-1252 files in a fresh directory: EXP, IMP, PAIS paths. */
async function comexDrop(): Promise<string[]> {
	const dir = await tempDir();
	const files = Object.fromEntries(
		Object.entries(COMEX_FILES).map(([name, rows]) => [
			name,
			windows1252(rows.join('\r\n') + '\r\n')
		])
	);
	return writeFiles(dir, files);
}

/**
 * A hand-made `;` CSV with decimal commas, of no known format, every row Brazil's:
 *  USA 640399: X = 2 000,5 (10 u), M = 1 000 (10 u): R = 200.05 / 100 = 2.0005 > 1.15 → VIIT-sup;
 *              GHM one-way 1 000.5, VIIT-sup 2·1 000 = 2 000; FF (1 000 / 2 000.5 > θ) VIIT-sup 3 000.5.
 *  DEU 847130: X = 300 only ("E" is an export code) → one-way 300 in both.
 *  WLD: World, dropped.
 */
const CUSTOM_CSV = [
	'ano;pais;produto;fluxo;valor;quantidade',
	'2020;USA;640399;X;2.000,5;10',
	'2020;USA;640399;M;1000;10',
	'2020;DEU;847130;E;300;1',
	'2020;WLD;847130;X;999;1',
	''
].join('\n');
const CUSTOM_CELLS = [
	'year,partner,sector,trade,ghm_oneway,ghm_hiit,ghm_viit_sup,ghm_viit_inf,ghm_unclassified,ff_oneway,ff_hiit,ff_viit_sup,ff_viit_inf,ff_unclassified,exports,imports,ghm_unclassified_outlier,ff_unclassified_outlier',
	'2020,DEU,machinery,300,300,0,0,0,0,300,0,0,0,0,300,0,0,0',
	'2020,USA,footwear,3000.5,1000.5,0,2000,0,0,0,0,3000.5,0,0,2000.5,1000,0,0',
	''
].join('\n');
/** The mapping of CUSTOM_CSV as a user writes it by hand: columns only, no signature. */
const CUSTOM_MAPPING = {
	year: 0,
	partner: 1,
	product: 2,
	flow: 3,
	value: 4,
	quantity: 5,
	decimalComma: true
};

describe('cli classify: several files, archives, compression', () => {
	it('reads a Comex Stat drop (EXP_, IMP_, PAIS.csv) as one analysis, reporter Brazil', async () => {
		const { cells, log } = await classify(await comexDrop());
		expect(cells).toBe(COMEX_CELLS);
		// The companion is read first; every file with its role, container and encoding.
		expect(log).toContain('format comex-stat: values in USD');
		expect(log).toContain('imports valued FOB');
		expect(log).toContain('quantities net-weight in kg');
		// The encoding is not asserted: the ledger records it on the wrong file (property.test.ts).
		expect(log).toMatch(/file PAIS\.csv: companion comex-countries, plain, [\w-]+, 4 rows/);
		expect(log).toMatch(/file EXP_2022\.csv: comex-stat, exports, plain, utf-8, 4 rows/);
		expect(log).toMatch(/file IMP_2022\.csv: comex-stat, imports, plain, utf-8, 3 rows/);
		expect(log).toContain('rows read 7, used 6');
		expect(log).toMatch(/dropped aggregate-partner: 1 rows, 300 USD \(first: EXP_2022\.csv:5\)/);
		expect(log).toContain('reporters BRA, years 2022');
	});

	it('reads the drop without PAIS.csv through the built-in CO_PAIS list, asking for nothing', async () => {
		const [exp, imp] = await comexDrop();
		const { cells, log } = await classify([exp, imp]);
		expect(cells).toBe(COMEX_CELLS); // 249 USA, 023 DEU, 087 BEL, 995 no country: as PAIS.csv says
		expect(log).not.toContain('missing');
		expect(log).not.toContain('warning');
	});

	it('names a CO_PAIS code no list knows and asks for PAIS.csv', async () => {
		// IMP line 2: CO_PAIS 777, in no list, 100 000 USD: kept as BR777 and named.
		const rows = COMEX_FILES['IMP_2022.csv'].map((row) => row.replace('"249"', '"777"'));
		const dir = await tempDir();
		const [imp] = await writeFiles(dir, {
			'IMP_2022.csv': windows1252(rows.join('\r\n') + '\r\n')
		});
		const { log } = await classify([imp]);
		expect(log).toContain(
			'warning: country codes no table knows, kept as countries of their own and in no group: 777 (1 rows, 100,000 USD)'
		);
		expect(log).toMatch(/missing comex-countries: .*PAIS\.csv/);
	});

	it('reads the same drop from a zip, listing the entries it set aside', async () => {
		const zip = await makeZip([
			...Object.entries(COMEX_FILES).map(([path, rows]) => ({
				path,
				content: windows1252(rows.join('\n') + '\n')
			})),
			{ path: 'LEIAME.pdf', content: '%PDF-1.4' }
		]);
		const dir = await tempDir();
		const [path] = await writeFiles(dir, {
			'comex.zip': new Uint8Array(await zip.arrayBuffer())
		});
		const { cells, log } = await classify([path]);
		expect(cells).toBe(COMEX_CELLS);
		expect(log).toMatch(/file comex\.zip › EXP_2022\.csv: comex-stat, exports, zip/);
		expect(log).toMatch(/skipped comex\.zip › LEIAME\.pdf: document/);
	});

	it('reads a .gz file like the plain one', async () => {
		const dir = await tempDir();
		const [gz] = await writeFiles(dir, {
			'baci-small.csv.gz': makeGzip(readFileSync(BACI_SMALL))
		});
		const plain = await classify(['--reporter', 'BRA', BACI_SMALL]);
		const { cells, log } = await classify(['--reporter', 'BRA', gz]);
		expect(cells).toBe(plain.cells);
		expect(log).toMatch(/file baci-small\.csv\.gz: baci, gzip, utf-8, 10 rows/);
	});
});

describe('cli classify: the same cells as the app', () => {
	// The UI's download is cellsCsvLines over classifyKeys over readTradeFiles: the CLI must agree
	// byte for byte, with the same defaults.
	it.each([
		['the defaults', [] as string[]],
		['α 25%, θ 5%, CIF/FOB 1.1', ['--alpha', '0.25', '--theta', '0.05', '--cif-fob', '1.1']]
	])('on the BACI fixture with %s', async (_, flags) => {
		const { cells } = await classify(['--reporter', 'BRA', ...flags, BACI]);
		const settings = {
			alpha: Number(flags[1] ?? 0.15),
			theta: Number(flags[3] ?? 0.1),
			cifFobFactor: Number(flags[5] ?? 1)
		};
		const { keys } = await readTradeFiles(
			[{ name: 'BACI_HS17_Y2020_V202201.csv', blob: new Blob([readFileSync(BACI)]) }],
			{ format: 'auto', reporter: 'BRA', quantityBasis: 'auto', includeReExports: false }
		);
		const expected = [...cellsCsvLines(classifyKeys(keys, settings), 'BRA')].join('\n') + '\n';
		expect(cells.split('\n').length).toBeGreaterThan(3);
		expect(cells).toBe(expected);
	});
});

describe('cli classify --ledger', () => {
	it('writes the whole ledger as JSON, with skipped entries, files and the dataset facts', async () => {
		const dir = await tempDir();
		const ledgerPath = join(dir, 'ledger.json');
		await classify(['--reporter', 'BRA', '--ledger', ledgerPath, BACI_SMALL]);
		const json = JSON.parse(await readFile(ledgerPath, 'utf8')) as Ledger & {
			dataset: DatasetInfo;
		};
		// See test/cli/classify.test.ts: 10 rows read, 8 used; 537 000 USD read, 15 000 dropped.
		expect(json.rowsRead).toBe(10);
		expect(json.rowsUsed).toBe(8);
		expect(json.valueRead).toBe(537_000);
		expect(json.valueUsed).toBe(522_000);
		expect(json.drops).toEqual({
			'not-hs-product': {
				rows: 1,
				value: 5000,
				firstLines: [{ file: 'baci-small.csv', line: 9 }]
			},
			'other-reporter': {
				rows: 1,
				value: 10_000,
				firstLines: [{ file: 'baci-small.csv', line: 8 }]
			}
		});
		expect(json.skipped).toEqual([]);
		expect(json.files).toEqual([
			{
				name: 'baci-small.csv',
				format: 'baci',
				bytes: readFileSync(BACI_SMALL).length,
				container: 'plain',
				encoding: 'utf-8',
				rows: 10
			}
		]);
		expect(json.dataset).toMatchObject({
			format: 'baci',
			currency: 'USD',
			importValuation: 'FOB',
			valueUnitInFile: '1000 USD',
			quantityBasis: 'net-weight',
			quantityUnit: 't',
			reporters: ['BRA'],
			years: [2020, 2021]
		});
	});

	it('lists a zip entry set aside and the role of each file', async () => {
		const zip = await makeZip([
			...Object.entries(COMEX_FILES).map(([path, rows]) => ({
				path,
				content: windows1252(rows.join('\n') + '\n')
			})),
			{ path: 'LEIAME.pdf', content: '%PDF-1.4' }
		]);
		const dir = await tempDir();
		const [path] = await writeFiles(dir, {
			'comex.zip': new Uint8Array(await zip.arrayBuffer())
		});
		const ledgerPath = join(dir, 'ledger.json');
		await classify(['--ledger', ledgerPath, path]);
		const json = JSON.parse(await readFile(ledgerPath, 'utf8')) as Ledger;
		expect(json.skipped).toEqual([{ name: 'comex.zip › LEIAME.pdf', reason: 'document' }]);
		expect(json.files.map((f) => [f.name, f.format, f.container, f.role ?? null])).toEqual([
			['comex.zip › PAIS.csv', 'comex-countries', 'zip', null],
			['comex.zip › EXP_2022.csv', 'comex-stat', 'zip', 'exports'],
			['comex.zip › IMP_2022.csv', 'comex-stat', 'zip', 'imports']
		]);
	});
});

describe('cli classify --map and --map-guess', () => {
	it('reads a CSV of no known format through a hand-written mapping', async () => {
		const dir = await tempDir();
		const [csv, map] = await writeFiles(dir, {
			'comercio.csv': CUSTOM_CSV,
			'map.json': JSON.stringify(CUSTOM_MAPPING)
		});
		const { cells, log } = await classify(['--reporter', 'BRA', '--map', map, csv]);
		expect(cells).toBe(CUSTOM_CELLS);
		expect(log).toContain('format custom: values in USD (file: USD), imports valued FOB');
		expect(log).toMatch(/dropped world-partner: 1 rows, 999 USD/);
	});

	it('reads ISO3 partners as the tables know them: aggregates dropped, an unknown code named', async () => {
		// EUN and UNS are WITS' EU and "unspecified" (aggregate-partner, 50 + 70), TWN is BACI's
		// 490 (X 400, its own cell), ABC no table knows: kept (X 30), named in the ledger.
		const csv = [
			'ano;pais;produto;fluxo;valor;quantidade',
			'2020;EUN;640399;X;50;1',
			'2020;UNS;640399;X;70;1',
			'2020;TWN;847130;X;400;1',
			'2020;ABC;847130;X;30;1',
			''
		].join('\n');
		const dir = await tempDir();
		const [file, map] = await writeFiles(dir, {
			'comercio.csv': csv,
			'map.json': JSON.stringify(CUSTOM_MAPPING)
		});
		const { cells, log } = await classify(['--reporter', 'BRA', '--map', map, file]);
		expect(log).toMatch(/dropped aggregate-partner: 2 rows, 120 USD/);
		expect(log).toMatch(/country codes no table knows.*: ABC \(1 rows, 30 USD\)/);
		expect(cells.split('\n').slice(1, 3)).toEqual([
			'2020,490,machinery,400,400,0,0,0,0,400,0,0,0,0,400,0,0,0',
			'2020,ABC,machinery,30,30,0,0,0,0,30,0,0,0,0,30,0,0,0'
		]);
	});

	it('prints a guess that, saved and passed back with --map, gives the same cells', async () => {
		const dir = await tempDir();
		const [csv] = await writeFiles(dir, { 'comercio.csv': CUSTOM_CSV });
		const { stdout, log } = await classifyToStdout(['--map-guess', csv]);
		expect(log).toBe('');
		const guess = JSON.parse(stdout) as ColumnMapping & { header: string[] };
		expect(guess).toEqual({
			header: ['ano', 'pais', 'produto', 'fluxo', 'valor', 'quantidade'],
			signature: 'ano|pais|produto|fluxo|valor|quantidade',
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
			unit: -1,
			valueScale: 1,
			currency: 'USD',
			importValuation: 'FOB',
			decimalComma: true
		});
		const map = join(dir, 'map.json');
		await writeFile(map, stdout);
		const { cells } = await classify(['--reporter', 'BRA', '--map', map, csv]);
		expect(cells).toBe(CUSTOM_CELLS);
	});

	it('says so when --map-guess is given a file of a known format', async () => {
		const { stdout, log } = await classifyToStdout(['--map-guess', BACI_SMALL]);
		expect(log).toContain('baci-small.csv is baci: it is read without a mapping');
		expect(JSON.parse(stdout)).toMatchObject({ header: ['t', 'i', 'j', 'k', 'v', 'q'], year: 0 });
	});

	it('refuses a mapping made for another header, naming both', async () => {
		const dir = await tempDir();
		const [csv, map] = await writeFiles(dir, {
			'comercio.csv': CUSTOM_CSV,
			'map.json': JSON.stringify({ ...CUSTOM_MAPPING, signature: 'year|country|hs|value' })
		});
		await expect(classify(['--reporter', 'BRA', '--map', map, csv])).rejects.toThrow(
			/made for the header "year\|country\|hs\|value", not for this file's "ano\|pais\|produto\|fluxo\|valor\|quantidade"/
		);
	});

	it.each([
		['{"year": 0,', /the mapping is not JSON/],
		['[0, 1]', /must be a JSON object/],
		['{"year": "ano"}', /"year" must be a column index \(0-based\) or -1, got "ano"/],
		['{"year": 0, "partnr": 1}', /unknown key\(s\) partnr/],
		['{"currency": "BRL"}', /"currency" must be "USD" or "EUR"/],
		['{"valueScale": 0}', /"valueScale" must be a positive number/]
	])('refuses the mapping file %s', async (content, message) => {
		const dir = await tempDir();
		const [csv, map] = await writeFiles(dir, { 'comercio.csv': CUSTOM_CSV, 'map.json': content });
		await expect(classify(['--reporter', 'BRA', '--map', map, csv])).rejects.toThrow(message);
	});

	it('needs --reporter when the mapping has no reporter column', async () => {
		const dir = await tempDir();
		const [csv, map] = await writeFiles(dir, {
			'comercio.csv': CUSTOM_CSV,
			'map.json': JSON.stringify(CUSTOM_MAPPING)
		});
		await expect(classify(['--map', map, csv])).rejects.toThrow(
			/the mapping \(map\.json\) has no reporter column: name the reporter with --reporter/
		);
	});
});

describe('cli main: errors', () => {
	it('a bad --format: one error line, the usage, exit 2', async () => {
		const { code, stderr } = await runMain(['classify', '--format', 'xlsx', BACI_SMALL]);
		expect(code).toBe(2);
		const [first, ...usage] = stderr.trim().split('\n');
		expect(first).toBe(
			'error: --format must be one of auto, baci, comtrade-plus, comtrade-legacy, comex-stat, comext, wits, trade-map, custom (got "xlsx")'
		);
		expect(usage[0]).toMatch(/^usage: npm run cli -- classify/);
	}, 30_000);

	it('a broken mapping file: one line naming it, exit 1, no stack trace', async () => {
		const dir = await tempDir();
		const [csv, map] = await writeFiles(dir, {
			'comercio.csv': CUSTOM_CSV,
			'map.json': '{\n  "year": 0,\n'
		});
		const { code, stderr } = await runMain(['classify', '--reporter', 'BRA', '--map', map, csv]);
		expect(code).toBe(1);
		const lines = stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^error: map\.json: the mapping is not JSON/);
		expect(lines[0]).not.toMatch(/\bat .*\.ts:\d+/);
	}, 30_000);
});
