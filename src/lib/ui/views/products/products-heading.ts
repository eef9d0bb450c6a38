/**
 * What the product drill-down shows, in words: "Brasil ↔ Estados Unidos · Calçado · 2001–2016".
 * Pure: the names come in already localized.
 */
import type { PartnerSet, SectorId, Selection } from '../../../engine';

/** Names the heading needs, in the user's language. */
export interface HeadingNames {
	country: (id: string) => string;
	/** A built-in group's name (rowName of its id). */
	group: (id: string) => string;
	sector: (id: SectorId) => string;
	allPartners: string;
	allSectors: string;
	/** "capítulos 61, 62" for the chapters listed. */
	chapters: (list: string) => string;
}

/** The name of a partner set: a country, a group, or every partner. */
export function partnerSetName(partners: PartnerSet, names: HeadingNames): string {
	switch (partners.kind) {
		case 'all':
			return names.allPartners;
		case 'country':
			return names.country(partners.id);
		case 'group':
			return names.group(partners.id);
		case 'custom':
			return partners.group.name;
	}
}

/** The products part: the sectors in scope (or all), then the chapters when some are picked. */
function scopeName(scope: Selection['scope'], names: HeadingNames): string {
	const sectors =
		scope.sectors === null ? names.allSectors : scope.sectors.map(names.sector).join(', ');
	if (scope.chapters === null) return sectors;
	const chapters = scope.chapters.map((chapter) => String(chapter).padStart(2, '0')).join(', ');
	return `${sectors} (${names.chapters(chapters)})`;
}

/** "Reporter ↔ partners · products · years" for the selection the drill-down covers. */
export function productsHeading(selection: Selection, names: HeadingNames): string {
	const years =
		selection.yearFrom === selection.yearTo
			? String(selection.yearFrom)
			: `${selection.yearFrom}–${selection.yearTo}`;
	return [
		`${names.country(selection.reporter)} ↔ ${partnerSetName(selection.partners, names)}`,
		scopeName(selection.scope, names),
		years
	].join(' · ');
}
