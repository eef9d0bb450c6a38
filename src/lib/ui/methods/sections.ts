/**
 * The headings of the Methods page: the same ids in every language, so the app can link to a
 * section (`/methods/#sensitivity`) whatever language the reader chose.
 */

/** Top-level sections, in page order. */
export const SECTION_IDS = [
	'unit',
	'grubel-lloyd',
	'ghm',
	'ff',
	'unclassified',
	'aggregates',
	'paper-tables',
	'beyond',
	'determinants',
	'sectors',
	'cif-fob',
	'robustness',
	'ledger',
	'sources'
] as const;
/** The id of a top-level section. */
export type SectionId = (typeof SECTION_IDS)[number];

/** Subsections (h3), each under one section. */
export const SUBSECTION_IDS = [
	'table-5',
	'series',
	'heatmap',
	'drill-down',
	'sensitivity',
	'stability',
	'price-ranges',
	'marginal',
	'quality',
	'groups',
	'filters'
] as const;
/** The id of a subsection. */
export type SubsectionId = (typeof SUBSECTION_IDS)[number];

/** Any heading a link can target. */
export type HeadingId = SectionId | SubsectionId;

/** The subsections of each section that has them, in page order. */
export const SUBSECTIONS_OF: Partial<Record<SectionId, readonly SubsectionId[]>> = {
	'paper-tables': ['table-5'],
	beyond: [
		'series',
		'heatmap',
		'drill-down',
		'sensitivity',
		'stability',
		'price-ranges',
		'marginal',
		'quality',
		'groups',
		'filters'
	]
};

/** Every heading id in page order: each section followed by its subsections. */
export const HEADING_IDS: readonly HeadingId[] = SECTION_IDS.flatMap((id) => [
	id,
	...(SUBSECTIONS_OF[id] ?? [])
]);

/** The heading texts of one language (a missing one fails the type check). */
export type HeadingTitles = Record<HeadingId, string>;
