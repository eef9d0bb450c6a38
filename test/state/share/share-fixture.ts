/**
 * Trade of two reporters with a dozen partners over three years, generated from a seed, and
 * shared results built from it the way the app builds them (buildSharedResults).
 */
import { classifyKeys } from '../../../src/lib/engine/classify/classify';
import { subsetKeys } from '../../../src/lib/engine/classify/key-subset';
import {
	ALL_PARTNERS,
	type ProductScope,
	type Selection
} from '../../../src/lib/engine/model/selection';
import type {
	ClassifySettings,
	DatasetInfo,
	Ledger,
	TradeKeys
} from '../../../src/lib/engine/model/types';
import type { ViewFilter } from '../../../src/lib/engine/views/tables';
import { buildSharedResults, type ShareChoice } from '../../../src/lib/state/share/build';
import type { SharedResults } from '../../../src/lib/engine/share/shared-results';
import { makeKeys, type KeyRow } from '../../engine/helpers/make-keys';

export const PARTNERS = ['ARG', 'CHN', 'DEU', 'USA', 'FRA', 'JPN', 'MEX', 'PRY', '490', 'BR249'];
export const SETTINGS: ClassifySettings = { alpha: 0.15, theta: 0.1, cifFobFactor: 1 };
export const SCOPE: ProductScope = { sectors: null, chapters: null };

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Keys of BRA and ARG: some one-way, some without quantities, products across sectors. */
export function sampleKeys(seed = 7): TradeKeys {
	const next = random(seed);
	const rows: KeyRow[] = [];
	const products = [10121, 20130, 220300, 410441, 420221, 640399, 640419, 847130, 870323, 940360];
	for (const reporter of ['BRA', 'ARG']) {
		for (const year of [2020, 2021, 2022]) {
			for (const partner of PARTNERS) {
				if (partner === reporter) continue;
				for (const product of products) {
					if (next() < 0.3) continue;
					const x = next() < 0.15 ? 0 : Math.round(next() * 1e7) / 100;
					const m = next() < 0.15 ? 0 : Math.round(next() * 1e7) / 100;
					if (x + m === 0) continue;
					const noQuantity = next() < 0.1;
					rows.push({
						year,
						reporter,
						partner,
						product,
						x,
						m,
						qx: noQuantity ? undefined : x / (1 + next() * 3),
						qm: noQuantity ? undefined : m / (1 + next() * 3),
						unitX: noQuantity ? null : 'kg',
						unitM: noQuantity ? null : 'kg'
					});
				}
			}
		}
	}
	return makeKeys(rows);
}

export const INFO: DatasetInfo = {
	format: 'baci',
	importValuation: 'FOB',
	currency: 'USD',
	valueUnitInFile: '1000 USD',
	quantityBasis: 'reported',
	quantityUnit: 't',
	missingCompanions: [],
	notes: [],
	countryNames: { '490': 'Other Asia, nes', BR249: 'Código 249' },
	reporters: ['ARG', 'BRA'],
	partners: PARTNERS,
	years: [2020, 2021, 2022],
	keys: 0
};

export const LEDGER: Ledger = {
	files: [
		{
			name: 'BACI_HS17_Y2020.csv',
			format: 'baci',
			bytes: 1234,
			container: 'plain',
			encoding: 'utf-8',
			rows: 900
		}
	],
	skipped: [],
	rowsRead: 900,
	rowsUsed: 880,
	drops: { 'zero-value': { rows: 20, value: 0, firstLines: [] } },
	valueRead: 1e9,
	valueUsed: 1e9,
	unknownCountries: [{ code: '999', id: '999', rows: 3, value: 4500 }]
};

export const FILTER: ViewFilter = {
	reporter: 'BRA',
	yearFrom: 2021,
	yearTo: 2022,
	partners: ALL_PARTNERS
};
export const SELECTION: Selection = { ...FILTER, partners: ALL_PARTNERS, scope: SCOPE };

/** Shared results of BRA 2021–2022, built as the app does from the keys' classification. */
export function sharedSample(
	choice: Omit<ShareChoice, 'names'> & { names?: boolean },
	keys = sampleKeys(),
	filter: ViewFilter = FILTER
): Promise<SharedResults> {
	const selection: Selection = {
		...filter,
		partners: filter.partners ?? ALL_PARTNERS,
		scope: SCOPE
	};
	return buildSharedResults(
		{
			settings: 'y=2021-2022&lang=en',
			alpha: SETTINGS.alpha,
			theta: SETTINGS.theta,
			info: { ...INFO, keys: keys.count },
			ledger: LEDGER,
			cells: classifyKeys(keys, SETTINGS, SCOPE),
			filter,
			selection,
			view: 'partners',
			dimension: { kind: 'partner' },
			quickCheckMethod: 'ghm',
			cellsAt: async (alpha) => classifyKeys(keys, { ...SETTINGS, alpha }, SCOPE),
			selectionKeys: async (chosen) => subsetKeys(keys, chosen)
		},
		{ names: true, ...choice },
		new Date('2026-11-21T12:00:00.000Z')
	);
}
