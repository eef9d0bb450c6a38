/**
 * The world API called directly in Node, and the world client over an in-process MessageChannel:
 * read once, then matrices and pair details from the kept keys; cancel ends the worker and its
 * keys. Numbers are the hand-worked ones of test/engine/world/world-file.ts.
 */
import { expose } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as analyze from '../../src/lib/engine/read/analyze';
import { AbortError, TradeFileError } from '../../src/lib/engine/model/errors';
import type { ClassifySettings, Progress } from '../../src/lib/engine/model/types';
import { NoKeysError } from '../../src/lib/worker/analysis-api';
import { KeysLostError, type WorkerHandle } from '../../src/lib/worker/bridge';
import { unwrapOutcome } from '../../src/lib/worker/wire-error';
import { createWorldApi, WORLD_MAX_KEYS, type WorldApi } from '../../src/lib/worker/world-api';
import { WorldClient } from '../../src/lib/worker/world-client';
import { WORLD_CSV } from '../engine/world/world-file';

vi.mock('../../src/lib/engine/read/analyze', async (importOriginal) => {
	const original = await importOriginal<typeof analyze>();
	return { ...original, readTradeFiles: vi.fn(original.readTradeFiles) };
});

const AT_15: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const worldFile = () => new File([WORLD_CSV], 'world-2022.csv');

afterEach(() => vi.mocked(analyze.readTradeFiles).mockClear());

describe('createWorldApi', () => {
	it('reads once with every pair, then answers matrices and details from the kept keys', async () => {
		const readSpy = vi.mocked(analyze.readTradeFiles);
		const api = createWorldApi();
		const progress: Progress[] = [];
		const summary = unwrapOutcome(await api.read([worldFile()], (p) => progress.push(p)));
		expect(readSpy).toHaveBeenCalledOnce();
		expect(readSpy.mock.calls[0][1]).toMatchObject({
			format: 'baci',
			allPairs: true,
			reporter: null
		});
		expect(readSpy.mock.calls[0][2]?.maxKeys).toBe(WORLD_MAX_KEYS);
		expect(summary).not.toHaveProperty('matrix');
		// Keys: BRA–ARG 640399 (2021 and 2022) and 847130, ARG–USA 100190, BRA–USA 020130 and 870323.
		expect(summary.keys).toBe(6);
		// 46 bytes a key at least: year, reporter, partner (2 each), product 4, X M qX qM 8 each, units 2 each.
		expect(summary.keyBytes).toBeGreaterThanOrEqual(6 * 46);
		expect(summary.ledger.rowsRead).toBe(13);
		expect(summary.ledger.rowsUsed).toBe(10);
		expect(summary.readMillis).toBeGreaterThanOrEqual(0);
		expect(progress.at(-1)?.rows).toBe(13);

		const { matrix } = unwrapOutcome(await api.matrix(AT_15));
		expect(matrix.countries).toEqual(['BRA', 'ARG', 'USA']);
		// ARG's view of BRA (entry 1·3 + 0): GHM VIIT-sup 172 000 (R ≈ 1.1628 > 1.15).
		expect(matrix.ghm.viitSup[1 * 3 + 0]).toBe(172_000);
		expect(matrix.ghm.viitSup[0 * 3 + 1]).toBe(0);
		// α 25 %: 1.1628 is inside [0.75, 1.25]: all of BRA–ARG's overlap is HIIT from ARG too.
		const wide = unwrapOutcome(await api.matrix({ ...AT_15, alpha: 0.25 })).matrix;
		expect(wide.ghm.hiit[1 * 3 + 0]).toBe(346_000);
		const only2021 = unwrapOutcome(await api.matrix(AT_15, { year: 2021 })).matrix;
		expect(only2021.totalTrade).toBe(10_000);

		const detail = unwrapOutcome(await api.pairDetail(AT_15, 'BRA', 'ARG'));
		expect(detail.total.sides[0].ff.viitInf).toBe(186_000);
		expect(readSpy).toHaveBeenCalledOnce(); // never re-read
	});

	it('answers NoKeysError before a read and after a failed one', async () => {
		const api: WorldApi = createWorldApi();
		const before = await api.matrix(AT_15);
		expect(before.ok).toBe(false);
		expect(() => unwrapOutcome(before)).toThrow(new NoKeysError().message);

		unwrapOutcome(await api.read([worldFile()]));
		const notBaci = new File(['year,reporter,partner\n2020,BRA,ARG\n'], 'other.csv');
		const failed = await api.read([notBaci]);
		expect(() => unwrapOutcome(failed)).toThrow(TradeFileError);
		// The keys of the earlier read were let go before reading.
		expect((await api.pairDetail(AT_15, 'BRA', 'ARG')).ok).toBe(false);
	});

	it('names an unknown country in a pair detail', async () => {
		const api = createWorldApi();
		unwrapOutcome(await api.read([worldFile()]));
		const outcome = await api.pairDetail(AT_15, 'BRA', 'FRA');
		expect(() => unwrapOutcome(outcome)).toThrow(/FRA/);
	});
});

/** A worker handle over an in-process MessageChannel: the API runs on this thread, Comlink in between. */
function channelWorker(): WorkerHandle {
	const { port1, port2 } = new MessageChannel();
	expose(createWorldApi(), port1);
	return {
		endpoint: port2,
		terminate: () => {
			port1.close();
			port2.close();
		},
		onCrash: () => undefined
	};
}

describe('WorldClient', () => {
	it('reads, answers from the kept keys, and loses them when a call is cancelled', async () => {
		const client = new WorldClient(channelWorker);
		expect(client.hasKeys).toBe(false);
		await expect(client.matrix(AT_15)).rejects.toThrow(KeysLostError);

		const summary = await client.read([worldFile()]);
		expect(summary.keys).toBe(6);
		expect(client.hasKeys).toBe(true);
		const { matrix } = await client.matrix(AT_15);
		expect(matrix.trade[0 * 3 + 1]).toBe(383_000);
		const detail = await client.pairDetail(AT_15, 'USA', 'ARG');
		// USA's view of ARG: GHM VIIT-sup 4 000 (R = 2.5), one-way 48 000.
		expect(detail.total.sides[0].ghm.viitSup).toBe(4_000);

		const controller = new AbortController();
		const pending = client.matrix(AT_15, {}, { signal: controller.signal });
		controller.abort();
		await expect(pending).rejects.toThrow(AbortError);
		expect(client.hasKeys).toBe(false);
		await expect(client.pairDetail(AT_15, 'BRA', 'ARG')).rejects.toThrow(KeysLostError);
		client.terminate();
	});
});
