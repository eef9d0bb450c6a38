/** What each view draws: every id has an entry, and the entries make their props from the context. */
import { describe, expect, it, vi } from 'vitest';
import type { DrillTarget, GroupTable } from '../../../src/lib/engine';
import type { ViewResult } from '../../../src/lib/state/result-views.svelte';
import { VIEW_IDS } from '../../../src/lib/state/view-registry';
import { VIEW_COMPONENTS, type CellContext, type ViewContext } from '../../../src/lib/ui/views';

/** A context with just what the entries read; the rest is never touched. */
function contextWith(partners: ViewResult | null, drillTo: (target: DrillTarget) => void) {
	return {
		session: { ledger: null, info: null, queries: 'queries' },
		settings: { rowsKind: 'group', dimension: { kind: 'partner' }, methods: ['ghm'] },
		views: { partners, sectors: null, filter: null, drillTo },
		currency: 'EUR'
	} as unknown as ViewContext;
}

describe('the views drawn', () => {
	it('has an entry for every view of the registry, and no other', () => {
		expect(Object.keys(VIEW_COMPONENTS)).toEqual(VIEW_IDS);
	});

	it('waits for the cells in every view but the two tables and the ledger', () => {
		const drawnAtOnce = VIEW_IDS.filter((id) => !VIEW_COMPONENTS[id].waitsForCells);
		expect(drawnAtOnce).toEqual(['partners', 'sectors', 'ledger']);
	});

	it('draws the partners table once it is computed, drilling into the row clicked', () => {
		const entry = VIEW_COMPONENTS.partners;
		if (entry.waitsForCells) throw new Error('the partners table draws from the context alone');
		const drillTo = vi.fn();
		expect(entry.props(contextWith(null, drillTo))).toBeNull();

		const result: ViewResult = { table: {} as GroupTable, error: null };
		const props = entry.props(contextWith(result, drillTo)) as {
			result: ViewResult;
			kind: string;
			caption: string;
			currency: string;
			ondrill: (id: string) => void;
		};
		expect(props).toMatchObject({
			result,
			kind: 'partner',
			caption: 'table.groupCaption',
			currency: 'EUR'
		});
		props.ondrill('DEU');
		expect(drillTo).toHaveBeenCalledWith({
			partners: { kind: 'country', id: 'DEU' },
			sector: null
		});
	});

	it('gives the product view the drill-down and the selection', () => {
		const entry = VIEW_COMPONENTS.products;
		if (!entry.waitsForCells) throw new Error('the product view waits for the selection');
		const selection = { reporter: 'BRA' };
		const drill: DrillTarget = { partners: { kind: 'all' }, sector: 'footwear' };
		const context = {
			...contextWith(null, vi.fn()),
			views: { drill },
			cells: [],
			filter: {},
			selection
		} as unknown as CellContext;
		expect(entry.props(context)).toMatchObject({
			selection,
			drill,
			queries: 'queries',
			partners: []
		});
	});
});
