/**
 * How long the worker takes to answer a view that changes (issue: "a view must update within
 * 200 ms at 1 M keys"): a classification over one chapter, a page of the product drill-down,
 * the threshold sensitivity, the marginal IIT sums, the unit-value screens and the robustness
 * table (bench/robustness-timings.ts); then what the main thread does with the
 * cells: the paper's tables, the heatmap, the series, the quality index and Table 5.
 */
import { mainThreadTimings, type MainThreadTimings } from './view-main-thread';
import { classifyKeys } from '../src/lib/engine/classify/classify';
import { productPage } from '../src/lib/engine/classify/drilldown';
import { marginalCells } from '../src/lib/engine/classify/marginal';
import { ALL_PARTNERS, ALL_PRODUCTS, type Selection } from '../src/lib/engine/model/selection';
import { thresholdSensitivity } from '../src/lib/engine/classify/sensitivity';
import { robustnessRows, timeRobustness, type RobustnessTimings } from './robustness-timings';
import type { ClassifySettings, TradeKeys } from '../src/lib/engine/model/types';

/** Milliseconds per view update: the median of `repeats` runs after one untimed warm-up run (unless said otherwise). */
export interface ViewUpdateTimings {
	keys: number;
	/** Keys in the selection the views look at (the reporter's, every year and partner). */
	selectedKeys: number;
	/** classifyKeys over HS chapter 84 only. */
	classifyChapterMs: number;
	/** The first productPage on these keys: it also orders every key by year, partner, product once. */
	productsFirstMs: number;
	/** productPage sorted by trade, largest first, first 100 rows. */
	productsMs: number;
	thresholdSensitivityMs: number;
	/** marginalCells between the first and the last year. */
	marginalMs: number;
	/** classifyKeys over everything: what a change of α, θ or the CIF/FOB factor costs in the worker. */
	classifyAllMs: number;
	/** A classification with the unit-value screen (METHODS 7.1, quantile rule). */
	classifyScreenedMs: number;
	/** The screens alone and the robustness table (METHODS 7.6), wall and CPU time. */
	robustness: RobustnessTimings;
	/** The main thread's views from those cells. */
	mainThread: MainThreadTimings;
}

const PAPER_SETTINGS: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
const SCREEN = { rule: 'quantile', p: 0.05 } as const;

/** Milliseconds one call of `task` takes. */
function timeOnce(task: () => unknown): number {
	const started = performance.now();
	task();
	return performance.now() - started;
}

/** The median time of `repeats` calls, after one untimed call (which would include compilation). */
function medianTime(task: () => unknown, repeats: number): number {
	task();
	const times = Array.from({ length: repeats }, () => timeOnce(task)).sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

/** The reporter with the most keys, and the first and last year of the keys. */
function mainReporterAndYears(keys: TradeKeys): { reporter: string; first: number; last: number } {
	const counts = new Map<number, number>();
	let first = Infinity;
	let last = -Infinity;
	for (let k = 0; k < keys.count; k++) {
		counts.set(keys.reporter[k], (counts.get(keys.reporter[k]) ?? 0) + 1);
		first = Math.min(first, keys.year[k]);
		last = Math.max(last, keys.year[k]);
	}
	const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
	return { reporter: top ? keys.countries[top[0]] : '', first, last };
}

/** Times the worker's view updates on `keys` (the reporter with most keys, all years and partners). */
export function timeViewUpdates(
	keys: TradeKeys,
	settings: ClassifySettings = PAPER_SETTINGS,
	repeats = 3
): ViewUpdateTimings {
	const { reporter, first, last } = mainReporterAndYears(keys);
	const selection: Selection = {
		reporter,
		yearFrom: first,
		yearTo: last,
		partners: ALL_PARTNERS,
		scope: ALL_PRODUCTS
	};
	const products = () =>
		productPage(keys, settings, {
			selection,
			search: '',
			searchPartners: [],
			sort: 'trade',
			descending: true,
			offset: 0,
			limit: 100
		});
	const productsFirstMs = timeOnce(products);
	const chapter84 = { sectors: null, chapters: [84] };
	// A marginal query needs two different years; with one year it compares it with the next.
	const yearB = last > first ? last : first + 1;
	const cells = classifyKeys(keys, settings);
	const filter = { reporter, yearFrom: first, yearTo: last };
	return {
		keys: keys.count,
		selectedKeys: products().total,
		classifyChapterMs: medianTime(() => classifyKeys(keys, settings, chapter84), repeats),
		productsFirstMs,
		productsMs: medianTime(products, repeats),
		thresholdSensitivityMs: medianTime(
			() => thresholdSensitivity(keys, settings, selection),
			repeats
		),
		marginalMs: medianTime(
			() =>
				marginalCells(keys, { reporter, yearA: first, yearB, selection: { scope: ALL_PRODUCTS } }),
			repeats
		),
		classifyAllMs: medianTime(() => classifyKeys(keys, settings), repeats),
		classifyScreenedMs: medianTime(
			() => classifyKeys(keys, { ...settings, uvScreen: SCREEN }),
			repeats
		),
		robustness: timeRobustness(keys, selection, repeats),
		mainThread: mainThreadTimings(cells, filter, (task) => medianTime(task, repeats))
	};
}

/** The timings as label–value rows for the bench's table. */
export function viewUpdateRows(timings: ViewUpdateTimings): [string, string][] {
	const ms = (value: number) => `${value.toFixed(1)} ms`;
	return [
		['view keys', `${timings.keys} (${timings.selectedKeys} selected)`],
		['view: classify chapter 84', ms(timings.classifyChapterMs)],
		['view: products, first call', ms(timings.productsFirstMs)],
		['view: products by trade', ms(timings.productsMs)],
		['view: sensitivity', ms(timings.thresholdSensitivityMs)],
		['view: marginal', ms(timings.marginalMs)],
		['view: classify all (α change)', ms(timings.classifyAllMs)],
		['view: classify with the screen', ms(timings.classifyScreenedMs)],
		...robustnessRows(timings.robustness),
		[`main thread: ${timings.mainThread.cells} cells`, ''],
		['main: partner + sector tables', ms(timings.mainThread.tablesMs)],
		['main: group table', ms(timings.mainThread.groupTableMs)],
		['main: heatmap', ms(timings.mainThread.heatmapMs)],
		['main: series (4 lines)', ms(timings.mainThread.seriesMs)],
		['main: quality', ms(timings.mainThread.qualityMs)],
		['main: Table 5 from two cell sets', ms(timings.mainThread.dominanceMs)]
	];
}
