/**
 * The product drill-down: the keys of a selection one by one (METHODS 1–2), searched, sorted
 * and paged in the worker. Keys are chosen and ordered as indices in typed arrays; row objects
 * are built only for the page, so a million keys answer well within a view update.
 */
import {
	emptySplit,
	ffSplit,
	ghmSplit,
	keyClasses,
	keyRatio,
	unitValue,
	validateClassifySettings
} from './classify';
import { sectorIndexOfProduct } from '../codes/sectors';
import { keysValuedAs } from './fob-valuation';
import { selectionFilter } from './key-filter';
import { orderedPositions, partnerRanks, tieOrder } from './key-order';
import type { ProductPage, ProductQuery, ProductRow, ProductSortKey } from '../model/queries';
import { SECTOR_IDS, type ClassifySettings, type TradeKeys } from '../model/types';

/** An HS6 code as its 6-character text (10121 → '010121'). */
export function hs6Code(product: number): string {
	return String(product).padStart(6, '0');
}

/**
 * A page of the selection's keys matching the search, sorted and paged, with totals over all
 * matches. Import values, unit values and classes follow "FOB where reported" when it is on.
 */
export function productPage(
	readKeys: TradeKeys,
	settings: ClassifySettings,
	query: ProductQuery
): ProductPage {
	validateClassifySettings(settings);
	const keys = keysValuedAs(readKeys, settings);
	const { offset, limit } = query;
	if (!(Number.isInteger(offset) && offset >= 0 && Number.isInteger(limit) && limit >= 0)) {
		throw new RangeError(`offset and limit must be integers ≥ 0, got ${offset} and ${limit}`);
	}
	const inSelection = selectionFilter(keys, query.selection);
	const matchesSearch = searchFilter(keys, query);
	// Test and total the keys in storage order (fast), then list the matches in tie order.
	const isMatch = new Uint8Array(keys.count);
	let total = 0;
	const totals = { exports: 0, imports: 0, trade: 0, ghm: emptySplit(), ff: emptySplit() };
	for (let k = 0; k < keys.count; k++) {
		if (!inSelection(k) || (matchesSearch !== null && !matchesSearch(k))) continue;
		isMatch[k] = 1;
		total++;
		const x = keys.exports[k];
		const m = keys.imports[k];
		const r = keyRatio(keys, k, settings.cifFobFactor);
		totals.exports += x;
		totals.imports += m;
		totals.trade += x + m;
		ghmSplit(x, m, r, settings.alpha, totals.ghm);
		ffSplit(x, m, r, settings.alpha, settings.theta, totals.ff);
	}
	// The same keys in the same order whatever their valuation: the read keys' tie order (built
	// once after the read) serves.
	const byTie = tieOrder(readKeys);
	const selected = new Uint32Array(total);
	for (let i = 0, n = 0; n < total; i++) if (isMatch[byTie[i]] === 1) selected[n++] = byTie[i];

	const value = sortValue(keys, query.sort, settings.cifFobFactor);
	const values = new Float64Array(total);
	for (let i = 0; i < total; i++) values[i] = value(selected[i]);
	const end = Math.min(offset + limit, total);
	const order = orderedPositions(values, query.descending, end);
	const rows: ProductRow[] = [];
	for (let i = offset; i < end; i++) rows.push(productRow(keys, selected[order[i]], settings));
	return { rows, total, totals };
}

/** One key as a row of the drill-down. */
function productRow(keys: TradeKeys, k: number, settings: ClassifySettings): ProductRow {
	const x = keys.exports[k];
	const m = keys.imports[k];
	const r = keyRatio(keys, k, settings.cifFobFactor);
	const classes = keyClasses(x, m, r, settings);
	const exportUnit = keys.exportUnit[k];
	const importUnit = keys.importUnit[k];
	return {
		year: keys.year[k],
		partner: keys.countries[keys.partner[k]],
		product: hs6Code(keys.product[k]),
		sector: SECTOR_IDS[sectorIndexOfProduct(keys.product[k])],
		exports: x,
		imports: m,
		exportQty: exportUnit < 0 ? NaN : keys.exportQty[k],
		importQty: importUnit < 0 ? NaN : keys.importQty[k],
		exportUnit: exportUnit < 0 ? null : keys.units[exportUnit],
		importUnit: importUnit < 0 ? null : keys.units[importUnit],
		uvx: exportUnitValue(keys, k),
		uvm: importUnitValue(keys, k),
		r,
		gl: grubelLloyd(x, m),
		ghm: classes.ghm,
		ff: classes.ff
	};
}

/** UVx = X / qX; NaN without a usable quantity. */
function exportUnitValue(keys: TradeKeys, k: number): number {
	return keys.exportUnit[k] < 0 ? NaN : unitValue(keys.exports[k], keys.exportQty[k]);
}

/** UVm = M / qM as the keys value imports (FOB where reported if on; the CIF/FOB factor is R's only). */
function importUnitValue(keys: TradeKeys, k: number): number {
	return keys.importUnit[k] < 0 ? NaN : unitValue(keys.imports[k], keys.importQty[k]);
}

/** GL = 2·min(X, M) / T (METHODS 2). */
function grubelLloyd(x: number, m: number): number {
	return (2 * Math.min(x, m)) / (x + m);
}

/**
 * The search as a test of key k, or null when it keeps everything: the HS6 code contains the
 * trimmed text, or the partner is one of `searchPartners`, or its id is the text upper-cased.
 */
function searchFilter(keys: TradeKeys, query: ProductQuery): ((k: number) => boolean) | null {
	const text = query.search.trim();
	if (text === '') return null;
	const wanted = new Set(query.searchPartners);
	wanted.add(text.toUpperCase());
	const partnerHit = Uint8Array.from(keys.countries, (id) => (wanted.has(id) ? 1 : 0));
	// A file has a few thousand products: test each code's text once, not once per key.
	const productHit = new Map<number, boolean>();
	return (k) => {
		if (partnerHit[keys.partner[k]] === 1) return true;
		const product = keys.product[k];
		let hit = productHit.get(product);
		if (hit === undefined) {
			hit = hs6Code(product).includes(text);
			productHit.set(product, hit);
		}
		return hit;
	};
}

/** The value a column sorts key k by (the same numbers its row shows). */
function sortValue(
	keys: TradeKeys,
	column: ProductSortKey,
	cifFobFactor: number
): (k: number) => number {
	switch (column) {
		case 'year':
			return (k) => keys.year[k];
		case 'partner': {
			const ranks = partnerRanks(keys);
			return (k) => ranks[keys.partner[k]];
		}
		case 'product':
			return (k) => keys.product[k];
		case 'exports':
			return (k) => keys.exports[k];
		case 'imports':
			return (k) => keys.imports[k];
		case 'trade':
			return (k) => keys.exports[k] + keys.imports[k];
		case 'uvx':
			return (k) => exportUnitValue(keys, k);
		case 'uvm':
			return (k) => importUnitValue(keys, k);
		case 'r':
			return (k) => keyRatio(keys, k, cifFobFactor);
		case 'gl':
			return (k) => grubelLloyd(keys.exports[k], keys.imports[k]);
	}
}
