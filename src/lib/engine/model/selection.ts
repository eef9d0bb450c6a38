/**
 * What a view looks at: the filters every view shares (years, products, partners) and the
 * dimension its rows run along (partners, sectors or country groups). Plain data: it crosses
 * the worker boundary, and the same predicates run in the worker (on keys) and on the main
 * thread (on cells), so a view and its drill-down always agree on what they cover.
 */
import { basketIncludes } from './basket';
import { GROUP_IDS, isMember, type CustomGroup, type GroupId } from '../codes/groups';
import type { SectorId } from './types';

/**
 * Which products a view covers: sectors, HS chapters (1–99) and a basket's patterns (basket.ts);
 * null means all. All three apply.
 */
export interface ProductScope {
	sectors: SectorId[] | null;
	chapters: number[] | null;
	/** Basket patterns ("6403*", "420221"); absent or null = no basket. */
	basket?: string[] | null;
}

export const ALL_PRODUCTS: ProductScope = { sectors: null, chapters: null };

/**
 * A partner or a set of partners. Built-in groups count a country only in the years it was
 * a member (OECD by accession year); a custom group's members count in every year.
 */
export type PartnerSet =
	| { kind: 'all' }
	| { kind: 'country'; id: string }
	| { kind: 'group'; id: GroupId }
	| { kind: 'custom'; group: CustomGroup };

export const ALL_PARTNERS: PartnerSet = { kind: 'all' };

/** The filters of every view: one reporter, a year range (inclusive), partners and products. */
export interface Selection {
	reporter: string;
	yearFrom: number;
	yearTo: number;
	partners: PartnerSet;
	scope: ProductScope;
}

/** What the rows of a view are: partner countries, sectors, or country groups (built-in and custom). */
export type Dimension =
	{ kind: 'partner' } | { kind: 'sector' } | { kind: 'group'; custom: CustomGroup[] };

/** Row id of a custom group in a group dimension (built-in groups use their GroupId). */
export function customGroupId(group: CustomGroup): string {
	return `custom:${group.name}`;
}

/** Whether `partner`'s trade in `year` belongs to the set. */
export function partnerInSet(set: PartnerSet, partner: string, year: number): boolean {
	switch (set.kind) {
		case 'all':
			return true;
		case 'country':
			return partner === set.id;
		case 'group':
			return isMember(set.id, partner, year);
		case 'custom':
			return set.group.members.includes(partner);
	}
}

/** Whether an HS6 product (as an integer) of sector `sector` is in the scope. */
export function productInScope(scope: ProductScope, product: number, sector: SectorId): boolean {
	if (scope.sectors !== null && !scope.sectors.includes(sector)) return false;
	if (scope.chapters !== null && !scope.chapters.includes(Math.floor(product / 10000))) {
		return false;
	}
	return !scope.basket || basketIncludes(scope.basket, product);
}

/**
 * The row ids a piece of trade (partner, year, sector) counts under in a dimension. A partner
 * can be in several groups (most EU members are in the OECD), or in none.
 */
export function rowIdsOf(
	dimension: Dimension,
	partner: string,
	year: number,
	sector: SectorId
): string[] {
	switch (dimension.kind) {
		case 'partner':
			return [partner];
		case 'sector':
			return [sector];
		case 'group': {
			const ids: string[] = GROUP_IDS.filter((group) => isMember(group, partner, year));
			for (const group of dimension.custom) {
				if (group.members.includes(partner)) ids.push(customGroupId(group));
			}
			return ids;
		}
	}
}

/** Where a drill-down goes: the products of a partner set, in one sector or all. */
export interface DrillTarget {
	partners: PartnerSet;
	sector: SectorId | null;
}

/** The partner set a row id of a partner or group dimension stands for (sector rows: all partners). */
export function partnerSetOfRow(dimension: Dimension, rowId: string): PartnerSet {
	switch (dimension.kind) {
		case 'partner':
			return { kind: 'country', id: rowId };
		case 'sector':
			return ALL_PARTNERS;
		case 'group': {
			const builtIn = GROUP_IDS.find((id) => id === rowId);
			if (builtIn) return { kind: 'group', id: builtIn };
			const custom = dimension.custom.find((group) => customGroupId(group) === rowId);
			return custom ? { kind: 'custom', group: custom } : ALL_PARTNERS;
		}
	}
}
