/**
 * What a results link or a results file carries: aggregated results, never the files. The
 * decoded form the app uses; wire.ts turns it into compact JSON and back, validating everything.
 */
import type { Cell, DatasetInfo, Ledger, TradeKeys } from '../model/types';
import type { SharedView } from './reduce';
import type { Method } from '../views/table-types';

/** The cells of the shared selection classified at one α (θ and the CIF/FOB factor of the settings). */
export interface CellsAtAlpha {
	alpha: number;
	cells: Cell[];
}

/** A shared result: the sender's settings, the dataset facts, the ledger and the cells. */
export interface SharedResults {
	/** When the sender made the link (ISO 8601). */
	created: string;
	/** The sender's settings and open view, as a settings link's query text (url-state.ts). */
	settings: string;
	info: DatasetInfo;
	/** The ledger without the line numbers of dropped rows. */
	ledger: Ledger;
	/** The cells at the α in use first, then any others (Table 5's pair). */
	cells: CellsAtAlpha[];
	/** The selection's HS6 keys, only when the sender ticked "product rows"; else null. */
	keys: TradeKeys | null;
	/**
	 * A short link's one view (reduce.ts): its cells are summed for that view alone, so no other
	 * view is shown from them. Absent in a full link or file.
	 */
	view?: SharedView;
	/** A quick check link's one method: the other method's split is not in its cells. */
	method?: Method;
}

/**
 * Shared results as the decoder hands them over (from a worker: typed arrays move without a copy):
 * validated, with each classification's cells still as numbers, CELL_WIDTH per cell, column after
 * column, and `year`/`partner` as indexes into `years`/`partners` (materialize.ts builds the cells).
 */
export interface SharedPayload {
	created: string;
	settings: string;
	reporter: string;
	info: DatasetInfo;
	ledger: Ledger;
	partners: string[];
	years: number[];
	cells: { alpha: number; count: number; columns: Float64Array }[];
	keys: TradeKeys | null;
	view?: SharedView;
	method?: Method;
}

/**
 * Numbers per cell: year, partner and sector indexes, trade, GHM ×5, FF ×5, quality ×3, then
 * (since version 2) GHM's and FF's unit-value outliers, exports and imports.
 */
export const CELL_WIDTH = 21;
/** Numbers per cell in a version 1 payload (no outliers, exports or imports). */
export const CELL_WIDTH_V1 = 17;

/** Ways a link or a file can fail to open; each has a message in the user's language. */
export const SHARE_ERROR_CODES = [
	'not-results', // not an IIT Explorer results link or file at all
	'damaged', // the text was cut or altered: it does not decode or decompress
	'too-large', // it decompresses to more than the app will hold
	'too-long', // a link longer than the app opens (MAX_LINK_CHARS): the results file is the way
	'version', // made by a newer version of the app
	'invalid', // it decodes, but a field is missing or out of range
	'bad-id', // a name that is not what it stands for (a country id, a group id)
	'empty' // it decodes to nothing to show: no data, no cells, none in the sender's selection
] as const;
export type ShareErrorCode = (typeof SHARE_ERROR_CODES)[number];

/** A results link or file that cannot be opened. `detail` names the field (never shown as markup). */
export class ShareError extends Error {
	readonly code: ShareErrorCode;
	readonly detail: string;
	constructor(code: ShareErrorCode, detail = '') {
		super(`${code}${detail ? `: ${detail}` : ''}`);
		this.name = 'ShareError';
		this.code = code;
		this.detail = detail;
	}
}
