/**
 * The made-up world of the demo file: Brazil's partners and how each sector trades.
 * Numbers are plausible shapes, not statistics: sizes are heavy-tailed (China, USA,
 * Argentina, Germany first), and unit values differ by orders of magnitude between
 * iron ore and aircraft, as they do in real BACI files.
 */

/** The demo's reporter, BACI code 76 (Brazil). */
export const DEMO_REPORTER = 76;

/** Years of the demo file. */
export const DEMO_YEARS: readonly number[] = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022];

/** Trade of every partner in a year relative to 2015: the 2016 recession, the 2021–22 commodity boom. */
export const YEAR_LEVEL: Readonly<Record<number, number>> = {
	2015: 1,
	2016: 0.9,
	2017: 1.0,
	2018: 1.08,
	2019: 1.04,
	2020: 0.96,
	2021: 1.22,
	2022: 1.32
};

/** How a partner tends to trade quality with Brazil: rich markets, neighbours, the rest. */
export type PartnerGroup = 'oecd' | 'latam' | 'other';

/** One partner of the demo: BACI code, relative size (China = 1), yearly growth. */
export interface DemoPartner {
	code: number;
	size: number;
	growth: number;
	group: PartnerGroup;
}

/** Brazil's partners, largest first. 842, 251, 699, 757 are BACI's own variants; 490 has no ISO code. */
export const DEMO_PARTNERS: readonly DemoPartner[] = [
	{ code: 156, size: 1.0, growth: 0.06, group: 'other' }, // China
	{ code: 842, size: 0.75, growth: 0.03, group: 'oecd' }, // USA
	{ code: 32, size: 0.45, growth: -0.02, group: 'latam' }, // Argentina
	{ code: 276, size: 0.3, growth: 0.01, group: 'oecd' }, // Germany
	{ code: 528, size: 0.22, growth: 0.02, group: 'oecd' }, // Netherlands
	{ code: 152, size: 0.17, growth: 0.05, group: 'latam' }, // Chile
	{ code: 392, size: 0.16, growth: 0.0, group: 'oecd' }, // Japan
	{ code: 484, size: 0.15, growth: 0.03, group: 'latam' }, // Mexico
	{ code: 699, size: 0.15, growth: 0.07, group: 'other' }, // India
	{ code: 410, size: 0.14, growth: 0.03, group: 'oecd' }, // Korea
	{ code: 381, size: 0.12, growth: 0.01, group: 'oecd' }, // Italy
	{ code: 724, size: 0.12, growth: 0.02, group: 'oecd' }, // Spain
	{ code: 251, size: 0.11, growth: 0.01, group: 'oecd' }, // France
	{ code: 56, size: 0.09, growth: 0.02, group: 'oecd' }, // Belgium
	{ code: 826, size: 0.08, growth: 0.0, group: 'oecd' }, // United Kingdom
	{ code: 124, size: 0.08, growth: 0.04, group: 'oecd' }, // Canada
	{ code: 600, size: 0.08, growth: 0.04, group: 'latam' }, // Paraguay
	{ code: 643, size: 0.07, growth: 0.03, group: 'other' }, // Russia
	{ code: 858, size: 0.06, growth: 0.02, group: 'latam' }, // Uruguay
	{ code: 757, size: 0.06, growth: 0.01, group: 'oecd' }, // Switzerland
	{ code: 170, size: 0.06, growth: 0.03, group: 'latam' }, // Colombia
	{ code: 490, size: 0.06, growth: 0.03, group: 'other' }, // Other Asia, nes
	{ code: 710, size: 0.04, growth: 0.0, group: 'other' }, // South Africa
	{ code: 620, size: 0.04, growth: 0.02, group: 'oecd' }, // Portugal
	{ code: 752, size: 0.03, growth: 0.01, group: 'oecd' }, // Sweden
	{ code: 579, size: 0.03, growth: 0.04, group: 'oecd' } // Norway
];

/** Third-country pairs (neither side is Brazil): the reader must drop them as `other-reporter`. */
export const THIRD_COUNTRY_PAIRS: readonly (readonly [number, number])[] = [
	[842, 156],
	[156, 842],
	[276, 251],
	[32, 600],
	[156, 699],
	[528, 276]
];

/** Who sells dearer when a sector trades both ways: Brazil (`dearer`), its partners (`cheaper`), or neither. */
export type QualityTilt = 'dearer' | 'cheaper' | 'neutral';

/** How one sector trades: unit value, export lean and the share of two-way relationships. */
export interface SectorProfile {
	/** Last chapter of the sector (METHODS 3.1); a sector runs from the previous one's last + 1. */
	lastChapter: number;
	/** Typical unit value in thousand USD per metric ton. */
	unitValue: number;
	/** -1 Brazil only imports … +1 Brazil only exports. */
	exportLean: number;
	/** Share of partner–product relationships that trade both ways. */
	twoWay: number;
	tilt: QualityTilt;
}

/** The 15 sectors in chapter order. Brazil exports food and minerals, imports machinery and chemicals. */
export const SECTOR_PROFILES: readonly SectorProfile[] = [
	{ lastChapter: 5, unitValue: 3, exportLean: 0.6, twoWay: 0.35, tilt: 'dearer' }, // animal
	{ lastChapter: 15, unitValue: 0.6, exportLean: 0.5, twoWay: 0.35, tilt: 'neutral' }, // vegetable
	{ lastChapter: 24, unitValue: 1.8, exportLean: 0.4, twoWay: 0.45, tilt: 'dearer' }, // foodstuffs
	{ lastChapter: 27, unitValue: 0.15, exportLean: 0.3, twoWay: 0.3, tilt: 'neutral' }, // mineral
	{ lastChapter: 38, unitValue: 2.5, exportLean: -0.5, twoWay: 0.45, tilt: 'cheaper' }, // chemicals
	{ lastChapter: 40, unitValue: 2.5, exportLean: -0.2, twoWay: 0.5, tilt: 'neutral' }, // plastics
	{ lastChapter: 43, unitValue: 9, exportLean: 0.5, twoWay: 0.4, tilt: 'dearer' }, // hides
	{ lastChapter: 49, unitValue: 0.9, exportLean: 0.4, twoWay: 0.4, tilt: 'neutral' }, // wood
	{ lastChapter: 63, unitValue: 9, exportLean: -0.3, twoWay: 0.45, tilt: 'neutral' }, // textiles
	{ lastChapter: 67, unitValue: 25, exportLean: 0.3, twoWay: 0.5, tilt: 'dearer' }, // footwear
	{ lastChapter: 71, unitValue: 4, exportLean: 0.1, twoWay: 0.4, tilt: 'neutral' }, // stone & glass
	{ lastChapter: 83, unitValue: 1.3, exportLean: 0.1, twoWay: 0.5, tilt: 'neutral' }, // metals
	{ lastChapter: 85, unitValue: 30, exportLean: -0.5, twoWay: 0.55, tilt: 'cheaper' }, // machinery
	{ lastChapter: 89, unitValue: 18, exportLean: -0.1, twoWay: 0.5, tilt: 'cheaper' }, // transport
	{ lastChapter: 99, unitValue: 35, exportLean: -0.4, twoWay: 0.45, tilt: 'cheaper' } // misc
];

/** The sector profile of a 6-digit HS code (chapter = first two digits). */
export function sectorProfileOf(hs6: string): SectorProfile {
	const chapter = Number(hs6.slice(0, 2));
	const profile = SECTOR_PROFILES.find((sector) => chapter <= sector.lastChapter);
	if (!profile) throw new Error(`HS code ${hs6} has no sector`);
	// Precious metals and stones (chapter 71) cost thousands of times more per ton than glass.
	return chapter === 71 ? { ...profile, unitValue: 2000 } : profile;
}
