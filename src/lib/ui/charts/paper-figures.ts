/** The paper's Figures 1–3 as bar chart data, from the partner and sector views. Pure. */
import type { GroupRow, GroupTable, MethodFigures } from '../../engine';
import type { Method } from '../../state/settings.svelte';
import { describeLargest, type BarChartData, type LargestPhrase } from './bar';

/** Labels the chart builders need, already translated. */
export interface ChartLabels {
	methodName: Record<Method, string>;
	groupName: (id: string) => string;
	iitIndex: string;
	hiit: string;
	viit: string;
	unclassified: string;
	/** Unclassified by the unit-value screen (METHODS 7.1): its own part of the stack. */
	outlier: string;
	viitInf: string;
	viitSup: string;
	/** Phrase naming a series' largest bar, for the description. */
	largest: LargestPhrase;
	/** The description when there is nothing to draw. */
	noData: string;
}

type Part = { label: string; value: (figures: MethodFigures) => number };

const finite = (value: number): number | null => (Number.isFinite(value) ? value : null);

/** Completes chart data with its description (the largest bar of each series). */
function described(data: Omit<BarChartData, 'description'>, labels: ChartLabels): BarChartData {
	return { ...data, description: describeLargest(data, labels.largest, labels.noData) };
}

/** Chart 1: IIT index by partner, one bar per method (in %), values written at the bars' ends. */
export function iitIndexByPartner(
	table: GroupTable,
	methods: Method[],
	labels: ChartLabels,
	format: BarChartData['format']
): BarChartData {
	const rows = table.rows;
	return described(
		{
			categories: rows.map((row) => labels.groupName(row.id)),
			series: methods.map((method) => ({
				name: `${labels.iitIndex} ${labels.methodName[method]}`,
				values: rows.map((row) => finite(row[method].iitIndex * 100))
			})),
			format,
			showValues: true
		},
		labels
	);
}

/** One stacked series per (method, part): the stack groups a method's parts in one bar. */
function stackedSeries(
	rows: GroupRow[],
	methods: Method[],
	labels: ChartLabels,
	parts: Part[]
): BarChartData['series'] {
	return methods.flatMap((method) =>
		parts.map((part) => ({
			name: `${part.label} ${labels.methodName[method]}`,
			stack: method,
			values: rows.map((row) => finite(part.value(row[method])))
		}))
	);
}

/** Sector bars stacked per method from the given parts of each method's figures. */
function sectorStacks(
	table: GroupTable,
	methods: Method[],
	labels: ChartLabels,
	format: BarChartData['format'],
	parts: Part[]
): Omit<BarChartData, 'description'> {
	return {
		categories: table.rows.map((row) => labels.groupName(row.id)),
		series: stackedSeries(table.rows, methods, labels, parts),
		format
	};
}

/** Chart 2: HIIT, VIIT and unclassified IIT (and unit-value outliers, when screened) by sector, stacked per method (annual average, in the data's currency). */
export function compositionBySector(
	table: GroupTable,
	methods: Method[],
	labels: ChartLabels,
	format: BarChartData['format']
): BarChartData {
	const parts: Part[] = [
		{ label: labels.hiit, value: (f) => f.hiit },
		{ label: labels.viit, value: (f) => f.viit },
		{ label: labels.unclassified, value: (f) => f.volume.unclassified }
	];
	// Screened trade is shown apart, and only when there is some: the paper's chart stays as it was.
	const screened = table.rows.some((row) => methods.some((m) => row[m].volume.outlier > 0));
	if (screened) parts.push({ label: labels.outlier, value: (f) => f.volume.outlier });
	return described(sectorStacks(table, methods, labels, format, parts), labels);
}

/** Chart 3: VIIT-inf and VIIT-sup shares of VIIT by sector, a 100 % stack per method. */
export function qualityBySector(
	table: GroupTable,
	methods: Method[],
	labels: ChartLabels,
	format: BarChartData['format']
): BarChartData {
	const stacks = sectorStacks(table, methods, labels, format, [
		{ label: labels.viitInf, value: (f) => f.viitInfShare * 100 },
		{ label: labels.viitSup, value: (f) => f.viitSupShare * 100 }
	]);
	return described({ ...stacks, max: 100 }, labels);
}
