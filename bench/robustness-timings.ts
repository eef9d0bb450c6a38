/**
 * The robustness table's cost in the worker (issue 17 item 12: "the screen and the robustness
 * table at 1 M keys within a few hundred milliseconds"): each unit-value screen alone, the HS4
 * sums, and the whole table, with the keys in one HS edition (the HS editions row has nothing to
 * convert) and in three (it converts every key). Wall and CPU time, as medians: the machine may
 * be shared, and CPU time says what the work itself costs.
 */
import { keysAtLevel } from '../src/lib/engine/classify/aggregate-level';
import { robustnessTable, ROBUSTNESS_SCREENS } from '../src/lib/engine/classify/robustness';
import { screenUnitValues } from '../src/lib/engine/classify/uv-screen';
import type { Selection } from '../src/lib/engine/model/selection';
import type { TradeKeys, YearEdition } from '../src/lib/engine/model/types';

/** One task's median wall-clock and CPU milliseconds per call. */
export interface TaskTime {
	ms: number;
	cpuMs: number;
}

export interface RobustnessTimings {
	uvScreenQuantile: TaskTime;
	uvScreenMean: TaskTime;
	/** keysAtLevel(keys, 'hs4'): the HS4 row's keys. */
	hs4Sums: TaskTime;
	/** The nine rows, the keys in one HS edition. */
	table: TaskTime;
	/** The nine rows, the keys' years in three HS editions (the editions row converts them). */
	tableThreeEditions: TaskTime;
}

/** The median of `repeats` calls after one untimed call (compilation), wall and CPU. */
function medianTaskTime(task: () => unknown, repeats: number): TaskTime {
	task();
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const cpuStart = process.cpuUsage();
		const started = performance.now();
		task();
		wall.push(performance.now() - started);
		const used = process.cpuUsage(cpuStart);
		cpu.push((used.user + used.system) / 1000);
	}
	const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
	return { ms: median(wall), cpuMs: median(cpu) };
}

/** The keys' years spread over HS 2012, 2017 and 2022 in thirds (as a Comtrade download would be). */
function threeEditions(keys: TradeKeys): YearEdition[] {
	const years = [...new Set(keys.year)].sort((a, b) => a - b);
	const editions = ['H4', 'H5', 'H6'];
	return years.map((year, i) => ({
		year,
		edition: editions[Math.floor((3 * i) / years.length)],
		stated: true
	}));
}

/** Times the screens, the HS4 sums and the robustness table of `selection` on `keys`. */
export function timeRobustness(
	keys: TradeKeys,
	selection: Selection,
	repeats: number
): RobustnessTimings {
	const editions = threeEditions(keys);
	return {
		uvScreenQuantile: medianTaskTime(
			() => screenUnitValues(keys, ROBUSTNESS_SCREENS.quantile),
			repeats
		),
		uvScreenMean: medianTaskTime(() => screenUnitValues(keys, ROBUSTNESS_SCREENS.mean), repeats),
		hs4Sums: medianTaskTime(() => keysAtLevel(keys, 'hs4'), repeats),
		table: medianTaskTime(() => robustnessTable(keys, selection), repeats),
		tableThreeEditions: medianTaskTime(() => robustnessTable(keys, selection, editions), repeats)
	};
}

/** The timings as label–value rows for the bench's table. */
export function robustnessRows(timings: RobustnessTimings): [string, string][] {
	const time = ({ ms, cpuMs }: TaskTime) => `${ms.toFixed(1)} ms (CPU ${cpuMs.toFixed(1)} ms)`;
	return [
		['view: unit-value screen (quantile)', time(timings.uvScreenQuantile)],
		['view: unit-value screen (mean)', time(timings.uvScreenMean)],
		['view: HS4 sums', time(timings.hs4Sums)],
		['view: robustness table (9 rows)', time(timings.table)],
		['view: robustness, 3 HS editions', time(timings.tableThreeEditions)]
	];
}
