/**
 * A validated panel: entity and period indices per row, the counts per entity, and the design
 * columns (the regressors, then the year dummies when asked for). Rows with a missing or
 * non-finite value are refused here, before any estimation: the caller decides what to drop.
 */
import {
	PanelDataError,
	type PanelInput,
	type PanelOptions,
	type PeriodCounts,
	type DropReason
} from './types';

/** A design column: its R name, values, and whether it is a year dummy. */
export interface DesignColumn {
	name: string;
	values: Float64Array;
	timeEffect: boolean;
}

/** The panel as the estimators read it. */
export interface Panel {
	nobs: number;
	y: Float64Array;
	/** Entity index (0 … entities − 1) per row. */
	entityOf: Int32Array;
	/** Period index (0 … distinct − 1, in time order) per row. */
	timeOf: Int32Array;
	entityIds: string[];
	timeIds: string[];
	/** Observations per entity (T_i). */
	sizes: Int32Array;
	periods: PeriodCounts;
	/** Every entity observed in every period (plm's `pdim()$balanced`). */
	balanced: boolean;
	/** Regressors in input order, then the year dummies (no intercept). */
	columns: DesignColumn[];
	/** Terms dropped before estimation (constant over all rows), for every model. */
	screened: { term: string; reason: DropReason }[];
}

/** Validates the input and builds the panel; throws PanelDataError on bad data. */
export function buildPanel(input: PanelInput, options: PanelOptions = {}): Panel {
	const nobs = input.y.length;
	if (nobs === 0) throw new PanelDataError('empty', 'The panel has no rows.');
	const lengths = [
		input.entity.length,
		input.time.length,
		...input.regressors.map((r) => r.values.length)
	];
	if (lengths.some((length) => length !== nobs)) {
		throw new PanelDataError('length-mismatch', `Every column must have ${nobs} rows.`);
	}
	const y = finiteColumn(input.yName, input.y);
	const regressors = input.regressors.map((r) => finiteColumn(r.name, r.values));

	const entities = indexIds(input.entity, 'entity');
	const times = indexIds(input.time, 'time', compareTimes);
	const sizes = new Int32Array(entities.ids.length);
	const seen = new Set<number>();
	for (let row = 0; row < nobs; row++) {
		const e = entities.of[row];
		const key = e * times.ids.length + times.of[row];
		if (seen.has(key)) {
			throw new PanelDataError(
				'duplicate-observation',
				`Row ${row + 1} repeats entity "${entities.ids[e]}" in period "${times.ids[times.of[row]]}".`,
				row
			);
		}
		seen.add(key);
		sizes[e]++;
	}
	const distinct = times.ids.length;
	const min = Math.min(...sizes);
	const max = Math.max(...sizes);

	const columns: DesignColumn[] = input.regressors.map((r, j) => ({
		name: r.name,
		values: regressors[j],
		timeEffect: false
	}));
	if (options.timeEffects) columns.push(...timeDummies(times, options.timeName ?? 'time'));
	const screened = columns.filter((c) => isConstant(c.values));
	return {
		nobs,
		y,
		entityOf: entities.of,
		timeOf: times.of,
		entityIds: entities.ids,
		timeIds: times.ids,
		sizes,
		periods: { min, max, distinct },
		balanced: min === distinct,
		columns: columns.filter((c) => !screened.includes(c)),
		screened: screened.map((c) => ({ term: c.name, reason: 'constant' }))
	};
}

/** The values as Float64Array; a missing or non-finite one is an error naming row and variable. */
function finiteColumn(name: string, values: ArrayLike<number>): Float64Array {
	const out = new Float64Array(values.length);
	for (let row = 0; row < values.length; row++) {
		const v = values[row];
		if (typeof v !== 'number' || !Number.isFinite(v)) {
			throw new PanelDataError(
				'not-finite',
				`Row ${row + 1}: ${name} is ${String(v)}, not a finite number.`,
				row,
				name
			);
		}
		out[row] = v;
	}
	return out;
}

/** Ids as strings, sorted, with each row's index into them. */
function indexIds(
	ids: readonly (string | number)[],
	what: 'entity' | 'time',
	compare: (a: string, b: string) => number = compareTimes
): { ids: string[]; of: Int32Array } {
	const labels = ids.map((id, row) => {
		const label = String(id ?? '').trim();
		if (label === '') {
			throw new PanelDataError('missing-id', `Row ${row + 1} has no ${what} id.`, row, what);
		}
		return label;
	});
	const sorted = [...new Set(labels)].sort(compare);
	const position = new Map(sorted.map((label, i) => [label, i]));
	return { ids: sorted, of: Int32Array.from(labels, (label) => position.get(label) as number) };
}

/** Numeric order when both ids are numbers (years), text order otherwise — as R's factor levels. */
function compareTimes(a: string, b: string): number {
	const x = Number(a);
	const y = Number(b);
	if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Dummies for every period but the first, named as R's `factor(year)2001`. */
function timeDummies(times: { ids: string[]; of: Int32Array }, timeName: string): DesignColumn[] {
	return times.ids.slice(1).map((label, k) => ({
		name: `factor(${timeName})${label}`,
		values: Float64Array.from(times.of, (t) => (t === k + 1 ? 1 : 0)),
		timeEffect: true
	}));
}

/** The same value in every row, to rounding. */
export function isConstant(values: Float64Array): boolean {
	let min = Infinity;
	let max = -Infinity;
	for (const v of values) {
		if (v < min) min = v;
		if (v > max) max = v;
	}
	return max - min <= 1e-12 * Math.max(Math.abs(min), Math.abs(max));
}

/** Constant within every period (one value per year): what year effects absorb. */
export function variesOnlyByTime(values: Float64Array, panel: Panel): boolean {
	const first = new Float64Array(panel.timeIds.length).fill(NaN);
	for (let row = 0; row < panel.nobs; row++) {
		const t = panel.timeOf[row];
		if (Number.isNaN(first[t])) first[t] = values[row];
		else if (Math.abs(values[row] - first[t]) > 1e-12 * Math.abs(first[t])) return false;
	}
	return true;
}
