/**
 * The relative quality view's data: the tables by partner (or group) and by sector, the premium
 * chart and the one-sentence summary. Premium = exp(mean ln R) − 1, from the engine.
 */
import type { Dimension, PartnerSet, QualityRow, QualityTable } from '../../../engine';
import { i18n } from '../../../state/locale.svelte';
import type { BarChartData } from '../../charts/options';
import type { DataColumn, DataRow } from '../../tables/data-table';
import { rowName } from '../../results/names';
import { dimensionColumn, finiteOrNull, partnersPhrase } from '../shared/dimension';

/** A ratio as a signed percentage ("+34 %", "−12 %"): the sign says dearer or cheaper than imports. */
export function signedPercent(ratio: number, digits = 0): string {
	return i18n.signedPercent(ratio, digits);
}

/** The columns of a quality table whose rows run along `dimension`. */
export function qualityColumns(dimension: Dimension): DataColumn[] {
	return [
		{ key: 'name', label: dimensionColumn(dimension), kind: 'text' },
		{ key: 'weight', label: i18n.t('quality.col.weight'), kind: 'money' },
		{ key: 'coverage', label: i18n.t('quality.col.coverage'), kind: 'percent' },
		{ key: 'meanLnR', label: i18n.t('quality.col.meanLnR'), kind: 'ratio' },
		{ key: 'sd', label: i18n.t('quality.col.sd'), kind: 'ratio' },
		{ key: 'premium', label: i18n.t('quality.col.premium'), kind: 'signedPercent' }
	];
}

/** A table row: raw numbers, null when undefined. */
function tableRow(row: QualityRow, name: string, summary: boolean): DataRow {
	return {
		id: row.id,
		cells: {
			name,
			weight: row.weight,
			coverage: finiteOrNull(row.coverage),
			meanLnR: finiteOrNull(row.meanLnR),
			sd: finiteOrNull(row.sd),
			premium: finiteOrNull(row.premium)
		},
		summary: summary || undefined
	};
}

/** The rows (largest weight first, as the engine ranks them) and the whole selection last. */
export function qualityTableRows(table: QualityTable): DataRow[] {
	return [
		...table.rows.map((row) => tableRow(row, rowName(row.id), false)),
		tableRow(table.total, rowName('total'), true)
	];
}

/** The premium of the rows with most trade covered: one bar each, negative when exports are cheaper. */
export function premiumChartData(table: QualityTable, limit: number): BarChartData {
	const rows = table.rows.slice(0, limit);
	const items = rows.map((row) => `${rowName(row.id)} ${signedPercent(row.premium)}`);
	return {
		categories: rows.map((row) => rowName(row.id)),
		series: [
			{ name: i18n.t('quality.col.premium'), values: rows.map((row) => finiteOrNull(row.premium)) }
		],
		format: (value) => signedPercent(value),
		showValues: true,
		description: i18n.t('quality.chartDescription', { items: items.join('; ') })
	};
}

/**
 * One plain sentence for the whole selection, e.g. "Brasil — no comércio com todos os parceiros,
 * as exportações custam em média 34 % a mais que as importações dos mesmos produtos…".
 */
export function qualitySummary(
	total: QualityRow,
	reporter: string,
	partners: PartnerSet | undefined
): string {
	const params = {
		reporter: i18n.country(reporter),
		partners: partnersPhrase(partners),
		premium: i18n.percent(Math.abs(total.premium), 0),
		coverage: i18n.percent(total.coverage, 0)
	};
	if (!Number.isFinite(total.premium)) return i18n.t('quality.summary.none', params);
	// Decided on the rounded figure: "0 % a mais" would read as a contradiction.
	if (Math.round(Math.abs(total.premium) * 100) === 0) {
		return i18n.t('quality.summary.same', params);
	}
	return i18n.t(total.premium > 0 ? 'quality.summary.above' : 'quality.summary.below', params);
}
