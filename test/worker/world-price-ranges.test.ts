/**
 * World price ranges (METHODS 9) answered by the world worker from the kept keys: per-exporter
 * shares with filters, computed once per α and never re-read, and a pair's ranges by sector with
 * its flows' reference unit values. Numbers are the hand-worked ones of world-ranges-file.ts.
 */
import { expose } from 'comlink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as analyze from '../../src/lib/engine/read/analyze';
import * as ranges from '../../src/lib/engine/world/price-ranges';
import { NoKeysError } from '../../src/lib/worker/analysis-api';
import type { WorkerHandle } from '../../src/lib/worker/bridge';
import { unwrapOutcome } from '../../src/lib/worker/wire-error';
import { createWorldApi } from '../../src/lib/worker/world-api';
import { WorldClient } from '../../src/lib/worker/world-client';
import { RANGES_CSV } from './world-ranges-file';

vi.mock('../../src/lib/engine/read/analyze', async (importOriginal) => {
	const original = await importOriginal<typeof analyze>();
	return { ...original, readTradeFiles: vi.fn(original.readTradeFiles) };
});
vi.mock('../../src/lib/engine/world/price-ranges', async (importOriginal) => {
	const original = await importOriginal<typeof ranges>();
	return { ...original, priceRanges: vi.fn(original.priceRanges) };
});

const rangesFile = () => new File([RANGES_CSV], 'BACI_HS17_Y2022_V202501.csv');

afterEach(() => {
	vi.mocked(analyze.readTradeFiles).mockClear();
	vi.mocked(ranges.priceRanges).mockClear();
});

describe('world price ranges in the worker', () => {
	it('sums each exporter by range, filters, and ranks once per α from the kept keys', async () => {
		const api = createWorldApi();
		const before = await api.priceRanges(0.15);
		expect(() => unwrapOutcome(before)).toThrow(new NoKeysError().message);

		unwrapOutcome(await api.read([rangesFile()]));
		const all = unwrapOutcome(await api.priceRanges(0.15)).summary;
		expect(all.years).toEqual([2021, 2022]);
		expect(all.importers).toEqual(['ARG', 'BRA', 'USA']);
		expect(all.sectors).toEqual(['footwear', 'machinery']);
		expect(all.exporters.map((line) => line.exporter)).toEqual(['ARG', 'BRA', 'USA']);
		const [arg, bra, usa] = all.exporters;
		// BRA 160 000: middle 10 000 (2021) + 100 000, down 50 000.
		expect(bra).toMatchObject({ value: 160_000, up: 0, middle: 110_000, down: 50_000 });
		expect(bra.shares.ofRanked).toEqual({ up: 0, middle: 110 / 160, down: 50 / 160 });
		expect(bra.shares.ofValue.unranked).toBe(0);
		// ARG 104 000: 84 000 down, 20 000 up.
		expect(arg.shares.ofRanked).toEqual({ up: 20 / 104, middle: 0, down: 84 / 104 });
		// USA 270 000: 40 000 up, 200 000 middle, 30 000 unranked (of ranked 240 000).
		expect(usa).toMatchObject({ value: 270_000, up: 40_000, middle: 200_000, unranked: 30_000 });
		expect(usa.shares.ofRanked.up).toBeCloseTo(1 / 6, 15);
		expect(usa.shares.ofRanked.middle).toBeCloseTo(5 / 6, 15);
		expect(usa.shares.ofValue.unranked).toBeCloseTo(1 / 9, 15);
		expect(all.world).toMatchObject({
			value: 534_000,
			up: 60_000,
			middle: 310_000,
			down: 134_000,
			unranked: 30_000
		});

		// Partner BRA: ARG 84 000 all down; USA 240 000, up 1/6.
		const toBra = unwrapOutcome(await api.priceRanges(0.15, { importer: 'BRA' })).summary;
		expect(toBra.filter).toEqual({ year: null, importer: 'BRA', sector: null });
		expect(toBra.exporters.map((line) => [line.exporter, line.value])).toEqual([
			['ARG', 84_000],
			['USA', 240_000]
		]);
		expect(toBra.exporters[0].shares.ofRanked.down).toBe(1);
		expect(toBra.exporters[1].shares.ofRanked.up).toBeCloseTo(1 / 6, 15);
		// The choices stay those of every row.
		expect(toBra.importers).toEqual(['ARG', 'BRA', 'USA']);

		const machinery = unwrapOutcome(await api.priceRanges(0.15, { sector: 'machinery' })).summary;
		expect(
			machinery.exporters.map((line) => [line.exporter, line.up, line.middle, line.down])
		).toEqual([
			['ARG', 20_000, 0, 0],
			['BRA', 0, 0, 50_000],
			['USA', 0, 200_000, 0]
		]);
		const only2021 = unwrapOutcome(await api.priceRanges(0.15, { year: 2021 })).summary;
		expect(only2021.exporters).toHaveLength(1);
		expect(only2021.exporters[0]).toMatchObject({ exporter: 'BRA', value: 10_000, middle: 10_000 });

		// Four questions at α 15 %, one ranking; α 25 % ranks again (ARG→BRA 84 000 ≥ 80 000: middle).
		expect(ranges.priceRanges).toHaveBeenCalledOnce();
		const wide = unwrapOutcome(await api.priceRanges(0.25)).summary;
		expect(wide.exporters[0].shares.ofRanked).toEqual({ up: 20 / 104, middle: 84 / 104, down: 0 });
		expect(ranges.priceRanges).toHaveBeenCalledTimes(2);
		expect(analyze.readTradeFiles).toHaveBeenCalledOnce(); // never re-read

		// α = 100 % is outside (0, 1): refused, as classification refuses it.
		const outOfRange = await api.priceRanges(1);
		expect(() => unwrapOutcome(outOfRange)).toThrow(/alpha/);
	});

	it("gives a pair's ranges by sector and its flows against the world reference", async () => {
		const api = createWorldApi();
		unwrapOutcome(await api.read([rangesFile()]));
		const pair = unwrapOutcome(await api.pairPriceRanges(0.15, 'BRA', 'USA'));
		expect(pair.countries).toEqual(['BRA', 'USA']);
		// BRA→USA: machinery 50 000 down. USA→BRA: footwear 40 000 up, machinery 200 000 middle.
		expect(pair.rows.map((row) => [row.direction, row.year, row.sector, row.value])).toEqual([
			[0, 2022, 'machinery', 50_000],
			[1, 2022, 'footwear', 40_000],
			[1, 2022, 'machinery', 200_000]
		]);
		expect(pair.rows[0].shares.ofRanked.down).toBe(1);
		expect(pair.rows[1].shares.ofRanked.up).toBe(1);
		expect(pair.totals[1]).toMatchObject({ value: 240_000, up: 40_000, middle: 200_000 });
		// Flows by value; every reference is 100 000 USD/t (both products' weighted medians).
		expect(pair.flowCount).toBe(3);
		expect(
			pair.flows.map((flow) => [
				flow.direction,
				flow.product,
				flow.value,
				flow.unitValue,
				flow.reference,
				flow.range
			])
		).toEqual([
			[1, 847130, 200_000, 100_000, 100_000, 'middle'],
			[0, 847130, 50_000, 50_000, 100_000, 'down'],
			[1, 640399, 40_000, 200_000, 100_000, 'up']
		]);
		expect(pair.flows[0].unit).toBe('t');

		// USA→ARG 30 000 has no quantity: unranked, without a unit value or a reference.
		const argUsa = unwrapOutcome(await api.pairPriceRanges(0.15, 'ARG', 'USA'));
		const unranked = argUsa.flows.find((flow) => flow.direction === 1);
		expect(unranked).toMatchObject({ value: 30_000, range: 'unranked' });
		expect(unranked?.reference).toBeNaN();
		expect(unranked?.unitValue).toBeNaN();
		expect(argUsa.totals[1].shares.ofValue.unranked).toBe(1);
		expect(argUsa.totals[1].shares.ofRanked.up).toBeNaN();

		expect((await api.pairPriceRanges(0.15, 'BRA', 'FRA')).ok).toBe(false);
	});
});

/** A worker handle over an in-process MessageChannel (as world-api.test.ts). */
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

describe('WorldClient price ranges', () => {
	it('carries the small answers over Comlink', async () => {
		const client = new WorldClient(channelWorker);
		await client.read([rangesFile()]);
		const answer = await client.priceRanges(0.15, { sector: 'footwear', year: 2022 });
		// Footwear 2022: ARG 84 000 down, BRA 100 000 middle, USA 40 000 up + 30 000 unranked.
		expect(answer.summary.exporters.map((line) => [line.exporter, line.value])).toEqual([
			['ARG', 84_000],
			['BRA', 100_000],
			['USA', 70_000]
		]);
		expect(answer.summary.exporters[2].shares.ofValue.unranked).toBe(30 / 70);
		const pair = await client.pairPriceRanges(0.15, 'ARG', 'BRA');
		// ARG→BRA 84 000 down (direction 0), BRA→ARG 10 000 (2021) and 100 000 middle.
		expect(pair.totals.map((total) => [total.value, total.down, total.middle])).toEqual([
			[84_000, 84_000, 0],
			[110_000, 0, 110_000]
		]);
		client.terminate();
	});
});
