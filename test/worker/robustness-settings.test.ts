/**
 * The app's robustness options reach the worker: settings set as a link sets them
 * (`uv=quantile:0.05`, `lvl=hs4`) give classifySettings that the worker API classifies by.
 * The keys are the footwear keys of test/engine/classify/robustness.test.ts, as a BACI file
 * (values in thousands of USD, so every amount below is that test's × 1000).
 */
import { describe, expect, it } from 'vitest';
import type { Cell, ReadOptions } from '../../src/lib/engine/model/types';
import { AnalysisSettings } from '../../src/lib/state/settings.svelte';
import { readSearch } from '../../src/lib/state/url-state';
import { createAnalysisApi } from '../../src/lib/worker/analysis-api';
import { unwrapOutcome } from '../../src/lib/worker/wire-error';

/**
 * Brazil (76) with, in 2019 (X / qX, M / qM; R = UVx / UVm):
 *   A USA (842) 640399 100/10, 50/5   R = 1    HIIT
 *   B ARG (32)  640399  30/1,  10/1   R = 3    VIIT-sup
 *   C DEU (276) 640399  12/1,  10/1   R = 1.2  VIIT-sup at α 15 %
 *   E CHN (156) 640399   4/1,  20/2   R = 0.4  VIIT-inf
 *   G USA (842) 640391   0,    30/3   one-way; at HS4 it meets A: X 100/10, M 80/8, R = 1
 */
const BACI = [
	't,i,j,k,v,q',
	'2019,76,842,640399,100,10',
	'2019,842,76,640399,50,5',
	'2019,76,32,640399,30,1',
	'2019,32,76,640399,10,1',
	'2019,76,276,640399,12,1',
	'2019,276,76,640399,10,1',
	'2019,76,156,640399,4,1',
	'2019,156,76,640399,20,2',
	'2019,842,76,640391,30,3'
].join('\n');

const OPTIONS: ReadOptions = {
	format: 'auto',
	reporter: 'BRA',
	quantityBasis: 'reported',
	includeReExports: false
};

async function classifyWith(search: string): Promise<Cell[]> {
	const api = createAnalysisApi();
	unwrapOutcome(await api.read([new File([BACI], 'footwear-baci.csv')], OPTIONS));
	const settings = new AnalysisSettings();
	Object.assign(settings, readSearch(search));
	return unwrapOutcome(await api.classify(settings.classifySettings));
}

function footwear(cells: Cell[], partner: string): Cell {
	const found = cells.find((cell) => cell.partner === partner && cell.sector === 'footwear');
	if (!found) throw new Error(`no footwear cell for ${partner}`);
	return found;
}

const sum = (cells: Cell[], pick: (cell: Cell) => number) =>
	cells.reduce((total, cell) => total + pick(cell), 0);

describe('the unit-value screen set in the app', () => {
	it('moves the outliers’ trade into “unclassified — unit-value outlier”', async () => {
		const paper = await classifyWith('');
		expect(sum(paper, (cell) => cell.ghm.outlier + cell.ff.outlier)).toBe(0);
		expect(footwear(paper, 'ARG').ghm.viitSup).toBe(20_000);
		expect(footwear(paper, 'CHN').ff.viitInf).toBe(24_000);

		// Group (2019, 640399): UVs 4 10 10 10 10 10 12 30; Q(0.05) = 4 + 0.35·6 = 6.1 and
		// Q(0.95) = 12 + 0.65·18 = 23.7, so E's export (4) and B's (30) are outliers.
		const screened = await classifyWith('uv=quantile:0.05');
		const arg = footwear(screened, 'ARG');
		const chn = footwear(screened, 'CHN');
		// GHM: B's overlap 2·10 and E's 2·4; FF: B's two-way 40 and E's 24.
		expect([arg.ghm.outlier, arg.ghm.viitSup, arg.ff.outlier, arg.ff.viitSup]).toEqual([
			20_000, 0, 40_000, 0
		]);
		expect([chn.ghm.outlier, chn.ghm.viitInf, chn.ff.outlier, chn.ff.viitInf]).toEqual([
			8_000, 0, 24_000, 0
		]);
		expect(sum(screened, (cell) => cell.ghm.outlier)).toBe(28_000);
		expect(sum(screened, (cell) => cell.ff.outlier)).toBe(64_000);
		// A and C are not screened; nothing is lost: trade is the same in every cell.
		expect(footwear(screened, 'USA').ghm.hiit).toBe(100_000);
		expect(footwear(screened, 'DEU').ghm.viitSup).toBe(20_000);
		expect(screened.map((cell) => cell.trade)).toEqual(paper.map((cell) => cell.trade));
	});
});

describe('the classification level set in the app', () => {
	it('classifies A and G together at HS4', async () => {
		const paper = footwear(await classifyWith(''), 'USA');
		// HS6: A one-way 50, HIIT 100; G one-way 30. FF: A HIIT 150, G one-way 30.
		expect([paper.ghm.oneWay, paper.ghm.hiit, paper.ff.oneWay, paper.ff.hiit]).toEqual([
			80_000, 100_000, 30_000, 150_000
		]);
		const hs4 = footwear(await classifyWith('lvl=hs4'), 'USA');
		// 6403: X 100, M 80, R = 1: one-way 20, overlap 160; FF two-way 180.
		expect([hs4.ghm.oneWay, hs4.ghm.hiit, hs4.ff.oneWay, hs4.ff.hiit]).toEqual([
			20_000, 160_000, 0, 180_000
		]);
	});
});
