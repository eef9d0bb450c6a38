/** The columns of the paper's Tables 1–3 (and 4), per method. Pure: no DOM, no Svelte. */
import type { GroupRow, MethodFigures } from '../../engine/views';
import type { MessageKey } from '../../i18n';
import type { Method } from '../../state/settings.svelte';

export type ColumnKind = 'usd' | 'percent';

export interface Column {
	/** Stable key, also the cell's `data-col` (e.g. `ghm-iit`, `ff-viit-sup-share`, `trade`). */
	key: string;
	label: MessageKey;
	kind: ColumnKind;
	method: Method | null;
	value: (row: GroupRow) => number;
}

type Measure = Exclude<keyof MethodFigures, 'volume'>;

/** Volumes (Table 1), index and composition (Table 2), quality of VIIT (Table 3), unclassified beside. */
const MEASURES: { measure: Measure; label: MessageKey; kind: ColumnKind }[] = [
	{ measure: 'iit', label: 'col.iit', kind: 'usd' },
	{ measure: 'hiit', label: 'col.hiit', kind: 'usd' },
	{ measure: 'viit', label: 'col.viit', kind: 'usd' },
	{ measure: 'iitIndex', label: 'col.iitIndex', kind: 'percent' },
	{ measure: 'hiitShare', label: 'col.hiitShare', kind: 'percent' },
	{ measure: 'viitShare', label: 'col.viitShare', kind: 'percent' },
	{ measure: 'viitInfShare', label: 'col.viitInfShare', kind: 'percent' },
	{ measure: 'viitSupShare', label: 'col.viitSupShare', kind: 'percent' },
	{ measure: 'unclassifiedShare', label: 'col.unclassifiedShare', kind: 'percent' }
];

export const TRADE_COLUMN: Column = {
	key: 'trade',
	label: 'col.trade',
	kind: 'usd',
	method: null,
	value: (row) => row.trade
};

/** iitIndex → iit-index: column keys read like the e2e tests and the CSV header. */
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The measure columns of one method. */
export function methodColumns(method: Method): Column[] {
	return MEASURES.map(({ measure, label, kind }) => ({
		key: `${method}-${kebab(measure)}`,
		label,
		kind,
		method,
		value: (row: GroupRow) => row[method][measure]
	}));
}
