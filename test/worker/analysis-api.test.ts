/**
 * The worker API called directly in Node (no worker): read → classify → reclassify
 * with another α must reuse the kept keys, never re-read the files. Numbers are the
 * hand-worked ones of test/e2e/baci-small.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as analyze from '../../src/lib/engine/read/analyze';
import { AbortError, TradeFileError } from '../../src/lib/engine/model/errors';
import type { ProductQuery } from '../../src/lib/engine/model/queries';
import { ALL_PARTNERS, ALL_PRODUCTS, type Selection } from '../../src/lib/engine/model/selection';
import type {
	Cell,
	ClassifySettings,
	Progress,
	ReadOptions
} from '../../src/lib/engine/model/types';
import { createAnalysisApi } from '../../src/lib/worker/analysis-api';
import { KeysLostError } from '../../src/lib/worker/bridge';
import { AnalysisClient } from '../../src/lib/worker/client';
import { errorFromWire, errorToWire, unwrapOutcome } from '../../src/lib/worker/wire-error';
import { nodeWorkerFactory } from './node-worker';

vi.mock('../../src/lib/engine/read/analyze', async (importOriginal) => {
	const original = await importOriginal<typeof analyze>();
	return { ...original, readTradeFiles: vi.fn(original.readTradeFiles) };
});

const BACI = [
	't,i,j,k,v,q',
	'2020,76,842,640399,200,10',
	'2020,842,76,640399,100,10',
	'2020,76,842,847130,50,1',
	'2020,842,76,847130,60,1',
	'2020,76,276,20130,30,3',
	'2020,276,76,20130,2,NA',
	'2021,76,276,847130,40,2',
	'2021,276,76,847130,40,2'
].join('\n');

const OPTIONS: ReadOptions = {
	format: 'auto',
	reporter: 'BRA',
	quantityBasis: 'reported',
	includeReExports: false
};
const AT_15: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const AT_25: ClassifySettings = { ...AT_15, alpha: 0.25 };

function cell(cells: Cell[], year: number, partner: string, sector: string): Cell {
	const found = cells.find((c) => c.year === year && c.partner === partner && c.sector === sector);
	if (!found) throw new Error(`no cell ${year} ${partner} ${sector}`);
	return found;
}

describe('createAnalysisApi', () => {
	it('reads once, then reclassifies the kept keys for another α', async () => {
		const readSpy = vi.mocked(analyze.readTradeFiles);
		readSpy.mockClear();
		const api = createAnalysisApi();
		const progress: Progress[] = [];

		const summary = unwrapOutcome(
			await api.read([new File([BACI], 'tiny-baci.csv')], OPTIONS, (p) => progress.push(p))
		);
		expect(summary).not.toHaveProperty('keys'); // the keys stay in the worker
		expect(summary.info).toMatchObject({ format: 'baci', importValuation: 'FOB' });
		expect(summary.ledger.rowsRead).toBe(8);
		expect(summary.ledger.files[0].name).toBe('tiny-baci.csv');

		const at15 = unwrapOutcome(await api.classify(AT_15));
		const machinery15 = cell(at15, 2020, 'USA', 'machinery');
		expect(machinery15.ghm.viitInf).toBe(100_000);
		expect(machinery15.ff.viitInf).toBe(110_000);

		const at25 = unwrapOutcome(await api.classify(AT_25));
		const machinery25 = cell(at25, 2020, 'USA', 'machinery');
		expect(machinery25.ghm.hiit).toBe(100_000);
		expect(machinery25.ff.hiit).toBe(110_000);
		expect(readSpy).toHaveBeenCalledTimes(1);

		const csv = unwrapOutcome(await api.cellsCsv(AT_25, 'BRA'));
		expect(csv.split('\n')[0]).toMatch(/^year,partner,sector,trade,/);
		expect(csv).toContain('2020,USA,machinery,110000,10000,100000,0,0,0,0,110000,0,0,0');
		expect(readSpy).toHaveBeenCalledTimes(1);
	});

	it('refuses to classify before anything was read', async () => {
		const outcome = await createAnalysisApi().classify(AT_15);
		expect(outcome).toMatchObject({ ok: false, error: { kind: 'other', name: 'NoKeysError' } });
	});

	it('returns engine errors as plain data with code, file and place', async () => {
		const outcome = await createAnalysisApi().read(
			[{ name: 'empty.csv', blob: new Blob([]) }],
			OPTIONS
		);
		expect(outcome.ok).toBe(false);
		if (outcome.ok) return;
		// What crosses the worker boundary must survive structured clone unchanged.
		expect(structuredClone(outcome.error)).toEqual(outcome.error);
		expect(outcome.error).toMatchObject({ kind: 'trade', code: 'empty-file', file: 'empty.csv' });
		expect(() => unwrapOutcome(outcome)).toThrow(TradeFileError);
	});

	it('forgets the keys of a failed read', async () => {
		const api = createAnalysisApi();
		unwrapOutcome(await api.read([new File([BACI], 'tiny-baci.csv')], OPTIONS));
		await api.read([{ name: 'empty.csv', blob: new Blob([]) }], OPTIONS);
		expect((await api.classify(AT_15)).ok).toBe(false);
	});
});

// The keys of BACI above (BRA, values × 1000 USD):
//   2020 USA 640399: X = 200 000 (q 10), M = 100 000 (q 10): R = 2, T = 300 000
//   2020 USA 847130: X = 50 000 (q 1), M = 60 000 (q 1): R = 5/6 ≈ 0.833, T = 110 000
//   2020 DEU 020130: X = 30 000 (q 3), M = 2 000 (no q): R undefined, T = 32 000
//   2021 DEU 847130: X = 40 000 (q 2), M = 40 000 (q 2): R = 1, T = 80 000
const YEARS_2020_2021: Selection = {
	reporter: 'BRA',
	yearFrom: 2020,
	yearTo: 2021,
	partners: ALL_PARTNERS,
	scope: ALL_PRODUCTS
};
const CHAPTER_84 = { sectors: null, chapters: [84] };
const BY_TRADE: ProductQuery = {
	selection: YEARS_2020_2021,
	search: '',
	searchPartners: [],
	sort: 'trade',
	descending: true,
	offset: 0,
	limit: 2
};

async function readTiny() {
	const api = createAnalysisApi();
	unwrapOutcome(await api.read([new File([BACI], 'tiny-baci.csv')], OPTIONS));
	return api;
}

describe('createAnalysisApi: the view queries', () => {
	it('classifies over a product scope, caching by settings and scope', async () => {
		const api = await readTiny();
		const machinery = unwrapOutcome(await api.classify(AT_15, CHAPTER_84));
		expect(machinery.map((c) => [c.year, c.partner, c.sector, c.trade])).toEqual([
			[2020, 'USA', 'machinery', 110_000],
			[2021, 'DEU', 'machinery', 80_000]
		]);
		// Same settings, no scope: every sector again (the cache must not answer with the scoped cells).
		const all = unwrapOutcome(await api.classify(AT_15));
		expect(all.map((c) => c.sector)).toEqual(['animal', 'footwear', 'machinery', 'machinery']);
		// The quality sums of 2020 USA footwear: T = 300 000, ln R = ln 2
		expect(cell(all, 2020, 'USA', 'footwear').quality.weight).toBe(300_000);
		expect(cell(all, 2020, 'USA', 'footwear').quality.sum).toBeCloseTo(300_000 * Math.LN2, 6);
		// A basket is part of the scope too: footwear alone, then everything again.
		const basket = unwrapOutcome(
			await api.classify(AT_15, { sectors: null, chapters: null, basket: ['6403*'] })
		);
		expect(basket.map((c) => c.sector)).toEqual(['footwear']);
		expect(unwrapOutcome(await api.classify(AT_15))).toBe(all);
		// The CSV covers all products even right after a scoped classification.
		unwrapOutcome(await api.classify(AT_15, CHAPTER_84));
		expect(unwrapOutcome(await api.cellsCsv(AT_15, 'BRA'))).toContain('2020,USA,footwear,300000,');
	});

	it('keeps the last three classifications (Table 5 asks for two α beside the one in use)', async () => {
		const api = await readTiny();
		const at15 = unwrapOutcome(await api.classify(AT_15));
		const at25 = unwrapOutcome(await api.classify(AT_25));
		// Asked again: the very same cells, not a new classification.
		expect(unwrapOutcome(await api.classify(AT_15))).toBe(at15);
		expect(unwrapOutcome(await api.classify(AT_25))).toBe(at25);
		// Two more settings push the oldest (α = 15 %) out; α = 25 % is still kept.
		unwrapOutcome(await api.classify({ ...AT_15, alpha: 0.2 }));
		unwrapOutcome(await api.classify({ ...AT_15, alpha: 0.3 }));
		expect(unwrapOutcome(await api.classify(AT_25))).toBe(at25);
		expect(unwrapOutcome(await api.classify(AT_15))).not.toBe(at15);
		expect(unwrapOutcome(await api.classify(AT_15))).toEqual(at15);
	});

	it('answers a page of products with totals over all matches', async () => {
		const api = await readTiny();
		const page = unwrapOutcome(await api.products(AT_15, BY_TRADE));
		expect(page.total).toBe(4);
		expect(page.rows.map((row) => [row.year, row.partner, row.product])).toEqual([
			[2020, 'USA', '640399'],
			[2020, 'USA', '847130']
		]);
		// 640399: UVx = 200 000 / 10 = 20 000, UVm = 10 000, R = 2 > 1.15, GL = 200 000 / 300 000
		expect(page.rows[0]).toMatchObject({ uvx: 20_000, uvm: 10_000, r: 2, ghm: 'viit-sup' });
		expect(page.rows[0].gl).toBeCloseTo(2 / 3, 15);
		// 300 000 + 110 000 + 32 000 + 80 000 = 522 000
		expect(page.totals).toMatchObject({ exports: 320_000, imports: 202_000, trade: 522_000 });
		expect(structuredClone(page)).toEqual(page); // plain data: it crosses the worker boundary
	});

	it('answers the threshold sensitivity of a selection', async () => {
		const api = await readTiny();
		const result = unwrapOutcome(await api.sensitivity(AT_15, YEARS_2020_2021));
		expect(result.trade).toBe(522_000);
		// GHM HIIT: at α = 0.15 only 2021's overlap 80 000; at α = 0.20, 5/6 ≥ 0.8 adds 2020 847130's 100 000
		expect(result.ghmByAlpha.hiit[result.alphas.indexOf(0.15)]).toBeCloseTo(80_000 / 522_000, 15);
		expect(result.ghmByAlpha.hiit[result.alphas.indexOf(0.2)]).toBeCloseTo(180_000 / 522_000, 15);
	});

	it('answers the class stability of a selection (METHODS 7.5)', async () => {
		const api = await readTiny();
		// No (partner, product) of 2020 trades in 2021: the pair is there, with nothing to compare.
		const none = unwrapOutcome(await api.stability(AT_15, YEARS_2020_2021));
		expect(none.yearPairs).toEqual([{ from: 2020, to: 2021 }]);
		expect(none.ghm.keyPairs).toBe(0);
		expect(none.ghm.stableShare).toBeNaN();

		// USA 847130 again in 2021: R = 55/50 = 1.1 (HIIT) after 2020's 5/6 (VIIT-inf), T = 105 000.
		const more = createAnalysisApi();
		const rows = [BACI, '2021,76,842,847130,55,1', '2021,842,76,847130,50,1'].join('\n');
		unwrapOutcome(await more.read([new File([rows], 'tiny-baci.csv')], OPTIONS));
		const result = unwrapOutcome(await more.stability(AT_15, YEARS_2020_2021));
		const { ghm, ff } = result;
		expect(ghm.weights[ghm.classes.indexOf('viit-inf')][ghm.classes.indexOf('hiit')]).toBe(105_000);
		expect(ff.weights[ff.classes.indexOf('viit-inf')][ff.classes.indexOf('hiit')]).toBe(105_000);
		expect([ghm.weight, ghm.stableShare, ff.keyPairs]).toEqual([105_000, 0, 1]);
		expect(structuredClone(result)).toEqual(result);
	});

	it('answers the marginal IIT sums between two years', async () => {
		const api = await readTiny();
		const cells = unwrapOutcome(
			await api.marginal({
				reporter: 'BRA',
				yearA: 2020,
				yearB: 2021,
				selection: { scope: ALL_PRODUCTS }
			})
		);
		// Products of one year only: every change is that year's flows, with the sign of its side.
		expect(cells.map((c) => [c.partner, c.sector, c.dx, c.dm, c.absDiff, c.gross])).toEqual([
			['DEU', 'animal', -30_000, -2_000, 28_000, 32_000],
			['DEU', 'machinery', 40_000, 40_000, 0, 80_000],
			['USA', 'footwear', -200_000, -100_000, 100_000, 300_000],
			['USA', 'machinery', -50_000, -60_000, 10_000, 110_000]
		]);
	});

	it('refuses the view queries before anything was read, and reports bad queries', async () => {
		const api = createAnalysisApi();
		const noKeys = { ok: false, error: { kind: 'other', name: 'NoKeysError' } };
		expect(await api.products(AT_15, BY_TRADE)).toMatchObject(noKeys);
		expect(await api.sensitivity(AT_15, YEARS_2020_2021)).toMatchObject(noKeys);
		expect(await api.stability(AT_15, YEARS_2020_2021)).toMatchObject(noKeys);
		const marginal = {
			reporter: 'BRA',
			yearA: 2020,
			yearB: 2021,
			selection: { scope: ALL_PRODUCTS }
		};
		expect(await api.marginal(marginal)).toMatchObject(noKeys);
		const read = await readTiny();
		const backwards = await read.marginal({ ...marginal, yearA: 2021, yearB: 2020 });
		expect(backwards).toMatchObject({ ok: false, error: { name: 'RangeError' } });
	});
});

describe('AnalysisClient: the view queries through a real worker', () => {
	let client: AnalysisClient | null = null;
	afterEach(() => client?.terminate());

	it('round-trips classify with a scope, products, sensitivity and marginal', async () => {
		client = new AnalysisClient(nodeWorkerFactory());
		await expect(client.products(AT_15, BY_TRADE)).rejects.toBeInstanceOf(KeysLostError);
		await client.read([{ name: 'tiny-baci.csv', blob: new Blob([BACI]) }], OPTIONS);
		const cells = await client.classify(AT_15, CHAPTER_84, {
			signal: new AbortController().signal
		});
		expect(cells.map((c) => c.trade)).toEqual([110_000, 80_000]);
		const page = await client.products(AT_15, { ...BY_TRADE, sort: 'r', descending: false });
		// R ascending: 5/6, 1, 2, then the undefined one (NaN survives the trip)
		expect(page.rows.map((row) => row.product)).toEqual(['847130', '847130']);
		expect((await client.products(AT_15, { ...BY_TRADE, offset: 3 })).rows[0].r).toBeNaN();
		expect((await client.sensitivity(AT_15, YEARS_2020_2021)).trade).toBe(522_000);
		expect((await client.stability(AT_15, YEARS_2020_2021)).ff.stableShare).toBeNaN();
		const marginal = await client.marginal({
			reporter: 'BRA',
			yearA: 2020,
			yearB: 2021,
			selection: { scope: CHAPTER_84 }
		});
		expect(marginal.map((c) => c.partner)).toEqual(['DEU', 'USA']);
	}, 60_000);
});

describe('wire errors', () => {
	it('carry a TradeFileError through structured clone with every field', () => {
		const original = new TradeFileError('missing-column', 'no v', 'a.csv', 1, 'v', {
			header: 't,i,j,k'
		});
		const back = errorFromWire(structuredClone(errorToWire(original)));
		expect(back).toBeInstanceOf(TradeFileError);
		expect(back).toMatchObject({
			code: 'missing-column',
			message: 'no v',
			file: 'a.csv',
			line: 1,
			column: 'v',
			details: { header: 't,i,j,k' }
		});
	});

	it('turn an AbortError back into an AbortError and anything else into a named Error', () => {
		expect(errorFromWire(errorToWire(new AbortError()))).toBeInstanceOf(AbortError);
		const other = errorFromWire(errorToWire(new RangeError('bad')));
		expect(other).toMatchObject({ name: 'RangeError', message: 'bad' });
		expect(errorFromWire(errorToWire('a string'))).toMatchObject({ message: 'a string' });
	});
});

describe('createAnalysisApi: Aquino Q of the table rows (METHODS 7.3)', () => {
	// USA 2020: X 250 000, M 160 000, T 410 000; scales 410/500 and 410/320:
	//   |X*−M*| = |164 000 − 128 125| + |41 000 − 76 875| = 71 750, Q = 1 − 71 750/410 000 = 33/40;
	//   no USA key in 2021, so the mean is that year's. DEU: one key each year, Q = 1 both years.
	// Total 2020: X 280 000, M 162 000, T 442 000; scales 221/280 and 221/162:
	//   |X*−M*| = 12 155 000/567 + 24 033 750/567 + 11 878 750/567 = 48 067 500/567,
	//   Q = 1 − 145/756 = 611/756; 2021 one key, Q = 1; mean (611/756 + 1)/2 = 1367/1512.
	it('answers Q per partner and for the total, by hand', async () => {
		const api = await readTiny();
		const q = unwrapOutcome(await api.aquinoQ(AT_15, YEARS_2020_2021, { kind: 'partner' }));
		expect(q.USA).toBeCloseTo(33 / 40, 14);
		expect(q.DEU).toBeCloseTo(1, 14);
		expect(q.total).toBeCloseTo(1367 / 1512, 14);
		expect(q.others).toBeUndefined();
	});

	it('answers Q of the rows folded into Others, pooled: both partners pooled are the total', async () => {
		const api = await readTiny();
		const partner = { kind: 'partner' } as const;
		const q = unwrapOutcome(await api.aquinoQ(AT_15, YEARS_2020_2021, partner, ['USA', 'DEU']));
		expect(q.others).toBeCloseTo(1367 / 1512, 14);
		const deu = unwrapOutcome(await api.aquinoQ(AT_15, YEARS_2020_2021, partner, ['DEU']));
		expect(deu.others).toBeCloseTo(1, 14);
	});

	it('answers Q per sector: machinery 2020 holds USA 847130 alone, 2021 DEU 847130', async () => {
		const api = await readTiny();
		const q = unwrapOutcome(await api.aquinoQ(AT_15, YEARS_2020_2021, { kind: 'sector' }));
		expect(q.machinery).toBeCloseTo(1, 14);
		expect(q.footwear).toBeCloseTo(1, 14);
	});
});
