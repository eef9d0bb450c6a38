/**
 * The HS 2022 nomenclature (codes at 2, 4 and 6 digits with English descriptions): read from the
 * bundled CSV (`section,hscode,description,parent,level`) and searched by code or by words.
 */
import Papa from 'papaparse';
import { parseBasketPattern, type Basket } from '../model/basket';

/** One HS heading: its code (2, 4 or 6 digits), English description and level. */
export interface NomenclatureEntry {
	code: string;
	description: string;
	level: 2 | 4 | 6;
}

/** The nomenclature read: entries in file order (chapter, heading, subheadings) and the HS6 codes. */
export interface Nomenclature {
	entries: NomenclatureEntry[];
	/** Every HS6 code, sorted, so coverage counts need no scan of the other levels. */
	hs6: string[];
	/** Each entry's description folded for search (same order as `entries`). */
	folded: string[];
}

/** Lower case without accents or punctuation, so "Calçados" finds "calcados" and vice versa. */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Reads the nomenclature CSV; keeps rows whose code has exactly 2, 4 or 6 digits (drops TOTAL). */
export function parseNomenclature(csv: string): Nomenclature {
	const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
	const entries: NomenclatureEntry[] = [];
	const seen = new Set<string>();
	for (const row of parsed.data) {
		const code = (row.hscode ?? '').trim();
		const description = (row.description ?? '').trim();
		// The data package labels some longer national codes as level 6: keep true HS codes only.
		if (!/^(\d{2}|\d{4}|\d{6})$/.test(code) || seen.has(code)) continue;
		seen.add(code);
		entries.push({ code, description, level: code.length as 2 | 4 | 6 });
	}
	const hs6 = entries
		.filter((entry) => entry.level === 6)
		.map((entry) => entry.code)
		.sort();
	return { entries, hs6, folded: entries.map((entry) => foldText(entry.description)) };
}

/**
 * Entries matching a query, in nomenclature order, at most `limit`. A query of digits (dots and
 * spaces ignored, optional `*`) matches codes starting with it; otherwise every word of the query
 * must start a word of the description (accents and case ignored).
 */
export function searchNomenclature(
	nomenclature: Nomenclature,
	query: string,
	limit = 50
): NomenclatureEntry[] {
	const digits = /^[\d\s.]+\*?$/.test(query.trim()) ? query.replace(/[\s.*]/g, '') : null;
	const words = foldText(query).split(' ').filter(Boolean);
	if (digits === null && words.length === 0) return [];
	const found: NomenclatureEntry[] = [];
	for (let index = 0; index < nomenclature.entries.length && found.length < limit; index++) {
		const entry = nomenclature.entries[index];
		const hit =
			digits !== null
				? entry.code.startsWith(digits)
				: words.every((word) => ` ${nomenclature.folded[index]}`.includes(` ${word}`));
		if (hit) found.push(entry);
	}
	return found;
}

/** The entry of a code (2, 4 or 6 digits), if the nomenclature has it. */
export function findEntry(nomenclature: Nomenclature, code: string): NomenclatureEntry | undefined {
	return nomenclature.entries.find((entry) => entry.code === code);
}

/** How many HS6 codes of the nomenclature the patterns cover (invalid patterns cover none). */
export function countCoveredHs6(patterns: readonly string[], nomenclature: Nomenclature): number {
	const prefixes = patterns
		.map((pattern) => parseBasketPattern(pattern).prefix)
		.filter((prefix): prefix is string => prefix !== null);
	return nomenclature.hs6.filter((code) => prefixes.some((prefix) => code.startsWith(prefix)))
		.length;
}

/** A basket at a glance: its number of patterns and, once the nomenclature is loaded, HS6 codes covered. */
export interface BasketSummary {
	patterns: number;
	hs6Covered: number | null;
}

/** Summarizes a basket; `hs6Covered` is null without a nomenclature to count against. */
export function basketSummary(basket: Basket, nomenclature?: Nomenclature): BasketSummary {
	return {
		patterns: basket.patterns.length,
		hs6Covered: nomenclature ? countCoveredHs6(basket.patterns, nomenclature) : null
	};
}
