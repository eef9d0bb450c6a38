/**
 * Shared results from a validated payload: the cells as the views use them. Building 150,000
 * cells takes a while, so on the page it is done in slices that give the main thread back
 * between them (sharedInSlices); tests build them at once (sharedOf).
 */
import { type Cell, type ClassSplit, SECTOR_IDS } from '../model/types';
import type { CellsAtAlpha, SharedPayload, SharedResults } from './shared-results';

/** Cells built per slice: a few milliseconds of work. */
const SLICE = 20_000;

/** The cells `from` to `to` of one classification. */
function buildCells(
	payload: SharedPayload,
	set: SharedPayload['cells'][number],
	from: number,
	to: number,
	into: Cell[]
): void {
	const { count: n, columns } = set;
	const { reporter, partners, years } = payload;
	const split = (column: number, outlierColumn: number, i: number): ClassSplit => ({
		oneWay: columns[column * n + i],
		hiit: columns[(column + 1) * n + i],
		viitSup: columns[(column + 2) * n + i],
		viitInf: columns[(column + 3) * n + i],
		unclassified: columns[(column + 4) * n + i],
		outlier: columns[outlierColumn * n + i]
	});
	for (let i = from; i < to; i++) {
		into.push({
			year: years[columns[i]],
			reporter,
			partner: partners[columns[n + i]],
			sector: SECTOR_IDS[columns[2 * n + i]],
			trade: columns[3 * n + i],
			exports: columns[19 * n + i],
			imports: columns[20 * n + i],
			ghm: split(4, 17, i),
			ff: split(9, 18, i),
			quality: {
				weight: columns[14 * n + i],
				sum: columns[15 * n + i],
				sumSq: columns[16 * n + i]
			}
		});
	}
}

function resultsOf(payload: SharedPayload, cells: CellsAtAlpha[]): SharedResults {
	const { created, settings, info, ledger, keys, view, method } = payload;
	return {
		created,
		settings,
		info,
		ledger,
		cells,
		keys,
		...(view ? { view } : {}),
		...(method ? { method } : {})
	};
}

/** The shared results of a payload, built at once. */
export function sharedOf(payload: SharedPayload): SharedResults {
	const cells = payload.cells.map((set) => {
		const list: Cell[] = [];
		buildCells(payload, set, 0, set.count, list);
		return { alpha: set.alpha, cells: list };
	});
	return resultsOf(payload, cells);
}

/** Gives the main thread back (input, painting) before the next slice. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A classification built the first time its cells are asked for: Table 5's other α, which only the
 * sensitivity view reads. Building every α at once would triple the objects made as a link opens,
 * and the garbage collector's pauses with them.
 */
function builtWhenRead(payload: SharedPayload, set: SharedPayload['cells'][number]): CellsAtAlpha {
	let cells: Cell[] | null = null;
	return {
		alpha: set.alpha,
		get cells() {
			if (!cells) buildCells(payload, set, 0, set.count, (cells = []));
			return cells;
		}
	};
}

/**
 * The shared results of a payload: the α in use built in slices with a pause between them, the
 * others when first read.
 */
export async function sharedInSlices(payload: SharedPayload): Promise<SharedResults> {
	const [first, ...others] = payload.cells;
	const cells: Cell[] = [];
	for (let from = 0; from < first.count; from += SLICE) {
		buildCells(payload, first, from, Math.min(first.count, from + SLICE), cells);
		// After the last slice too: what the views then compute from the cells is a task of its own.
		await pause();
	}
	const sets = [{ alpha: first.alpha, cells }, ...others.map((set) => builtWhenRead(payload, set))];
	return resultsOf(payload, sets);
}
