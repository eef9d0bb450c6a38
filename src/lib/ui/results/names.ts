/**
 * The display name of any row id a view can show: a country, a sector, a built-in or custom
 * group, or a summary row. One place, so every table, chart and export names rows alike.
 */
import { GROUP_IDS, type GroupId, type PartnerSet, SECTOR_IDS, type SectorId } from '../../engine';
import { i18n } from '../../state/locale.svelte';

const SUMMARY_ROWS = ['others', 'others-mean', 'mean', 'total'] as const;
type SummaryRow = (typeof SUMMARY_ROWS)[number];

const isSector = (id: string): id is SectorId => (SECTOR_IDS as readonly string[]).includes(id);
const isGroup = (id: string): id is GroupId => (GROUP_IDS as readonly string[]).includes(id);
const isSummary = (id: string): id is SummaryRow =>
	(SUMMARY_ROWS as readonly string[]).includes(id);

/** The name of a row id in the current language. */
export function rowName(id: string): string {
	if (isSector(id)) return i18n.t(`sector.${id}`);
	if (isGroup(id)) return i18n.t(`group.${id}`);
	if (isSummary(id)) return i18n.t(`row.${id}`);
	if (id.startsWith('custom:')) return id.slice('custom:'.length);
	return i18n.country(id);
}

/** The name of a partner set: a country, a group or a custom group; `all` is the caller's wording for every partner. */
export function partnerSetName(set: PartnerSet | undefined, all: string): string {
	if (set === undefined || set.kind === 'all') return all;
	return set.kind === 'custom' ? set.group.name : rowName(set.id);
}
