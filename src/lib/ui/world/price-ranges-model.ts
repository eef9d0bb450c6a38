/**
 * The price-range tables (METHODS 9) as DataTable models: the exporters of the world page, and a
 * pair's ranges by sector and its largest flows. Pure: texts come in as functions, so the same
 * numbers reach the page and the CSV.
 */
import type {
	PairPriceRanges,
	PriceRange,
	PriceRangesSummary,
	RangeTotals,
	SectorId
} from '../../engine';
import type { DataColumn, DataRow, DataTableModel } from '../tables/data-table';

/** Texts the models need, in the current language. */
export interface RangeLabels {
	country: (id: string) => string;
	sector: (id: SectorId) => string;
	range: (range: PriceRange) => string;
	exporter: string;
	exports: string;
	up: string;
	middle: string;
	down: string;
	unranked: string;
	world: string;
	/** The pair tables' own column names. */
	flow: string;
	directionTotal: (from: string, to: string) => string;
	product: string;
	direction: string;
	value: string;
	unit: string;
	unitValue: string;
	reference: string;
	ratio: string;
	rangeColumn: string;
}

/** The shares a range row shows: up/middle/down of the ranked exports, unranked of all. */
function shareCells(totals: RangeTotals): DataRow['cells'] {
	const { ofRanked, ofValue } = totals.shares;
	return {
		value: totals.value,
		up: ofRanked.up,
		middle: ofRanked.middle,
		down: ofRanked.down,
		unranked: ofValue.unranked
	};
}

function shareColumns(labels: RangeLabels, first: DataColumn): DataColumn[] {
	return [
		first,
		{ key: 'value', label: labels.exports, kind: 'money' },
		{ key: 'up', label: labels.up, kind: 'percent' },
		{ key: 'middle', label: labels.middle, kind: 'percent' },
		{ key: 'down', label: labels.down, kind: 'percent' },
		{ key: 'unranked', label: labels.unranked, kind: 'percent' }
	];
}

/** One row per exporter (its id as the row id), the world total at the bottom. */
export function exporterRangesTable(
	summary: PriceRangesSummary,
	labels: RangeLabels
): DataTableModel {
	const rows: DataRow[] = summary.exporters.map((line) => ({
		id: line.exporter,
		cells: { exporter: labels.country(line.exporter), ...shareCells(line) },
		clickable: false
	}));
	if (summary.exporters.length > 0) {
		rows.push({
			id: 'world',
			cells: { exporter: labels.world, ...shareCells(summary.world) },
			summary: true
		});
	}
	return {
		columns: shareColumns(labels, { key: 'exporter', label: labels.exporter, kind: 'text' }),
		rows
	};
}

/** `from → to`, by name. */
function arrow(ranges: PairPriceRanges, direction: 0 | 1, labels: RangeLabels): string {
	const [from, to] = direction === 0 ? ranges.countries : [...ranges.countries].reverse();
	return `${labels.country(from)} → ${labels.country(to)}`;
}

/**
 * A pair's exports by range: a row per direction, year and sector (ids `d-year-sector`), and each
 * direction's total. The year is named only when the pair trades in several.
 */
export function pairSectorRangesTable(
	ranges: PairPriceRanges,
	labels: RangeLabels
): DataTableModel {
	const severalYears = new Set(ranges.rows.map((row) => row.year)).size > 1;
	const rows: DataRow[] = ranges.rows.map((row) => {
		const sector = labels.sector(row.sector);
		const where = severalYears ? `${row.year} · ${sector}` : sector;
		return {
			id: `${row.direction}-${row.year}-${row.sector}`,
			cells: { flow: `${arrow(ranges, row.direction, labels)} · ${where}`, ...shareCells(row) },
			clickable: false
		};
	});
	for (const direction of [0, 1] as const) {
		if (ranges.totals[direction].value === 0) continue;
		const [from, to] = direction === 0 ? ranges.countries : [...ranges.countries].reverse();
		rows.push({
			id: `total-${direction}`,
			cells: {
				flow: labels.directionTotal(labels.country(from), labels.country(to)),
				...shareCells(ranges.totals[direction])
			},
			summary: true
		});
	}
	return {
		columns: shareColumns(labels, { key: 'flow', label: labels.flow, kind: 'text' }),
		rows
	};
}

/** The pair's largest flows (ids `d-year-product`), each against its world reference unit value. */
export function pairFlowsTable(ranges: PairPriceRanges, labels: RangeLabels): DataTableModel {
	const rows: DataRow[] = ranges.flows.map((flow) => {
		const code = String(flow.product).padStart(6, '0');
		return {
			id: `${flow.direction}-${flow.year}-${code}`,
			cells: {
				product: `${flow.year} · ${code}`,
				direction: arrow(ranges, flow.direction, labels),
				value: flow.value,
				unit: flow.unit,
				unitValue: flow.unitValue,
				reference: flow.reference,
				ratio: flow.unitValue / flow.reference,
				range: labels.range(flow.range)
			},
			clickable: false
		};
	});
	return {
		columns: [
			{ key: 'product', label: labels.product, kind: 'text' },
			{ key: 'direction', label: labels.direction, kind: 'text' },
			{ key: 'value', label: labels.value, kind: 'money' },
			{ key: 'unit', label: labels.unit, kind: 'text' },
			{ key: 'unitValue', label: labels.unitValue, kind: 'money' },
			{ key: 'reference', label: labels.reference, kind: 'money' },
			{ key: 'ratio', label: labels.ratio, kind: 'ratio' },
			{ key: 'range', label: labels.rangeColumn, kind: 'text' }
		],
		rows
	};
}
