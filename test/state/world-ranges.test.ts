/**
 * The world price-range table's state with a fake worker: nothing is asked while it is closed,
 * the filters go to the worker as set, an older answer that comes late is dropped, and a new file
 * forgets the filters and the answer.
 */
import { describe, expect, it } from 'vitest';
import type { ExporterRangesFilter, PriceRangesSummary } from '../../src/lib/engine';
import { WorldRanges, type WorldRangesWorker } from '../../src/lib/state/world-ranges.svelte';
import type { WorldRangesAnswer } from '../../src/lib/worker/world-api';

class FakeRanges implements WorldRangesWorker {
	asked: { alpha: number; filter: ExporterRangesFilter }[] = [];
	/** When set, the next answer waits for this promise. */
	hold: Promise<void> | null = null;

	async priceRanges(alpha: number, filter: ExporterRangesFilter = {}): Promise<WorldRangesAnswer> {
		this.asked.push({ alpha, filter });
		const hold = this.hold;
		this.hold = null;
		if (hold) await hold;
		if (alpha >= 1) throw new RangeError(`alpha must be in (0, 1), got ${alpha}`);
		return { alpha, summary: { filter } as unknown as PriceRangesSummary, millis: 1 };
	}
}

describe('WorldRanges', () => {
	it('asks nothing while closed, then the current filters at the given α', async () => {
		const worker = new FakeRanges();
		const ranges = new WorldRanges(worker);
		await ranges.refresh(0.15);
		expect(worker.asked).toEqual([]);

		ranges.open = true;
		ranges.importer = 'BRA';
		ranges.sector = 'footwear';
		await ranges.refresh(0.15);
		expect(worker.asked).toEqual([
			{ alpha: 0.15, filter: { year: null, importer: 'BRA', sector: 'footwear' } }
		]);
		expect(ranges.answer?.alpha).toBe(0.15);
		expect(ranges.loading).toBe(false);

		await ranges.refresh(1);
		expect(String(ranges.error)).toMatch(/alpha/);
		expect(ranges.answer?.alpha).toBe(0.15);

		ranges.reset();
		expect([ranges.answer, ranges.error, ranges.importer, ranges.sector]).toEqual([
			null,
			null,
			null,
			null
		]);
	});

	it('drops an older answer that comes after a newer one', async () => {
		const worker = new FakeRanges();
		const ranges = new WorldRanges(worker);
		ranges.open = true;
		let release = () => {};
		worker.hold = new Promise((resolve) => (release = resolve));
		const older = ranges.refresh(0.15);
		await ranges.refresh(0.25);
		release();
		await older;
		expect(ranges.answer?.alpha).toBe(0.25);
		expect(ranges.loading).toBe(false);
	});
});
