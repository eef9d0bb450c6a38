/**
 * The keys of an analysis in one HS edition (METHODS 8): when its years are in more than one,
 * every key is converted to the oldest present, by the UNSD conversion tables.
 */
import type { TradeKeys, YearEdition } from '../../model/types';
import { convertKeysToEdition, type ConversionCounts } from './convert';
import { editionIndex, oldestEdition, type HsEdition } from './editions';

/** What harmonising did: the editions found (oldest first), the one converted to, the counts. */
export interface EditionHarmony {
	editions: HsEdition[];
	target: HsEdition;
	counts: ConversionCounts;
}

/** The editions of the years, oldest first, each once. */
export function editionsFound(yearEditions: readonly YearEdition[]): HsEdition[] {
	const found = new Set(yearEditions.map((y) => y.edition as HsEdition));
	return [...found].sort((a, b) => editionIndex(a) - editionIndex(b));
}

/**
 * The keys converted to the oldest edition of their years, or as they are (harmony null) when
 * all years share one edition. A year without an entry keeps its codes as they are.
 */
export function harmonizeEditions(
	keys: TradeKeys,
	yearEditions: readonly YearEdition[]
): { keys: TradeKeys; harmony: EditionHarmony | null } {
	const editions = editionsFound(yearEditions);
	const target = oldestEdition(editions);
	if (editions.length < 2 || target === null) return { keys, harmony: null };
	const byYear = new Map(yearEditions.map((y) => [y.year, editionIndex(y.edition as HsEdition)]));
	const to = editionIndex(target);
	const converted = convertKeysToEdition(keys, (k) => byYear.get(keys.year[k]) ?? to, target);
	return { keys: converted.keys, harmony: { editions, target, counts: converted.counts } };
}
