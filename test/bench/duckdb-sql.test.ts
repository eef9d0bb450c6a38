/**
 * The DuckDB SQL of the benchmark (bench/duckdb-sql.ts) computes what the engine computes: on a
 * hand-made BACI file against cells worked out by hand, and on a small generated world file
 * against readTradeFiles + classifyKeys. This guards the SQL, not the speed (no timing here).
 */
import { openAsBlob } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCells, parseCellsCsv } from '../../bench/duckdb-compare';
import { duckdbStatements } from '../../bench/duckdb-sql';
import { generateBaciFile } from '../../bench/generate-baci';
import { readTradeFiles } from '../../src/lib/engine/read/analyze';
import { cellsToCsv } from '../../src/lib/engine/views/cells-csv';
import { classifyKeys } from '../../src/lib/engine/classify/classify';

const PAPER = { alpha: 0.15, theta: 0.1 };

let folder = '';
beforeAll(async () => {
	folder = await mkdtemp(join(tmpdir(), 'duckdb-sql-'));
});
afterAll(async () => {
	await rm(folder, { recursive: true, force: true });
});

/** Runs the benchmark's statements in-process on `file`; returns the cells CSV text. */
async function duckdbCells(file: string, name: string): Promise<string> {
	const out = join(folder, `${name}.duckdb.csv`);
	const instance = await DuckDBInstance.create(':memory:');
	const connection = await instance.connect();
	try {
		const job = { file, out, reporter: 'BRA', threads: 2, ...PAPER };
		for (const statement of duckdbStatements(job)) await connection.run(statement);
	} finally {
		connection.closeSync();
		instance.closeSync();
	}
	return readFile(out, 'utf8');
}

/** The engine's cells CSV for Brazil, as the CLI writes it. */
async function engineCells(file: string): Promise<string> {
	const blob = await openAsBlob(file);
	const { keys } = await readTradeFiles([{ name: 'world.csv', blob }], {
		format: 'auto',
		reporter: 'BRA',
		quantityBasis: 'reported',
		includeReExports: false
	});
	return cellsToCsv(classifyKeys(keys, { ...PAPER, cifFobFactor: 1 }), 'BRA');
}

// Brazil is 76, Argentina 32, Australia 36. v is thousand USD. Bands: GHM [0.85, 1.15],
// FF [1/1.15 = 0.869565…, 1.15]; two-way when min/max > 0.1.
const HAND_FILE = `t,i,j,k,v,q
2022,76,32,10121,100,10
2022,32,76,10121,90,10
2022,76,32,20110,200,1
2022,32,76,20110,100,1
2022,76,32,30110,10,10
2022,32,76,30110,50,10
2022,76,32,40110,100,NA
2022,32,76,40110,100,5
2022,76,32,50110,100,1
2022,32,76,50110,5,1
2022,76,32,60110,7,
2022,76,32,70110,86,100
2022,32,76,70110,100,100
2022,76,32,80110,50,5
2022,76,32,80110,50,NA
2022,32,76,80110,100,10
2022,76,697,10121,999,1
2022,76,76,10121,5,1
2022,32,36,10121,5,1
2022,36,76,10121,3,1
2022,76,32,10121,0,1
2022,76,380,10121,40,4
2022,380,76,10121,40,4
2022,76,32,980110,50,5
2022,32,76,990110,50,5
`;

/**
 * Worked by hand, in USD (header order: trade, GHM one-way/HIIT/sup/inf/unclassified, FF the same,
 * then X, M and the two outlier sums, 0 without the screen). ARG animal X 510 000, M 345 000;
 * ARG vegetable X 193 000, M 200 000.
 * ARG animal (chapters 01–05):
 *   010121 X 100 000, M 90 000, R = 10 000 / 9 000 = 1.11: GHM one-way 10 000, HIIT 180 000; FF HIIT 190 000
 *   020110 X 200 000, M 100 000, R = 2: GHM one-way 100 000, sup 200 000; FF (0.5 > 0.1) sup 300 000
 *   030110 X 10 000, M 50 000, R = 1 000 / 5 000 = 0.2: GHM one-way 40 000, inf 20 000; FF inf 60 000
 *   040110 X 100 000 (q NA), M 100 000: GHM unclassified 200 000; FF two-way unclassified 200 000
 *   050110 X 100 000, M 5 000, R = 20: GHM one-way 95 000, sup 10 000; FF (0.05 ≤ 0.1) one-way 105 000
 *   trade 190 000 + 300 000 + 60 000 + 200 000 + 105 000 = 855 000
 * ARG vegetable (06–15):
 *   060110 X 7 000 only (q blank): one-way 7 000 in both
 *   070110 X 86 000, M 100 000, R = 860 / 1 000 = 0.86: GHM (≥ 0.85) one-way 14 000, HIIT 172 000;
 *          FF (< 0.8696) inf 186 000
 *   080110 X 50 000 + 50 000 with one q NA: qX missing for good, M 100 000: unclassified 200 000 in both
 *   trade 7 000 + 186 000 + 200 000 = 393 000
 * AUS animal: M 3 000 only: one-way 3 000 in both.
 * ITA animal (380, BACI's code for Italy since V202301): 010121 X 40 000, M 40 000, R = 1: HIIT 80 000 in both.
 * Dropped: partner 697 (an area "nes"), BRA → BRA, ARG → AUS (no Brazil), a zero value, and
 * 980110 and 990110 (chapters 98 and 99 are no HS product).
 */
const HAND_CELLS = new Map<string, number[]>([
	[
		'2022,ARG,animal',
		[
			855_000, 245_000, 180_000, 210_000, 20_000, 200_000, 105_000, 190_000, 300_000, 60_000,
			200_000, 510_000, 345_000, 0, 0
		]
	],
	[
		'2022,ARG,vegetable',
		[393_000, 21_000, 172_000, 0, 0, 200_000, 7_000, 0, 0, 186_000, 200_000, 193_000, 200_000, 0, 0]
	],
	['2022,AUS,animal', [3_000, 3_000, 0, 0, 0, 0, 3_000, 0, 0, 0, 0, 0, 3_000, 0, 0]],
	['2022,ITA,animal', [80_000, 0, 80_000, 0, 0, 0, 0, 80_000, 0, 0, 0, 40_000, 40_000, 0, 0]]
]);

describe('the DuckDB SQL of the benchmark', () => {
	it('gives the hand-worked cells of a small BACI file, as the engine does', async () => {
		const file = join(folder, 'hand.csv');
		await writeFile(file, HAND_FILE);
		const duckdb = parseCellsCsv(await duckdbCells(file, 'hand'));
		const engine = parseCellsCsv(await engineCells(file));
		for (const cells of [duckdb, engine]) {
			expect([...cells.keys()].sort()).toEqual([...HAND_CELLS.keys()].sort());
			for (const [key, sums] of HAND_CELLS) expect(cells.get(key), key).toEqual(sums);
		}
	});

	it('agrees with readTradeFiles + classifyKeys on a generated world file, cell by cell', async () => {
		const file = join(folder, 'world.csv');
		await generateBaciFile(file, { rows: 150_000, seed: 7, reporter: 76, years: [2021, 2022] });
		const duckdb = parseCellsCsv(await duckdbCells(file, 'world'));
		const engine = parseCellsCsv(await engineCells(file));
		const agreement = compareCells(engine, duckdb);
		expect(agreement.mismatches).toEqual([]);
		expect(agreement.compared).toBe(engine.size);
		expect(duckdb.size).toBe(engine.size);
		// The file must exercise every class of both methods, or the agreement proves little.
		// Trade, the ten classes, X and M; no unit-value screen, so no outliers.
		const totals = new Array<number>(15).fill(0);
		for (const sums of engine.values()) sums.forEach((sum, c) => (totals[c] += sum));
		expect(
			totals.map((total) => total > 0),
			totals.join()
		).toEqual([...new Array(13).fill(true), false, false]);
		expect(new Set([...engine.keys()].map((key) => key.split(',')[0]))).toEqual(
			new Set(['2021', '2022'])
		);
	});
});

describe('the comparison of two cells CSVs', () => {
	const header =
		'year,partner,sector,trade,ghm_oneway,ghm_hiit,ghm_viit_sup,ghm_viit_inf,ghm_unclassified,ff_oneway,ff_hiit,ff_viit_sup,ff_viit_inf,ff_unclassified,exports,imports,ghm_unclassified_outlier,ff_unclassified_outlier';
	const ours = parseCellsCsv(`${header}\n2022,ARG,animal,100,10,90,0,0,0,100,0,0,0,0,55,45,0,0\n`);

	it('accepts sums within 1e-9 relative and names those further apart', () => {
		// 100 · (1 + 5e-10) is within the tolerance; 90 · (1 + 2e-9) is not.
		const close = parseCellsCsv(
			`${header}\n2022,ARG,animal,100.00000005,10,90,0,0,0,100,0,0,0,0,55,45,0,0\n`
		);
		expect(compareCells(ours, close).mismatchCount).toBe(0);
		const far = parseCellsCsv(
			`${header}\n2022,ARG,animal,100,10,90.00000018,0,0,0,100,0,0,0,0,55,45,0,0\n`
		);
		expect(compareCells(ours, far).mismatches).toEqual([
			'2022,ARG,animal ghm_hiit: 90 vs 90.00000018'
		]);
	});

	it('counts cells found on one side only', () => {
		const other = parseCellsCsv(
			`${header}\n2022,AUS,animal,100,10,90,0,0,0,100,0,0,0,0,55,45,0,0\n`
		);
		const agreement = compareCells(ours, other);
		expect(agreement.compared).toBe(0);
		expect(agreement.mismatches).toEqual([
			'2022,ARG,animal: only in the first output',
			'2022,AUS,animal: only in the second output'
		]);
	});
});
