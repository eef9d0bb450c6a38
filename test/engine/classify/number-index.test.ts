import { describe, expect, it } from 'vitest';
import { NumberIndex } from '../../../src/lib/engine/classify/number-index';

describe('NumberIndex', () => {
	it('gives keys dense indexes in order of first sight, the same index again later', () => {
		const index = new NumberIndex(4);
		const big = 2 ** 52 + 1; // above 2^32: the float itself tells keys apart, not the hash parts
		expect(index.indexOf(big, 7, 1)).toBe(0);
		expect(index.indexOf(big + 2, 7, 1)).toBe(1); // same hash parts, another key
		expect(index.indexOf(5, 0, 5)).toBe(2);
		expect(index.indexOf(big, 7, 1)).toBe(0);
		expect(index.indexOf(big + 2, 7, 1)).toBe(1);
		expect(index.size).toBe(3);
	});

	it('agrees with a Map on a hundred thousand keys', () => {
		const index = new NumberIndex(100_000);
		const map = new Map<number, number>();
		for (let i = 0; i < 100_000; i++) {
			const pair = (i * 7919) % 50_000; // half the keys repeat
			const product = 10_000 + (i % 2);
			const key = pair * 1_000_000 + product;
			if (!map.has(key)) map.set(key, map.size);
			expect(index.indexOf(key, pair, product)).toBe(map.get(key));
		}
		expect(index.size).toBe(map.size);
	});

	it('grows from a small table and still agrees with a Map, up to its limit', () => {
		const index = new NumberIndex(30_000, 16);
		const map = new Map<number, number>();
		for (let i = 0; i < 60_000; i++) {
			const key = ((i * 7919) % 30_000) * 1_000_000 + 640_399; // every key seen twice
			if (!map.has(key)) map.set(key, map.size);
			expect(index.indexOf(key, (i * 7919) % 30_000, 640_399)).toBe(map.get(key));
		}
		expect(index.size).toBe(30_000);
		expect(() => index.indexOf(-1, 0, 0)).toThrow(RangeError);
	});

	it('refuses more keys than it was made for', () => {
		const index = new NumberIndex(1);
		index.indexOf(1, 0, 1);
		expect(() => index.indexOf(2, 0, 2)).toThrow(RangeError);
	});
});
