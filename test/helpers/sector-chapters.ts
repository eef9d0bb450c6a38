/**
 * METHODS 3.1 written out by hand, independently of the engine: [first, last] HS chapter of
 * each sector, in SECTOR_IDS order. Tests compare the engine and the generators against it.
 */
export const SECTOR_CHAPTERS: readonly [number, number][] = [
	[1, 5],
	[6, 15],
	[16, 24],
	[25, 27],
	[28, 38],
	[39, 40],
	[41, 43],
	[44, 49],
	[50, 63],
	[64, 67],
	[68, 71],
	[72, 83],
	[84, 85],
	[86, 89],
	[90, 99]
];
