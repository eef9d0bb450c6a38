import { describe, it, expect } from 'vitest';
import { SECTOR_CHAPTERS } from '../../helpers/sector-chapters';
import {
	sectorIndexOfProduct,
	sectorOfChapter,
	sectorOfProduct
} from '../../../src/lib/engine/codes/sectors';
import { SECTOR_IDS } from '../../../src/lib/engine/model/types';

describe('sectorOfProduct', () => {
	it('maps the first and last chapter of every sector (METHODS 3.1)', () => {
		SECTOR_CHAPTERS.forEach(([first, last], i) => {
			expect(sectorOfProduct(first * 10000)).toBe(SECTOR_IDS[i]);
			expect(sectorOfProduct(last * 10000 + 9999)).toBe(SECTOR_IDS[i]);
			expect(sectorOfChapter(first)).toBe(SECTOR_IDS[i]);
			expect(sectorOfChapter(last)).toBe(SECTOR_IDS[i]);
		});
	});

	it('reads the chapter of a code whose leading zero was dropped', () => {
		expect(sectorOfProduct(10121)).toBe('animal'); // 010121
		expect(sectorOfProduct(640399)).toBe('footwear');
		expect(sectorOfProduct(870323)).toBe('transport');
	});

	it('gives null outside chapters 01–99', () => {
		expect(sectorOfProduct(0)).toBeNull();
		expect(sectorOfProduct(9999)).toBeNull(); // chapter 00
		expect(sectorOfProduct(1000000)).toBeNull(); // chapter 100
		expect(sectorOfProduct(-10121)).toBeNull();
		expect(sectorOfProduct(NaN)).toBeNull();
		expect(sectorOfChapter(0)).toBeNull();
		expect(sectorOfChapter(100)).toBeNull();
		expect(sectorIndexOfProduct(9999)).toBe(-1);
	});

	it('covers every chapter 01–99 with exactly the 15 sectors, in order', () => {
		const seen: string[] = [];
		for (let chapter = 1; chapter <= 99; chapter++) {
			const sector = sectorOfChapter(chapter);
			expect(sector).not.toBeNull();
			if (seen[seen.length - 1] !== sector) seen.push(sector as string);
		}
		expect(seen).toEqual([...SECTOR_IDS]);
	});
});
