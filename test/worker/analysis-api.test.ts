/**
 * The worker API called directly in Node (no worker): read → classify → reclassify
 * with another α must reuse the kept keys, never re-read the files. Numbers are the
 * hand-worked ones of test/e2e/baci-small.test.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import * as analyze from '../../src/lib/engine/analyze';
import { AbortError, TradeFileError } from '../../src/lib/engine/errors';
import type { Cell, ClassifySettings, Progress, ReadOptions } from '../../src/lib/engine/types';
import { createAnalysisApi } from '../../src/lib/worker/analysis-api';
import { errorFromWire, errorToWire, unwrapOutcome } from '../../src/lib/worker/wire-error';

vi.mock('../../src/lib/engine/analyze', async (importOriginal) => {
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
