/**
 * The results payload as JSON (version 2; version 1 still opens; version 3 is a short link of one
 * view, reduce.ts), and back. Cells and keys go in column-free flat
 * number lists with dictionaries for partners and years, so a link stays short; numbers are
 * written as JSON writes doubles (shortest exact form), so views built from a link show exactly
 * the sender's numbers. Reading validates every field: see check.ts.
 */
import { type Cell, type ClassSplit, SECTOR_IDS } from '../model/types';
import type { Method } from '../views/table-types';
import { MAX_PARTNERS, MAX_YEARS } from './bounds';
import { invalid, object, oneOf, text, yearList } from './check';
import { SHARED_VIEWS, type SharedView } from './reduce';
import { countryIdCheck, countryIds } from './ids';
import {
	infoFromList,
	infoFromWire,
	infoToList,
	infoToWire,
	ledgerFromList,
	ledgerFromWire,
	ledgerToList,
	ledgerToWire
} from './wire-facts';
import { cellsFromWire } from './wire-cells';
import { keysFromWire, keysToWire, type KeysWire } from './wire-keys';
import {
	CELL_WIDTH,
	CELL_WIDTH_V1,
	ShareError,
	type SharedPayload,
	type SharedResults
} from './shared-results';

/** The payload's marks: which app wrote it, and its version (a newer one is refused clearly). */
const PAYLOAD_APP = 'iit-explorer-results';
const PAYLOAD_VERSION = 2;
/** A short link of one view (reduce.ts): version 2 with the view named; older apps refuse it. */
const VIEW_VERSION = 3;
const METHODS: readonly Method[] = ['ghm', 'ff'];
/** Version 1 had no unit-value outliers, exports or imports per cell: its links still open. */
const OLDEST_VERSION = 1;

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
	v: number;
	created: string;
	settings: string;
	reporter: string;
	info: unknown;
	ledger: unknown;
	partners: string[];
	years: number[];
	cells: CellsWire[];
	keys: KeysWire | null;
	/** Only in version 3: the one view the cells are summed for. */
	view?: SharedView;
	/** Only in a version 3 quick check: the one method its cells carry. */
	method?: Method;
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
		cell.quality.sumSq,
		cell.ghm.outlier,
		cell.ff.outlier,
		cell.exports,
		cell.imports
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
		v: shared.view ? VIEW_VERSION : PAYLOAD_VERSION,
		created: shared.created,
		settings: shared.settings,
		reporter,
		// A short link lists the facts' and the ledger's values without their names.
		info: shared.view ? infoToList(shared.info) : infoToWire(shared.info),
		ledger: shared.view ? ledgerToList(shared.ledger) : ledgerToWire(shared.ledger),
		partners,
		years,
		cells,
		keys: shared.keys ? keysToWire(shared.keys) : null,
		...(shared.view ? { view: shared.view } : {}),
		...(shared.method ? { method: shared.method } : {})
	};
}

/**
 * The validated payload of parsed JSON; throws ShareError for anything that is not one. The
 * ledger is read first: the unknown countries it lists are the only names allowed as ids.
 */
export function fromWire(value: unknown): SharedPayload {
	if (
		typeof value !== 'object' ||
		value === null ||
		Array.isArray(value) ||
		(value as { app?: unknown }).app !== PAYLOAD_APP
	) {
		throw new ShareError('not-results');
	}
	const wire = object(value, 'payload');
	if (wire.v !== PAYLOAD_VERSION && wire.v !== OLDEST_VERSION && wire.v !== VIEW_VERSION) {
		if (typeof wire.v === 'number' && wire.v > VIEW_VERSION) throw new ShareError('version');
		throw new ShareError('invalid', 'v');
	}
	// A short link names its view; a full one (version 1 or 2) must not.
	const view =
		wire.v === VIEW_VERSION
			? oneOf(wire.view, 'view', SHARED_VIEWS)
			: wire.view === undefined
				? undefined
				: invalid('view', 'absent before version 3');
	// A quick check link names its one method; no other payload may.
	const method =
		view === 'quickcheck'
			? oneOf(wire.method, 'method', METHODS)
			: wire.method === undefined
				? undefined
				: invalid('method', 'only in a quick check link');
	const width = wire.v === OLDEST_VERSION ? CELL_WIDTH_V1 : CELL_WIDTH;
	const created = text(wire.created, 'created', 40, /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
	const settings = text(wire.settings, 'settings', 20_000);
	const short = wire.v === VIEW_VERSION;
	const ledger = short ? ledgerFromList(wire.ledger) : ledgerFromWire(wire.ledger);
	const countryId = countryIdCheck(ledger.unknownCountries.map((country) => country.id));
	const reporter = countryId(wire.reporter, 'reporter');
	const partners = countryIds(wire.partners, 'partners', countryId, MAX_PARTNERS);
	const years = yearList(wire.years, 'years', MAX_YEARS);
	return {
		created,
		settings,
		reporter,
		info: short ? infoFromList(wire.info, countryId) : infoFromWire(wire.info, countryId),
		ledger,
		partners,
		years,
		cells: cellsFromWire(wire.cells, partners.length, years.length, width),
		keys: wire.keys === null ? null : keysFromWire(wire.keys, reporter, countryId),
		...(view ? { view } : {}),
		...(method ? { method } : {})
	};
}
