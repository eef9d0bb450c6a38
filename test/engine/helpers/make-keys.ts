import type { TradeKeys } from '../../../src/lib/engine/model/types';

/** One flow pair as a test writes it; quantities default to NaN (missing) and units to 'kg'. */
export interface KeyRow {
	year: number;
	reporter: string;
	partner: string;
	/** HS6 as an integer (10121 is HS6 010121). */
	product: number;
	x: number;
	m: number;
	qx?: number;
	qm?: number;
	/** Quantity unit of each flow; null means no quantity (unit index -1). */
	unitX?: string | null;
	unitM?: string | null;
}

/** Index of `value` in `list`, appending it the first time it is seen. */
function intern(list: string[], value: string): number {
	const found = list.indexOf(value);
	if (found >= 0) return found;
	list.push(value);
	return list.length - 1;
}

/** Column-form TradeKeys built from rows, countries and units interned in order of appearance. */
export function makeKeys(rows: KeyRow[]): TradeKeys {
	const count = rows.length;
	const keys: TradeKeys = {
		count,
		countries: [],
		year: new Uint16Array(count),
		reporter: new Uint16Array(count),
		partner: new Uint16Array(count),
		product: new Int32Array(count),
		exports: new Float64Array(count),
		imports: new Float64Array(count),
		exportQty: new Float64Array(count),
		importQty: new Float64Array(count),
		exportUnit: new Int16Array(count),
		importUnit: new Int16Array(count),
		units: []
	};
	rows.forEach((row, k) => {
		keys.year[k] = row.year;
		keys.reporter[k] = intern(keys.countries, row.reporter);
		keys.partner[k] = intern(keys.countries, row.partner);
		keys.product[k] = row.product;
		keys.exports[k] = row.x;
		keys.imports[k] = row.m;
		keys.exportQty[k] = row.qx ?? NaN;
		keys.importQty[k] = row.qm ?? NaN;
		const unitX = row.unitX === undefined ? 'kg' : row.unitX;
		const unitM = row.unitM === undefined ? 'kg' : row.unitM;
		keys.exportUnit[k] = unitX === null ? -1 : intern(keys.units, unitX);
		keys.importUnit[k] = unitM === null ? -1 : intern(keys.units, unitM);
	});
	return keys;
}
