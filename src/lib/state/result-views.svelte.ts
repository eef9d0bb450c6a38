/**
 * The views of the results: which one is shown, what it covers, and the paper's tables derived
 * from the cells. The tables are pure engine functions run on the main thread: changing years,
 * partners, top N or method never calls the worker.
 */
import {
	type AquinoQByRow,
	type Cell,
	type Dimension,
	dimensionTable,
	type DrillTarget,
	foldedRowIds,
	type GroupTable,
	type Method,
	sectorTable,
	type Selection,
	type ViewFilter
} from '../engine';
import type { AnalysisSession } from './session.svelte';
import type { AnalysisSettings } from './settings.svelte';
import type { ViewId } from './view-registry';

/** A view, or the error computing it (shown instead of breaking the page). */
export type ViewResult = { table: GroupTable; error: null } | { table: null; error: unknown };

function compute(run: () => GroupTable): ViewResult {
	try {
		return { table: run(), error: null };
	} catch (error) {
		return { table: null, error };
	}
}

/** The two tables whose rows get Aquino's Q from the worker. */
export type TableKind = 'partner' | 'sector';

/** The worker's Q for one table, and what it was asked for (stale once either changes). */
interface AquinoAnswer {
	key: string;
	cells: Cell[];
	q: AquinoQByRow;
}

export class ResultViews {
	#session: AnalysisSession;
	#settings: AnalysisSettings;
	/** The view shown. */
	active = $state<ViewId>('partners');
	/** The cell the product view drills into; null shows every product of the selection. */
	drill = $state.raw<DrillTarget | null>(null);
	/** The method the user picked in the quick check; null follows the settings. */
	quickCheckPick = $state<Method | null>(null);

	constructor(session: AnalysisSession, settings: AnalysisSettings) {
		this.#session = session;
		this.#settings = settings;
	}

	/** Shows the products of a cell (a partner, a group, a sector, or partner × sector). */
	drillTo = (target: DrillTarget): void => {
		this.drill = target;
		this.active = 'products';
	};

	/** The methods the quick check switches between: a quick check link carries one alone. */
	get quickCheckMethods(): Method[] {
		const linked = this.#session.shared?.method;
		return linked ? [linked] : ['ghm', 'ff'];
	}

	/** The quick check's method: a link's own, else the user's pick, else GHM unless only FF was asked. */
	get quickCheckMethod(): Method {
		const choices = this.quickCheckMethods;
		if (choices.length === 1) return choices[0];
		const asked = this.#settings.methods;
		return this.quickCheckPick ?? (asked.includes('ghm') ? 'ghm' : (asked[0] ?? 'ghm'));
	}

	/** Years present in the data, ascending. */
	#years = $derived.by(() => [...(this.#session.info?.years ?? [])].sort((a, b) => a - b));

	/** The selected range, clamped to the data (a stale choice from other files falls back to the full range). */
	#filter = $derived.by((): ViewFilter | null => {
		const years = this.#years;
		if (years.length === 0) return null;
		const first = years[0];
		const last = years[years.length - 1];
		let from = this.#settings.yearFrom ?? first;
		let to = this.#settings.yearTo ?? last;
		if (from < first || from > last) from = first;
		if (to < first || to > last) to = last;
		if (from > to) [from, to] = [to, from];
		return {
			reporter: this.#settings.reporter,
			yearFrom: from,
			yearTo: to,
			partners: this.#settings.partners
		};
	});

	/** The filter plus the product scope: what the worker's answers cover. */
	#selection = $derived.by((): Selection | null => {
		const filter = this.#filter;
		if (!filter) return null;
		return { ...filter, partners: filter.partners ?? { kind: 'all' }, scope: this.#settings.scope };
	});

	/** Aquino's Q per table (METHODS 7.3): it needs the keys, so it comes later from the worker. */
	#aquino = $state.raw<Record<TableKind, AquinoAnswer | null>>({ partner: null, sector: null });

	#dimensionOf(kind: TableKind): Dimension {
		return kind === 'partner' ? this.#settings.dimension : { kind: 'sector' };
	}

	/** Rows of a table folded into its Others row (Others' Q pools them): past top N partners. */
	#topNOf(kind: TableKind): number {
		return kind === 'partner' ? this.#settings.topN : Infinity;
	}

	/** What the Q of a table is asked for; null before the data is read. */
	#aquinoKey(kind: TableKind): string | null {
		const selection = this.#selection;
		const dimension = this.#dimensionOf(kind);
		return selection ? JSON.stringify([selection, dimension, String(this.#topNOf(kind))]) : null;
	}

	/** The Q that fits the table as it is now; none (NaN in the rows) until the worker answers. */
	#aquinoOf(kind: TableKind, cells: Cell[]): AquinoQByRow {
		const answer = this.#aquino[kind];
		const fits = answer !== null && answer.cells === cells && answer.key === this.#aquinoKey(kind);
		return fits ? answer.q : {};
	}

	/**
	 * Asks the worker for Q of a table's rows, unless the answer in hand fits. Call it from an
	 * $effect and return what it returns: the cleanup drops an answer that comes too late.
	 */
	askAquinoQ = (kind: TableKind): (() => void) | undefined => {
		const cells = this.#session.cells;
		const selection = this.#selection;
		const filter = this.#filter;
		const key = this.#aquinoKey(kind);
		if (!cells || !selection || !filter || key === null) return;
		const held = this.#aquino[kind];
		if (held !== null && held.cells === cells && held.key === key) return;
		let superseded = false;
		// Snapshots: the question crosses to the worker by structured clone.
		const dimension = $state.snapshot(this.#dimensionOf(kind)) as Dimension;
		const folded = foldedRowIds(cells, filter, dimension, this.#topNOf(kind));
		const asked = $state.snapshot(selection) as Selection;
		this.#session.queries.aquinoQ(asked, dimension, folded).then(
			(q) => {
				if (!superseded) this.#aquino = { ...this.#aquino, [kind]: { key, cells, q } };
			},
			// Q stays NaN: the rest of the table does not depend on it.
			() => undefined
		);
		return () => {
			superseded = true;
		};
	};

	#partners = $derived.by((): ViewResult | null => {
		const cells = this.#session.cells;
		const filter = this.#filter;
		if (!cells || !filter) return null;
		const { dimension, topN } = this.#settings;
		const aquino = this.#aquinoOf('partner', cells);
		return compute(() => dimensionTable(cells, filter, dimension, topN, aquino));
	});

	#sectors = $derived.by((): ViewResult | null => {
		const cells = this.#session.cells;
		const filter = this.#filter;
		if (!cells || !filter) return null;
		const aquino = this.#aquinoOf('sector', cells);
		return compute(() => sectorTable(cells, filter, aquino));
	});

	get years(): number[] {
		return this.#years;
	}
	get filter(): ViewFilter | null {
		return this.#filter;
	}
	get selection(): Selection | null {
		return this.#selection;
	}
	/** Tables 1–3: rows are partner countries or country groups (settings.rowsKind). */
	get partners(): ViewResult | null {
		return this.#partners;
	}
	get sectors(): ViewResult | null {
		return this.#sectors;
	}
}
