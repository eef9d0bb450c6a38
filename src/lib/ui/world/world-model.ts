/**
 * The world page's tables as DataTable models, from the pair matrix and a pair's detail. Pure:
 * names and labels come in as functions, so the same numbers reach the page and the CSV.
 */
import {
	PAIR_METRICS,
	type PairDetail,
	type PairFigures,
	type PairMatrix,
	type PairMetric,
	pairShare,
	type SectorId,
	topPairs,
	type WorldMethod
} from '../../engine';
import type { DataColumn, DataRow, DataTableModel } from '../tables/data-table';

/** Texts the models need, in the current language. */
export interface WorldLabels {
	country: (id: string) => string;
	sector: (id: SectorId) => string;
	metric: (metric: PairMetric) => string;
	pair: string;
	sectorColumn: string;
	trade: string;
	gl: string;
	yearTotal: (year: number) => string;
	total: string;
}

/** The id of an ordered pair's table row: `from>to` (country ids). */
export const pairRowId = (from: string, to: string): string => `${from}>${to}`;

/** The two country ids of a pair row id. */
export function pairOfRowId(id: string): [string, string] {
	const [from, to] = id.split('>');
	return [from, to];
}

const metricColumns = (labels: WorldLabels): DataColumn[] =>
	PAIR_METRICS.map((metric) => ({ key: metric, label: labels.metric(metric), kind: 'percent' }));

/** The largest `limit` pairs by trade, each as two rows (one per side), with the method's shares. */
export function pairTable(
	matrix: PairMatrix,
	limit: number,
	method: WorldMethod,
	labels: WorldLabels
): DataTableModel {
	const { n, countries } = matrix;
	const rows: DataRow[] = [];
	for (const { a, b, trade } of topPairs(matrix, limit)) {
		for (const [from, to] of [
			[a, b],
			[b, a]
		]) {
			const at = from * n + to;
			const cells: DataRow['cells'] = {
				pair: `${labels.country(countries[from])} → ${labels.country(countries[to])}`,
				trade
			};
			for (const metric of PAIR_METRICS) cells[metric] = pairShare(matrix, at, method, metric);
			rows.push({ id: pairRowId(countries[from], countries[to]), cells });
		}
	}
	return {
		columns: [
			{ key: 'pair', label: labels.pair, kind: 'text' },
			{ key: 'trade', label: labels.trade, kind: 'money' },
			...metricColumns(labels)
		],
		rows
	};
}

/** The shares of one side's view of some of the pair's trade; NaN without trade. */
function sideCells(
	figures: PairFigures,
	side: 0 | 1,
	method: WorldMethod
): Record<PairMetric | 'trade' | 'gl', number> {
	const split = figures.sides[side][method];
	const { trade } = figures;
	const share = (part: number) => (trade > 0 ? part / trade : NaN);
	return {
		trade,
		gl: figures.gl,
		iit: share(trade - split.oneWay),
		hiit: share(split.hiit),
		viitSup: share(split.viitSup),
		viitInf: share(split.viitInf),
		unclassified: share(split.unclassified)
	};
}

/**
 * One side of a pair's detail: a row per sector (and year, when there are several), the years'
 * totals when there are several, and the total.
 */
export function sideTable(
	detail: PairDetail,
	side: 0 | 1,
	method: WorldMethod,
	labels: WorldLabels
): DataTableModel {
	const severalYears = detail.years.length > 1;
	const rows: DataRow[] = detail.rows.map((row) => ({
		id: `${row.year}-${row.sector}`,
		cells: {
			sector: severalYears
				? `${row.year} · ${labels.sector(row.sector)}`
				: labels.sector(row.sector),
			...sideCells(row, side, method)
		},
		clickable: false
	}));
	if (severalYears) {
		for (const year of detail.byYear) {
			rows.push({
				id: `year-${year.year}`,
				cells: { sector: labels.yearTotal(year.year), ...sideCells(year, side, method) },
				summary: true
			});
		}
	}
	rows.push({
		id: 'total',
		cells: { sector: labels.total, ...sideCells(detail.total, side, method) },
		summary: true
	});
	return {
		columns: [
			{ key: 'sector', label: labels.sectorColumn, kind: 'text' },
			{ key: 'trade', label: labels.trade, kind: 'money' },
			{ key: 'gl', label: labels.gl, kind: 'percent' },
			...metricColumns(labels)
		],
		rows
	};
}
