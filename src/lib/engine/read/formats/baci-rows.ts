/**
 * What BACI's two readers share (baci.ts reads every row, baci-quick.ts the plainest lines fast):
 * the value unit, the columns and the contract of a row's fate, so both count the same.
 */

/** BACI writes values in thousand USD. */
export const VALUE_TO_USD = 1000;

/** The BACI columns, by role: their indexes in the file's header. */
export interface BaciColumns {
	t: number;
	i: number;
	j: number;
	k: number;
	v: number;
	q: number;
}

/**
 * A BACI row's fate from its parsed numbers, shared by the text and the byte reader so both
 * drop and keep exactly the same rows. `countries` then `route` either count the row as dropped
 * and return -1, or say where it goes; `add` then adds it with its quantity. Each step needs
 * only its own fields, so a row dropped early has its other fields never read.
 */
export interface BaciRows {
	columns: BaciColumns;
	hasShape: (fields: string[]) => boolean;
	/**
	 * The checks on the countries (most rows of a world file end here, as another reporter's):
	 * -1 when dropped (counted in the ledger), else what `route` takes.
	 */
	countries(line: number, value: number, exporter: number, importer: number): number;
	/** The checks on year, product and value: -1 when dropped, else the row's route for `add`. */
	route(countries: number, line: number, value: number, year: number, product: number): number;
	/** Adds a routed row (value already checked) with its quantity (NaN when missing). */
	add(route: number, year: number, product: number, value: number, quantity: number): void;
}
