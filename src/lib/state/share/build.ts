/**
 * Shared results from what is on screen: the selection's cells (partner × sector × year, the
 * filter's years and partners; the product scope is already in them), Table 5's α pair when
 * asked, and the selection's product rows only when the sender ticks them.
 */
import {
	type Cell,
	type CellsAtAlpha,
	type DatasetInfo,
	inFilter,
	type Ledger,
	type Selection,
	type SharedResults,
	type TradeKeys,
	type ViewFilter
} from '../../engine';

/** The paper's pair of α for Table 5 (the view's defaults). */
export const TABLE5_ALPHAS = [0.15, 0.25] as const;

/** What the sender chose to include beyond the cells. */
export interface ShareChoice {
	/** The cells at Table 5's two α, so the receiver sees Table 5. */
	table5: boolean;
	/** Every HS6 key of the selection: drill-down, sensitivity and marginal views then work. */
	products: boolean;
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
		ledger: source.ledger,
		cells,
		keys
	};
}

/**
 * The dataset facts narrowed to what is shared: the selection's years, the partners in its
 * cells, and only their names. The rest (format, valuation, units, key count) describes the file.
 */
function infoOfSelection(info: DatasetInfo, cells: Cell[], filter: ViewFilter): DatasetInfo {
	const partners = [...new Set(cells.map((cell) => cell.partner))].sort();
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
