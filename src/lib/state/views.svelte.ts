/**
 * The paper's tables as derived views of the cells. Pure functions of views.ts run
 * on the main thread: changing years, top N or method never calls the worker.
 */
import { partnerTable, sectorTable, type GroupTable, type ViewFilter } from '../engine/views';
import type { AnalysisSession } from './session.svelte';
import type { AnalysisSettings } from './settings.svelte';

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

	constructor(session: AnalysisSession, settings: AnalysisSettings) {
		this.#session = session;
		this.#settings = settings;
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
		return { reporter: this.#settings.reporter, yearFrom: from, yearTo: to };
	});

	#partners = $derived.by((): ViewResult | null => {
		const cells = this.#session.cells;
		const filter = this.#filter;
		if (!cells || !filter) return null;
		const topN = this.#settings.topN;
		return compute(() => partnerTable(cells, filter, topN));
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
	get partners(): ViewResult | null {
		return this.#partners;
	}
	get sectors(): ViewResult | null {
		return this.#sectors;
	}
}
