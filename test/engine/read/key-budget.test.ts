/**
 * The key budget (hooks.maxKeys): a read whose distinct keys pass it stops with 'too-many-keys'
 * naming the file and the limit, early (the point is to stop before memory runs out, not after
 * reading everything), while a file with exactly maxKeys keys is read in full.
 */
import { describe, expect, it } from 'vitest';
import { readTradeFiles, type InputFile } from '../../../src/lib/engine/read/analyze';
import { DEFAULT_WORLD, worldLines } from '../../../bench/generate-baci';
import { MeteredBlob } from '../../../bench/metered-blob';
import { readOptions, rejection } from './read-helpers';

const NAME = 'baci-world.csv';
const OPTIONS = readOptions({ reporter: 'BRA' });

const ROWS = 60_000;
let worldParts: string[] | null = null;

/**
 * A generated BACI world file (Brazil's rows are ~1/40 of them) in parts of ~16 KB, each of
 * which Node's Blob streams as one chunk: the read pulls the file piece by piece, as from disk.
 */
function worldFile(): { file: InputFile; meter: { bytes: number } } {
	if (!worldParts) {
		worldParts = [];
		let part = '';
		for (const line of worldLines({ ...DEFAULT_WORLD, rows: ROWS })) {
			part += line + '\n';
			if (part.length >= 16_384) {
				worldParts.push(part);
				part = '';
			}
		}
		worldParts.push(part);
	}
	const meter = { bytes: 0 };
	return { file: { name: NAME, blob: new MeteredBlob(worldParts, meter) }, meter };
}

describe('key budget', () => {
	it('reads a file with exactly maxKeys distinct keys', async () => {
		const unlimited = await readTradeFiles([worldFile().file], OPTIONS);
		const keys = unlimited.keys.count;
		expect(keys).toBeGreaterThan(500); // enough keys for the budget to mean something

		const atLimit = await readTradeFiles([worldFile().file], OPTIONS, { maxKeys: keys });
		expect(atLimit.keys.count).toBe(keys);
		expect(atLimit.ledger.rowsUsed).toBe(unlimited.ledger.rowsUsed);
		expect(atLimit.keys.exports).toEqual(unlimited.keys.exports);
	});

	it("stops with 'too-many-keys', naming the file and the limit, one key past maxKeys", async () => {
		const keys = (await readTradeFiles([worldFile().file], OPTIONS)).keys.count;

		const error = await rejection(
			readTradeFiles([worldFile().file], OPTIONS, { maxKeys: keys - 1 })
		);
		expect(error.code).toBe('too-many-keys');
		expect(error.file).toBe(NAME);
		expect(error.details.limit).toBe(keys - 1);
		expect(error.message).toContain(String(keys - 1));
	});

	it('stops as soon as the budget is passed, without reading the rest of the file', async () => {
		const { file, meter } = worldFile();
		const error = await rejection(readTradeFiles([file], OPTIONS, { maxKeys: 50 }));
		expect(error.code).toBe('too-many-keys');
		expect(error.details.limit).toBe(50);
		// Brazil's first 50 keys come early in the file; the read-ahead is a few parts at most.
		expect(meter.bytes).toBeLessThan(file.blob.size / 4);
	});
});
