/**
 * Shared results from what is on screen: the selection's cells (partner × sector × year, the
 * filter's years and partners; the product scope is already in them), Table 5's α pair when
 * asked, and the selection's product rows only when the sender ticks them.
 */
import {
	type Cell,
	cellsForView,
	type CellsAtAlpha,
	type DatasetInfo,
	type Dimension,
	inFilter,
	type Ledger,
	type Method,
	type Selection,
	type SharedResults,
	type SharedView,
	type TradeKeys,
	type ViewFilter
} from '../../engine';
import { withoutFileNames, withoutFiles } from './file-names';

/** The paper's pair of α for Table 5 (the view's defaults). */
export const TABLE5_ALPHAS = [0.15, 0.25] as const;

/** What the sender chose to include beyond the cells. */
export interface ShareChoice {
	/** The cells at Table 5's two α, so the receiver sees Table 5. */
	table5: boolean;
	/** Every HS6 key of the selection: drill-down, sensitivity and marginal views then work. */
	products: boolean;
	/** The names of the sender's files (they can be private): left out unless ticked. */
	names: boolean;
}

/** Where the results come from (the session and views on screen; a stand-in in tests). */
export interface ShareSource {
	/** The sender's settings and open view as a settings link's query text. */
	settings: string;
	alpha: number;
	/** θ in use (stated in the dialog; the cells carry its effect). */
	theta: number;
	info: DatasetInfo;
	ledger: Ledger;
	cells: Cell[];
	filter: ViewFilter;
	selection: Selection;
	/** The view on screen (a view id) and the partner table's rows. */
	view: string;
	dimension: Dimension;
	/** The method the quick check shows: a quick check link carries it alone. */
	quickCheckMethod: Method;
	cellsAt(alpha: number): Promise<Cell[]>;
	selectionKeys(selection: Selection): Promise<TradeKeys>;
}

/** The results to share; `now` dates them. */
export async function buildSharedResults(
	source: ShareSource,
	choice: ShareChoice,
	now = new Date()
): Promise<SharedResults> {
	const { filter } = source;
	const pick = (cells: Cell[]) => cells.filter((cell) => inFilter(cell, filter));
	const cells: CellsAtAlpha[] = [{ alpha: source.alpha, cells: pick(source.cells) }];
	if (choice.table5) {
		for (const alpha of TABLE5_ALPHAS) {
			if (alpha !== source.alpha) cells.push({ alpha, cells: pick(await source.cellsAt(alpha)) });
		}
	}
	const keys = choice.products ? await source.selectionKeys(source.selection) : null;
	return {
		created: now.toISOString(),
		settings: source.settings,
		info: infoOfSelection(source.info, cells[0].cells, filter),
		ledger: choice.names ? source.ledger : withoutFileNames(source.ledger),
		cells,
		keys
	};
}

/**
 * A short link of one view: only the cells that view reads, summed for it (engine reduce.ts),
 * at the α in use, no product rows, the settings opening that view, and the ledger's counts
 * without its list of files unless the sender ticked their names.
 */
export function buildViewResults(
	source: ShareSource,
	view: SharedView,
	names: boolean,
	now = new Date()
): SharedResults {
	const { filter } = source;
	const picked = source.cells.filter((cell) => inFilter(cell, filter));
	const method = source.quickCheckMethod;
	const cells = cellsForView(picked, { view, filter, dimension: source.dimension, method });
	return {
		created: now.toISOString(),
		settings: settingsOpening(source.settings, view),
		info: shortInfo(infoOfSelection(source.info, cells, filter)),
		ledger: names ? source.ledger : withoutFiles(source.ledger),
		cells: [{ alpha: source.alpha, cells }],
		keys: null,
		view,
		...(view === 'quickcheck' ? { method } : {})
	};
}

/** The facts a receiver reads back (wire-facts.ts): the HS edition per year is not one of them. */
function shortInfo(info: DatasetInfo): DatasetInfo {
	const { yearEditions: _editions, ...kept } = info;
	return kept;
}

/** The settings text with `view` as the open view (`v`, url-state.ts), the rest as written. */
function settingsOpening(settings: string, view: SharedView): string {
	const others = settings.split('&').filter((part) => part !== '' && !part.startsWith('v='));
	return [...others, `v=${view}`].join('&');
}

/**
 * The dataset facts narrowed to what is shared: the selection's years, the partners in its
 * cells, and only their names. The rest (format, valuation, units, key count) describes the file.
 */
function infoOfSelection(info: DatasetInfo, cells: Cell[], filter: ViewFilter): DatasetInfo {
	// Not the reporter itself: a short link's cell of no trade with it only balances sums (reduce.ts).
	const partners = [...new Set(cells.map((cell) => cell.partner))]
		.filter((id) => id !== filter.reporter)
		.sort();
	const shown = new Set([...partners, filter.reporter]);
	const countryNames = Object.fromEntries(
		Object.entries(info.countryNames).filter(([id]) => shown.has(id))
	);
	return {
		...info,
		reporters: [filter.reporter],
		partners,
		years: info.years.filter((year) => year >= filter.yearFrom && year <= filter.yearTo),
		countryNames
	};
}
