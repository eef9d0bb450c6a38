/**
 * Flow-pair keys built directly in memory (no file, no read) for the view-update bench: one
 * reporter trading with a few hundred partners over several years, 1 M keys by default, with
 * one-way keys, missing quantities and mixed units in realistic proportions.
 */
import { GROUP_MEMBERS } from '../src/lib/engine/codes/groups';
import type { TradeKeys } from '../src/lib/engine/model/types';
import { createRandom } from './prng';

/** What to build. */
export interface SyntheticKeyOptions {
	keys: number;
	reporter: string;
	years: number[];
	partners: number;
	seed: number;
}

/** 1 M keys: 8 years × 250 partners × 500 of 5000 products. */
export const DEFAULT_SYNTHETIC_KEYS: SyntheticKeyOptions = {
	keys: 1_000_000,
	reporter: 'BRA',
	years: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022],
	partners: 250,
	seed: 1
};

const PRODUCTS = 5000;

/** HS6 codes over chapters 01–97 (77 is unused in HS): heading 01 of each chapter, then 02, … */
function productCodes(): Int32Array {
	const codes: number[] = [];
	for (let heading = 1; codes.length < PRODUCTS; heading++) {
		for (let chapter = 1; chapter <= 97 && codes.length < PRODUCTS; chapter++) {
			if (chapter !== 77) codes.push(chapter * 10_000 + heading * 100 + 10);
		}
	}
	return Int32Array.from(codes).sort();
}

/** Partner ids: the members of the built-in groups (so group selections find them), then made-up ones. */
function partnerIds(count: number, reporter: string): string[] {
	const real = new Set(Object.values(GROUP_MEMBERS).flatMap((list) => list.map((m) => m.country)));
	real.delete(reporter);
	const ids = [...real].slice(0, count);
	for (let n = ids.length; n < count; n++) ids.push(`P${String(n).padStart(3, '0')}`);
	return ids;
}

/** Keys of one reporter, each (year, partner) trading an equal share of the products. */
export function syntheticKeys(options: SyntheticKeyOptions = DEFAULT_SYNTHETIC_KEYS): TradeKeys {
	const { keys: count, reporter, years, partners: partnerCount, seed } = options;
	const random = createRandom(seed);
	const products = productCodes();
	const partners = partnerIds(partnerCount, reporter);
	const perPair = Math.ceil(count / (years.length * partners.length));
	const keys: TradeKeys = {
		count,
		countries: [reporter, ...partners],
		year: new Uint16Array(count),
		reporter: new Uint16Array(count), // all 0: the reporter
		partner: new Uint16Array(count),
		product: new Int32Array(count),
		exports: new Float64Array(count),
		imports: new Float64Array(count),
		exportQty: new Float64Array(count),
		importQty: new Float64Array(count),
		exportUnit: new Int16Array(count),
		importUnit: new Int16Array(count),
		units: ['t', 'u']
	};
	for (let k = 0; k < count; k++) {
		const pair = Math.floor(k / perPair);
		const partner = pair % partners.length;
		// 13 is prime to 5000, so the products of one pair are distinct.
		const product = products[(partner * 7919 + (k % perPair) * 13) % PRODUCTS];
		keys.year[k] = years[Math.floor(pair / partners.length) % years.length];
		keys.partner[k] = partner + 1;
		keys.product[k] = product;
		const side = random.next();
		const price = random.logNormal(8, 1.5);
		keys.exports[k] = side < 0.25 ? 0 : random.logNormal(11, 2.5);
		keys.imports[k] = side > 0.75 ? 0 : random.logNormal(11, 2.5);
		keys.exportQty[k] = keys.exports[k] / (price * random.logNormal(0, 0.4));
		keys.importQty[k] = keys.imports[k] / price;
		keys.exportUnit[k] = random.chance(0.02) ? 1 : 0; // a few in items: R undefined
		keys.importUnit[k] = 0;
		if (random.chance(0.01)) {
			keys.importQty[k] = NaN; // a missing quantity
			keys.importUnit[k] = -1;
		}
	}
	return keys;
}
