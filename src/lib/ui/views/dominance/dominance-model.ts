/** The paper's Table 5 as the view shows it: rows grouped by sector, the sectors left out, a CSV. */
import {
	type CsvDialect,
	csvLines,
	type DominanceRow,
	type DominanceTable,
	type SectorId
} from '../../../engine';
import { i18n } from '../../../state/locale.svelte';
import { rowName } from '../../results/names';

/** The pairs of one sector, in the engine's order (best VIIT-sup share at α₁ first). */
export interface DominanceSector {
	sector: SectorId;
	name: string;
	rows: (DominanceRow & { name: string })[];
}

/** Rows grouped by sector, sectors in the order their first row appears (the engine ranks them). */
export function dominanceSectors(table: DominanceTable): DominanceSector[] {
	const groups: DominanceSector[] = [];
	for (const row of table.rows) {
		let group = groups.find((entry) => entry.sector === row.sector);
		if (group === undefined) {
			group = { sector: row.sector, name: rowName(row.sector), rows: [] };
			groups.push(group);
		}
		group.rows.push({ ...row, name: rowName(row.id) });
	}
	return groups;
}

/** The line under the table: the sectors with vertical trade where VIIT-sup prevails with no partner. */
export function sectorsWithoutText(table: DominanceTable): string {
	if (table.sectorsWithout.length === 0) return i18n.t('dominance.withoutNone');
	const sectors = table.sectorsWithout.map((sector) => rowName(sector)).join('; ');
	return i18n.t('dominance.without', { sectors });
}

/** The table as CSV: raw shares (ratios) and volumes, one line per pair, ids beside names. */
export function dominanceCsv(table: DominanceTable, dialect: CsvDialect = 'standard'): string {
	const [alphaA, alphaB] = table.alphas;
	const header = [
		'sector',
		'sector_name',
		'partner',
		'partner_name',
		`viit_sup_share_alpha_${alphaA}`,
		`viit_sup_share_alpha_${alphaB}`,
		`viit_alpha_${alphaA}`,
		`viit_alpha_${alphaB}`,
		`dominant_alpha_${alphaA}`,
		`dominant_alpha_${alphaB}`
	];
	const lines = table.rows.map((row) => [
		row.sector,
		rowName(row.sector),
		row.id,
		rowName(row.id),
		row.shareA,
		row.shareB,
		row.viitA,
		row.viitB,
		row.dominantA,
		row.dominantB
	]);
	return csvLines([header, ...lines], dialect);
}
