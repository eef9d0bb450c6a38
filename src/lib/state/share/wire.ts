/**
 * The results payload as JSON (version 1), and back. Cells and keys go in column-free flat
 * number lists with dictionaries for partners and years, so a link stays short; numbers are
 * written as JSON writes doubles (shortest exact form), so views built from a link show exactly
 * the sender's numbers. Reading validates every field: see check.ts.
 */
import { SECTOR_IDS, type Cell, type ClassSplit } from '../../engine/types';
import { array, count, number, object, text } from './check';
import { infoFromWire, infoToWire, ledgerFromWire, ledgerToWire } from './wire-facts';
import { keysFromWire, keysToWire, type KeysWire } from './wire-keys';
import { ShareError, type CellsAtAlpha, type SharedResults } from './shared-results';

/** The payload's marks: which app wrote it, and its version (a newer one is refused clearly). */
const PAYLOAD_APP = 'iit-explorer-results';
const PAYLOAD_VERSION = 1;

/** Bounds a tampered payload cannot exceed (a real one is far below them). */
const MAX_CELLS = 2_000_000;
const MAX_ALPHA_SETS = 8;
const MAX_PARTNERS = 5_000;

/** Numbers per cell: year, partner and sector indexes, trade, GHM ×5, FF ×5, quality ×3. */
const CELL_WIDTH = 17;

/**
 * Cells of one α as one flat list, column after column (all years, then all partners, …): runs
 * of alike numbers compress better than cell after cell.
 */
interface CellsWire {
	alpha: number;
	rows: number[];
}

/** The JSON of a results link or file. */
export interface PayloadWire {
	app: typeof PAYLOAD_APP;
	v: typeof PAYLOAD_VERSION;
	created: string;
	settings: string;
	reporter: string;
	info: unknown;
	ledger: unknown;
	partners: string[];
	years: number[];
	cells: CellsWire[];
	keys: KeysWire | null;
}

const splitValues = (split: ClassSplit) => [
	split.oneWay,
	split.hiit,
	split.viitSup,
	split.viitInf,
	split.unclassified
];

/** A cell's numbers in the order of CELL_WIDTH. */
function cellValues(
	cell: Cell,
	yearIndex: Map<number, number>,
	partnerIndex: Map<string, number>
): number[] {
	return [
		yearIndex.get(cell.year) as number,
		partnerIndex.get(cell.partner) as number,
		SECTOR_IDS.indexOf(cell.sector),
		cell.trade,
		...splitValues(cell.ghm),
		...splitValues(cell.ff),
		cell.quality.weight,
		cell.quality.sum,
		cell.quality.sumSq
	];
}

/** The payload of shared results (all cells must be of one reporter). */
export function toWire(shared: SharedResults): PayloadWire {
	const reporter = shared.cells[0]?.cells[0]?.reporter ?? shared.info.reporters[0] ?? '';
	const partners = [...new Set(shared.cells.flatMap((set) => set.cells.map((c) => c.partner)))];
	const years = [...new Set(shared.cells.flatMap((set) => set.cells.map((c) => c.year)))];
	partners.sort();
	years.sort((a, b) => a - b);
	const partnerIndex = new Map(partners.map((id, index) => [id, index]));
	const yearIndex = new Map(years.map((year, index) => [year, index]));
	const cells = shared.cells.map(({ alpha, cells: list }) => {
		const rows = new Array<number>(list.length * CELL_WIDTH);
		list.forEach((cell, i) => {
			if (cell.reporter !== reporter) throw new Error('shared cells must be of one reporter');
			cellValues(cell, yearIndex, partnerIndex).forEach(
				(value, column) => (rows[column * list.length + i] = value)
			);
		});
		return { alpha, rows };
	});
	return {
		app: PAYLOAD_APP,
		v: PAYLOAD_VERSION,
		created: shared.created,
		settings: shared.settings,
		reporter,
		info: infoToWire(shared.info),
		ledger: ledgerToWire(shared.ledger),
		partners,
		years,
		cells,
		keys: shared.keys ? keysToWire(shared.keys) : null
	};
}

/** Shared results from parsed JSON; throws ShareError for anything that is not a valid payload. */
export function fromWire(value: unknown): SharedResults {
	if (
		typeof value !== 'object' ||
		value === null ||
		(value as { app?: unknown }).app !== PAYLOAD_APP
	) {
		throw new ShareError('not-results');
	}
	const wire = object(value, 'payload');
	if (wire.v !== PAYLOAD_VERSION) {
		if (typeof wire.v === 'number' && wire.v > PAYLOAD_VERSION) throw new ShareError('version');
		throw new ShareError('invalid', 'v');
	}
	const created = text(wire.created, 'created', 40, /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
	const settings = text(wire.settings, 'settings', 20_000);
	const reporter = text(wire.reporter, 'reporter', 100);
	const partners = array(wire.partners, 'partners', MAX_PARTNERS).map((id, i) =>
		text(id, `partners[${i}]`, 100)
	);
	if (new Set(partners).size !== partners.length) throw new ShareError('invalid', 'partners');
	const years = array(wire.years, 'years', 200).map((year, i) => count(year, `years[${i}]`, 9999));
	const sets = array(wire.cells, 'cells', MAX_ALPHA_SETS);
	if (sets.length === 0) throw new ShareError('invalid', 'cells');
	return {
		created,
		settings,
		info: infoFromWire(wire.info),
		ledger: ledgerFromWire(wire.ledger),
		cells: sets.map((set, i) => cellsFromWire(set, `cells[${i}]`, reporter, partners, years)),
		keys: wire.keys === null ? null : keysFromWire(wire.keys, reporter)
	};
}

function cellsFromWire(
	value: unknown,
	path: string,
	reporter: string,
	partners: string[],
	years: number[]
): CellsAtAlpha {
	const set = object(value, path);
	const alpha = number(set.alpha, `${path}.alpha`, { min: 0, max: 1 });
	if (alpha <= 0 || alpha >= 1) throw new ShareError('invalid', `${path}.alpha`);
	const rows = array(set.rows, `${path}.rows`, MAX_CELLS * CELL_WIDTH);
	if (rows.length % CELL_WIDTH !== 0) throw new ShareError('invalid', `${path}.rows`);
	const n = rows.length / CELL_WIDTH;
	const cells: Cell[] = [];
	for (let i = 0; i < n; i++) {
		const where = `${path}.rows[${i}]`;
		const value = (column: number) => rows[column * n + i];
		const year = years[count(value(0), where, years.length - 1)];
		const partner = partners[count(value(1), where, partners.length - 1)];
		const sector = SECTOR_IDS[count(value(2), where, SECTOR_IDS.length - 1)];
		if (year === undefined || partner === undefined) throw new ShareError('invalid', where);
		// Trade, then GHM's and FF's five classes: amounts, never negative.
		const amounts = Array.from({ length: 11 }, (_, k) => number(value(3 + k), where, { min: 0 }));
		const split = (from: number): ClassSplit => ({
			oneWay: amounts[from],
			hiit: amounts[from + 1],
			viitSup: amounts[from + 2],
			viitInf: amounts[from + 3],
			unclassified: amounts[from + 4]
		});
		cells.push({
			year,
			reporter,
			partner,
			sector,
			trade: amounts[0],
			ghm: split(1),
			ff: split(6),
			quality: {
				weight: number(value(14), where, { min: 0 }),
				sum: number(value(15), where),
				sumSq: number(value(16), where, { min: 0 })
			}
		});
	}
	return { alpha, cells };
}
