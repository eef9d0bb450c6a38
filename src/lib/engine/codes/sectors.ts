import { SECTOR_IDS, type SectorId } from '../model/types';

/** The last HS chapter of each sector, in SECTOR_IDS order (METHODS 3.1). */
const SECTOR_LAST_CHAPTER = [5, 15, 24, 27, 38, 40, 43, 49, 63, 67, 71, 83, 85, 89, 99] as const;

/** Sector index (into SECTOR_IDS) of each chapter 0–99; -1 for chapter 00. Built once so lookups are O(1). */
const SECTOR_INDEX_BY_CHAPTER: Int8Array = buildChapterTable();

function buildChapterTable(): Int8Array {
	const table = new Int8Array(100).fill(-1);
	let sector = 0;
	for (let chapter = 1; chapter <= 99; chapter++) {
		if (chapter > SECTOR_LAST_CHAPTER[sector]) sector++;
		table[chapter] = sector;
	}
	return table;
}

/** Index into SECTOR_IDS of an HS chapter (1–99); -1 for anything else. */
export function sectorIndexOfChapter(chapter: number): number {
	if (!Number.isInteger(chapter) || chapter < 1 || chapter > 99) return -1;
	return SECTOR_INDEX_BY_CHAPTER[chapter];
}

/** Index into SECTOR_IDS of an HS6 code given as an integer; -1 when its chapter is outside 01–99. */
export function sectorIndexOfProduct(hs6: number): number {
	// Negative codes would floor to a negative chapter, which sectorIndexOfChapter rejects.
	return sectorIndexOfChapter(Math.floor(hs6 / 10000));
}

/** The sector of an HS chapter (1–99); null for anything else. */
export function sectorOfChapter(chapter: number): SectorId | null {
	const index = sectorIndexOfChapter(chapter);
	return index < 0 ? null : SECTOR_IDS[index];
}

/** The sector of an HS6 code given as an integer (10121 → chapter 01 → 'animal'); null for a chapter outside 01–99. */
export function sectorOfProduct(hs6: number): SectorId | null {
	const index = sectorIndexOfProduct(hs6);
	return index < 0 ? null : SECTOR_IDS[index];
}
