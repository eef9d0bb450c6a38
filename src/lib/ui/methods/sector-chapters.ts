/** The HS chapters of each of the 15 sectors (METHODS 3.1), for the Methods page's table. */
import type { SectorId } from '../../engine';

/** First and last HS chapter of each sector, inclusive, as written in METHODS 3.1. */
export const SECTOR_CHAPTERS: Record<SectorId, readonly [first: number, last: number]> = {
	animal: [1, 5],
	vegetable: [6, 15],
	foodstuffs: [16, 24],
	mineral: [25, 27],
	chemicals: [28, 38],
	plastics: [39, 40],
	hides: [41, 43],
	wood: [44, 49],
	textiles: [50, 63],
	footwear: [64, 67],
	stone_glass: [68, 71],
	metals: [72, 83],
	machinery: [84, 85],
	transport: [86, 89],
	misc: [90, 99]
};

/** A sector's chapters as the HS writes them: "01–05". */
export function chapterRangeLabel(sector: SectorId): string {
	const [first, last] = SECTOR_CHAPTERS[sector];
	const two = (chapter: number) => String(chapter).padStart(2, '0');
	return `${two(first)}–${two(last)}`;
}
