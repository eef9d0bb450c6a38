/**
 * The views of the results: which one is shown, what it covers, and the paper's tables derived
 * from the cells. The tables are pure engine functions run on the main thread: changing years,
 * partners, top N or method never calls the worker.
 */
import {
	dimensionTable,
	type DrillTarget,
	type GroupTable,
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

export class ResultViews {
	#session: AnalysisSession;
	#settings: AnalysisSettings;
	/** The view shown. */
	active = $state<ViewId>('partners');
	/** The cell the product view drills into; null shows every product of the selection. */
	drill = $state.raw<DrillTarget | null>(null);

	constructor(session: AnalysisSession, settings: AnalysisSettings) {
		this.#session = session;
		this.#settings = settings;
	}

	/** Shows the products of a cell (a partner, a group, a sector, or partner × sector). */
	drillTo = (target: DrillTarget): void => {
		this.drill = target;
		this.active = 'products';
	};

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

	#partners = $derived.by((): ViewResult | null => {
		const cells = this.#session.cells;
		const filter = this.#filter;
		if (!cells || !filter) return null;
		const { dimension, topN } = this.#settings;
		return compute(() => dimensionTable(cells, filter, dimension, topN));
	});

	#sectors = $derived.by((): ViewResult | null => {
		const cells = this.#session.cells;
		const filter = this.#filter;
		if (!cells || !filter) return null;
		return compute(() => sectorTable(cells, filter));
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
