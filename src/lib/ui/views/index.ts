/**
 * What each view of the results draws: its component and how its props come from the session,
 * the settings and the views. The ids, tab labels and worker needs are in state/view-registry.ts
 * (state may not import components); a view missing here fails the type check.
 */
import type { Component } from 'svelte';
import {
	type Cell,
	type Currency,
	type Method,
	partnerSetOfRow,
	type SectorId,
	type Selection,
	type ViewFilter
} from '../../engine';
import type { MessageKey } from '../../i18n';
import type { ResultViews, ViewResult } from '../../state/result-views.svelte';
import type { AnalysisSession } from '../../state/session.svelte';
import type { AnalysisSettings } from '../../state/settings.svelte';
import type { ViewId } from '../../state/view-registry';
import DeterminantsView from './determinants/DeterminantsView.svelte';
import DominanceView from './dominance/DominanceView.svelte';
import HeatmapView from './heatmap/HeatmapView.svelte';
import LedgerView from './ledger/LedgerView.svelte';
import MapView from './map/MapView.svelte';
import MarginalView from './marginal/MarginalView.svelte';
import ProductsView from './products/ProductsView.svelte';
import QualityView from './quality/QualityView.svelte';
import QuickCheckView from './quickcheck/QuickCheckView.svelte';
import RobustnessView from './robustness/RobustnessView.svelte';
import SensitivityView from './sensitivity/SensitivityView.svelte';
import SeriesView from './series/SeriesView.svelte';
import StabilityView from './stability/StabilityView.svelte';
import GroupTablePanel from './shared/GroupTablePanel.svelte';

/** What every view's props are made from. */
export interface ViewContext {
	session: AnalysisSession;
	settings: AnalysisSettings;
	views: ResultViews;
	/** Every amount is in the data's own currency (Comext: EUR), never converted. */
	currency: Currency;
}

/** The context once the cells and the selection are there. */
export interface CellContext extends ViewContext {
	cells: Cell[];
	filter: ViewFilter;
	selection: Selection;
}

/** A view drawn from the context alone; its props are null while it has nothing to show. */
interface DrawnView {
	waitsForCells: false;
	component: Component<object>;
	props: (context: ViewContext) => object | null;
}

/** A view that waits for the cells and the selection (the panel says it is waiting). */
interface CellView {
	waitsForCells: true;
	component: Component<object>;
	props: (context: CellContext) => object;
}

export type ViewEntry = DrawnView | CellView;

// Each helper checks a component against the props made for it; the entry then forgets the
// props' type so that one map can hold every view.
function drawn<P extends object>(
	component: Component<P>,
	props: (context: ViewContext) => P | null
): DrawnView {
	return { waitsForCells: false, component: component as unknown as Component<object>, props };
}

function fromCells<P extends object>(
	component: Component<P>,
	props: (context: CellContext) => P
): CellView {
	return { waitsForCells: true, component: component as unknown as Component<object>, props };
}

/** The partners or the sectors view: one of the paper's tables, drawn once it is computed. */
function tableView(
	kind: 'partner' | 'sector',
	pick: (context: ViewContext) => {
		result: ViewResult | null;
		caption: MessageKey;
		ondrill: (id: string) => void;
	}
): DrawnView {
	return drawn(GroupTablePanel, (context) => {
		const { result, caption, ondrill } = pick(context);
		if (!result) return null;
		const { views, settings, currency } = context;
		const askAquinoQ = () => views.askAquinoQ(kind);
		return { result, kind, caption, filter: views.filter, settings, currency, ondrill, askAquinoQ };
	});
}

export const VIEW_COMPONENTS = {
	partners: tableView('partner', ({ views, settings }) => ({
		result: views.partners,
		caption: settings.rowsKind === 'group' ? 'table.groupCaption' : 'table.partnerCaption',
		ondrill: (id) =>
			views.drillTo({ partners: partnerSetOfRow(settings.dimension, id), sector: null })
	})),
	sectors: tableView('sector', ({ views, settings }) => ({
		result: views.sectors,
		caption: 'table.sectorCaption',
		ondrill: (id) => views.drillTo({ partners: settings.partners, sector: id as SectorId })
	})),
	quickcheck: fromCells(QuickCheckView, ({ cells, filter, settings, views, currency }) => ({
		cells,
		filter,
		basketName: settings.basket?.name ?? null,
		currency,
		classify: settings.classifySettings,
		method: views.quickCheckMethod,
		methodChoices: views.quickCheckMethods,
		onpickmethod: (method: Method) => (views.quickCheckPick = method),
		ondrill: views.drillTo
	})),
	map: fromCells(MapView, ({ cells, filter, settings, currency }) => ({
		cells,
		filter,
		currency,
		methods: settings.methods
	})),
	dominance: fromCells(DominanceView, ({ cells, filter, settings, session, views, currency }) => ({
		cells,
		filter,
		dimension: settings.dimension,
		classify: settings.classifySettings,
		queries: session.queries,
		currency,
		ondrill: views.drillTo
	})),
	series: fromCells(SeriesView, ({ cells, filter, settings, currency }) => ({
		cells,
		filter,
		dimension: settings.dimension,
		methods: settings.methods,
		currency
	})),
	heatmap: fromCells(HeatmapView, ({ cells, filter, settings, views }) => ({
		cells,
		filter,
		dimension: settings.dimension,
		methods: settings.methods,
		topN: settings.topN,
		ondrill: views.drillTo
	})),
	quality: fromCells(QualityView, ({ cells, filter, settings, views, currency }) => ({
		cells,
		filter,
		dimension: settings.dimension,
		currency,
		ondrill: views.drillTo
	})),
	sensitivity: fromCells(SensitivityView, ({ selection, session, settings }) => ({
		selection,
		queries: session.queries,
		classify: settings.classifySettings,
		methods: settings.methods
	})),
	robustness: fromCells(RobustnessView, ({ selection, session, settings }) => ({
		selection,
		queries: session.queries,
		methods: settings.methods
	})),
	stability: fromCells(StabilityView, ({ selection, session, settings, currency }) => ({
		selection,
		queries: session.queries,
		classify: settings.classifySettings,
		methods: settings.methods,
		currency
	})),
	marginal: fromCells(MarginalView, ({ selection, views, settings, session, currency }) => ({
		selection,
		years: views.years,
		dimension: settings.dimension,
		queries: session.queries,
		classify: settings.classifySettings,
		currency,
		ondrill: views.drillTo
	})),
	determinants: fromCells(DeterminantsView, ({ selection, cells, session, settings }) => ({
		selection,
		cells,
		queries: session.queries,
		classify: settings.classifySettings
	})),
	products: fromCells(ProductsView, ({ selection, views, session, settings, currency }) => ({
		selection,
		drill: views.drill,
		queries: session.queries,
		currency,
		classify: settings.classifySettings,
		partners: session.info?.partners ?? [],
		onclear: () => (views.drill = null)
	})),
	ledger: drawn(LedgerView, ({ session, settings }) => {
		if (!session.ledger) return null;
		const { cells, queries } = session;
		const screen = cells ? { queries, classify: settings.classifySettings, cells } : null;
		return { ledger: session.ledger, info: session.info, screen };
	})
} satisfies Record<ViewId, ViewEntry>;
