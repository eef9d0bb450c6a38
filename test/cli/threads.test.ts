/**
 * The CLI's slice pool in real worker threads (through tsx, as `tsx src/cli/main.ts` runs it):
 * a file read in slices by two threads equals the same file read in one, and the threads are
 * stopped after. FileBlob, the CLI's positioned-read Blob, reads what Node's own Blob reads.
 */
import { openAsBlob, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../src/lib/engine/read/analyze';
import { FileBlob } from '../../src/cli/file-blob';
import { createThreadSlicePool } from '../../src/cli/slice-threads';
import { parseClassifyArgs, UsageError } from '../../src/cli/args';
import { demoPath } from '../helpers/demo-file';

const DEMO = demoPath();
const OPTIONS = {
	format: 'auto',
	reporter: 'BRA',
	quantityBasis: 'auto',
	includeReExports: false
} as const;

describe('the CLI slice threads', () => {
	it('read a file in two worker threads as one thread does', async () => {
		const blob = new FileBlob(DEMO, 0, statSync(DEMO).size);
		const pool = createThreadSlicePool((b) => (b === blob ? DEMO : undefined), 2, 1);
		if (!pool) throw new Error('no pool for two threads');
		try {
			const sliced = await readTradeFiles([{ name: 'demo.csv', blob }], OPTIONS, { slices: pool });
			const single = await readTradeFiles([{ name: 'demo.csv', blob }], OPTIONS);
			expect(pool.started).toBe(2);
			expect(sliced.keys).toStrictEqual(single.keys);
			expect(sliced.ledger.rowsRead).toBe(single.ledger.rowsRead);
			expect(sliced.ledger.drops).toEqual(
				Object.fromEntries(
					Object.entries(single.ledger.drops).map(([reason, tally]) => [
						reason,
						{ ...tally, value: expect.closeTo(tally.value, -2) }
					])
				)
			);
		} finally {
			pool.close();
		}
	}, 30_000);

	it('FileBlob reads, slices and streams the bytes Node reads', async () => {
		const node = await openAsBlob(DEMO);
		const blob = new FileBlob(DEMO, 0, node.size);
		const slice = blob.slice(1000, 5000);
		expect(slice.size).toBe(4000);
		expect(await slice.text()).toBe(await node.slice(1000, 5000).text());
		expect(await blob.slice(-10).text()).toBe(await node.slice(-10).text());
		const reader = slice.slice(100).stream().getReader();
		let streamed = 0;
		for (let read = await reader.read(); !read.done; read = await reader.read()) {
			streamed += read.value.length;
		}
		expect(streamed).toBe(3900);
	});

	it('takes --threads from 1 to 64', () => {
		expect(parseClassifyArgs(['f.csv', '--threads', '1']).threads).toBe(1);
		expect(parseClassifyArgs(['f.csv']).threads).toBeNull();
		expect(() => parseClassifyArgs(['f.csv', '--threads', '0'])).toThrow(UsageError);
		expect(() => parseClassifyArgs(['f.csv', '--threads', '2.5'])).toThrow(UsageError);
	});
});
