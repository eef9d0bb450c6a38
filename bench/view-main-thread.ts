/**
 * What the main thread computes when the user changes years, partners, rows or view: the views
 * of src/lib/engine from the cells the worker sent. Timed next to the worker's answers.
 */
import { viitSupDominance } from '../src/lib/engine/views/dominance';
import { partnerSectorMatrix } from '../src/lib/engine/views/heatmap';
import { qualityTable } from '../src/lib/engine/views/quality';
import { annualSeries } from '../src/lib/engine/views/series';
import type { Dimension } from '../src/lib/engine/model/selection';
import type { Cell } from '../src/lib/engine/model/types';
import {
	dimensionTable,
	sectorTable,
	type PartnerDimension,
	type ViewFilter
} from '../src/lib/engine/views/tables';

/** Milliseconds per main-thread view, and how many cells they start from. */
export interface MainThreadTimings {
	cells: number;
	/** Tables 1–4: the partner table (top 15) and the sector table. */
	tablesMs: number;
	groupTableMs: number;
	heatmapMs: number;
	seriesMs: number;
	qualityMs: number;
	/** Table 5 from the cells at two α (the same cells twice here: the work is the same). */
	dominanceMs: number;
}

/** Times each main-thread view with `time` (which runs a task and returns its milliseconds). */
export function mainThreadTimings(
	cells: Cell[],
	filter: ViewFilter,
	time: (task: () => unknown) => number
): MainThreadTimings {
	const partner: PartnerDimension = { kind: 'partner' };
	const group: Dimension = { kind: 'group', custom: [] };
	const top = dimensionTable(cells, filter, partner, 3).rows.map((row) => row.id);
	return {
		cells: cells.length,
		tablesMs: time(() => {
			dimensionTable(cells, filter, partner, 15);
			sectorTable(cells, filter);
		}),
		groupTableMs: time(() => dimensionTable(cells, filter, group, 15)),
		heatmapMs: time(() => partnerSectorMatrix(cells, filter, partner, 15)),
		seriesMs: time(() => annualSeries(cells, filter, partner, ['total', ...top])),
		qualityMs: time(() => qualityTable(cells, filter, partner)),
		dominanceMs: time(() => viitSupDominance(cells, cells, filter, partner, 'ghm', [0.15, 0.25]))
	};
}
