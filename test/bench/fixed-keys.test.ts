/**
 * The fixed-keys generator (bench/fixed-keys.ts): files of different sizes made with the same
 * options hold exactly the same (t, i, j, k) combinations, so the same keys once read. The sets
 * are taken from the CSV text here, and the keys from the engine's own read, not from the
 * generator's universe.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTradeFiles } from '../../src/lib/engine/read/analyze';
import type { ReadOptions, TradeKeys } from '../../src/lib/engine/model/types';
import {
	DEFAULT_FIXED_KEYS,
	fixedKeyLines,
	generateFixedKeysFile,
	type FixedKeysOptions
} from '../../bench/fixed-keys';

const BRAZIL = '76';
/** 3000 keys of Brazil (~4500 flows) and 2000 other flows: ~6500 rows, ~240 KB, per cycle. */
const SMALL: FixedKeysOptions = {
	...DEFAULT_FIXED_KEYS,
	reporterKeys: 3000,
	otherFlows: 2000,
	bytes: 0 // one cycle
};
const LARGE: FixedKeysOptions = { ...SMALL, bytes: 1_500_000 }; // ~6 cycles
const READ_OPTIONS: ReadOptions = {
	format: 'auto',
	reporter: 'BRA',
	quantityBasis: 'reported',
	includeReExports: false
};

/** The file's text: its lines joined, each ending with a line break (as writeLines writes them). */
function textOf(options: FixedKeysOptions): string {
	return [...fixedKeyLines(options)].join('\n') + '\n';
}

/** Data rows of a BACI text, and the set of their (t, i, j, k). */
function flowsOf(text: string): { rows: string[][]; flows: Set<string> } {
	const [header, ...lines] = text.split('\n');
	expect(header).toBe('t,i,j,k,v,q');
	expect(lines.pop()).toBe('');
	const rows = lines.map((line) => line.split(','));
	expect(rows.filter((row) => row.length !== 6)).toEqual([]);
	return { rows, flows: new Set(rows.map((row) => row.slice(0, 4).join(','))) };
}

/** Each key's (year, reporter, partner, product) as text, from the engine's arrays. */
function keySet(keys: TradeKeys): Set<string> {
	const set = new Set<string>();
	for (let k = 0; k < keys.count; k++) {
		const reporter = keys.countries[keys.reporter[k]];
		const partner = keys.countries[keys.partner[k]];
		set.add(`${keys.year[k]}|${reporter}|${partner}|${keys.product[k]}`);
	}
	return set;
}

async function read(text: string): Promise<TradeKeys> {
	const blob = new Blob([text]);
	return (await readTradeFiles([{ name: 'fixed.csv', blob }], READ_OPTIONS)).keys;
}

describe('fixed-keys generator', () => {
	const small = textOf(SMALL);
	const large = textOf(LARGE);

	it('makes a larger file by repeating the same flows: the same (t, i, j, k) set', () => {
		const a = flowsOf(small);
		const b = flowsOf(large);
		// One cycle: every flow once.
		expect(a.flows.size).toBe(a.rows.length);
		expect(b.rows.length).toBeGreaterThan(5 * a.rows.length);
		expect(b.flows).toEqual(a.flows);
		expect(new Set(b.rows.map((row) => row[0]))).toEqual(new Set(['2022']));
	});

	it('gives Brazil exactly reporterKeys distinct (partner, product) pairs, in every size', () => {
		for (const text of [small, large]) {
			const pairs = new Set<string>();
			for (const [, i, j, k] of flowsOf(text).rows) {
				if (i === BRAZIL) pairs.add(`${j}|${k}`);
				if (j === BRAZIL) pairs.add(`${i}|${k}`);
			}
			expect(pairs.size).toBe(3000);
		}
	});

	it('reads to the same keys, the same count, from both sizes', async () => {
		const a = await read(small);
		const b = await read(large);
		expect(a.count).toBe(3000);
		expect(b.count).toBe(a.count);
		expect(keySet(b)).toEqual(keySet(a));
		// Summed over more rows, the larger file's values are larger: the rows were not deduplicated.
		const total = (keys: TradeKeys) => keys.exports.reduce((sum, x) => sum + x, 0);
		expect(total(b)).toBeGreaterThan(5 * total(a));
	});

	it('stops at the first row that reaches the wanted size', () => {
		const bytes = Buffer.byteLength(large);
		const last = large.split('\n').at(-2) ?? '';
		expect(bytes).toBeGreaterThanOrEqual(LARGE.bytes);
		expect(bytes - last.length - 1).toBeLessThan(LARGE.bytes);
	});

	it('is deterministic: the same options give the same text', () => {
		expect(textOf(SMALL)).toBe(small);
		expect(textOf({ ...SMALL, seed: 2 })).not.toBe(small);
	});

	it('streams the same text to disk and counts its bytes and rows', async () => {
		const dir = await mkdtemp(join(tmpdir(), 'fixed-keys-'));
		try {
			const path = join(dir, 'fixed.csv');
			const written = await generateFixedKeysFile(path, LARGE);
			expect(await readFile(path, 'utf8')).toBe(large);
			expect(written.bytes).toBe((await stat(path)).size);
			expect(written.rows).toBe(large.split('\n').length - 2); // minus header and final ''
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
