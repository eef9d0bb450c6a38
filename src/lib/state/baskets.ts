/**
 * Consortium baskets kept on this device (localStorage) and moved between devices as a small
 * JSON file. Everything read back is validated: storage and files may hold anything.
 */
import { type Basket, parseBasketPattern } from '../engine';

const STORAGE_KEY = 'iit-explorer:baskets';
/** Marks a basket file, so a random JSON file is refused with a clear reason. */
export const BASKET_FILE_FORMAT = 'iit-explorer-basket';
/** The file version this app writes and reads. */
export const BASKET_FILE_VERSION = 1;
/** A basket file is a few kilobytes; anything larger than this is not one. */
export const MAX_BASKET_FILE_BYTES = 64 * 1024;
/** More patterns than this is not a consortium's list (the HS has about 5,600 HS6 codes). */
export const MAX_BASKET_PATTERNS = 6000;
/** Names longer than this are cut in the UI anyway. */
export const MAX_BASKET_NAME = 80;

/** Why an imported file was refused; `badPattern` and `tooManyPatterns` carry a detail. */
export type BasketFileError =
	| 'tooLarge'
	| 'notJson'
	| 'notBasket'
	| 'badName'
	| 'badPatterns'
	| 'badPattern'
	| 'noPatterns'
	| 'tooManyPatterns';

/** The result of reading a basket file: the basket, or the reason it was refused. */
export type BasketFileResult =
	{ basket: Basket; error: null } | { basket: null; error: BasketFileError; detail?: string };

/** A pattern in the form the app keeps: six digits, or the prefix with a star ("64*"). */
export function normalizePattern(pattern: string): string | null {
	const { prefix } = parseBasketPattern(pattern);
	if (prefix === null) return null;
	return prefix.length === 6 ? prefix : `${prefix}*`;
}

/** Checks a value as a basket: a non-empty name, 1..MAX patterns, each a valid HS pattern. */
export function validateBasket(value: unknown): BasketFileResult {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return { basket: null, error: 'notBasket' };
	}
	const { name, patterns } = value as { name?: unknown; patterns?: unknown };
	if (typeof name !== 'string' || !name.trim() || name.trim().length > MAX_BASKET_NAME) {
		return { basket: null, error: 'badName' };
	}
	if (!Array.isArray(patterns)) return { basket: null, error: 'badPatterns' };
	if (patterns.length === 0) return { basket: null, error: 'noPatterns' };
	if (patterns.length > MAX_BASKET_PATTERNS) {
		return { basket: null, error: 'tooManyPatterns', detail: String(MAX_BASKET_PATTERNS) };
	}
	const normalized: string[] = [];
	for (const pattern of patterns as unknown[]) {
		const kept = typeof pattern === 'string' ? normalizePattern(pattern) : null;
		if (kept === null) {
			// Show a short, plain piece of what was wrong (never markup: the UI prints text only).
			const detail = typeof pattern === 'string' ? pattern.slice(0, 40) : typeof pattern;
			return { basket: null, error: 'badPattern', detail };
		}
		if (!normalized.includes(kept)) normalized.push(kept);
	}
	return { basket: { name: name.trim(), patterns: normalized }, error: null };
}

/** The file text of a basket: marked, versioned, with codes only. */
export function basketToFileText(basket: Basket): string {
	const file = {
		format: BASKET_FILE_FORMAT,
		version: BASKET_FILE_VERSION,
		name: basket.name,
		patterns: basket.patterns
	};
	return `${JSON.stringify(file, null, '\t')}\n`;
}

/** Reads a basket file's text (size, JSON, format mark, version, then the basket itself). */
export function parseBasketFile(text: string): BasketFileResult {
	if (new TextEncoder().encode(text).length > MAX_BASKET_FILE_BYTES) {
		return { basket: null, error: 'tooLarge' };
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { basket: null, error: 'notJson' };
	}
	if (typeof value !== 'object' || value === null) return { basket: null, error: 'notBasket' };
	const { format, version } = value as { format?: unknown; version?: unknown };
	if (format !== BASKET_FILE_FORMAT || version !== BASKET_FILE_VERSION) {
		return { basket: null, error: 'notBasket' };
	}
	return validateBasket(value);
}

/** A file name for a basket: its name in plain letters and digits, then `.basket.json`. */
export function basketFileName(basket: Basket): string {
	const slug = basket.name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return `${slug || 'basket'}.basket.json`;
}

/** Keeps the valid baskets of a stored value, names unique (the first wins). */
export function sanitizeBaskets(value: unknown): Basket[] {
	if (!Array.isArray(value)) return [];
	const baskets: Basket[] = [];
	for (const entry of value as unknown[]) {
		const { basket } = validateBasket(entry);
		if (basket && !baskets.some((kept) => kept.name === basket.name)) baskets.push(basket);
	}
	return baskets;
}

/** Adds a basket, or replaces the one with the same name in place. */
export function upsertBasket(baskets: readonly Basket[], basket: Basket): Basket[] {
	const index = baskets.findIndex((kept) => kept.name === basket.name);
	if (index < 0) return [...baskets, basket];
	return baskets.map((kept, at) => (at === index ? basket : kept));
}

/** Removes the basket with that name. */
export function removeBasket(baskets: readonly Basket[], name: string): Basket[] {
	return baskets.filter((kept) => kept.name !== name);
}

/** The part of Storage this module uses (tests pass a Map-backed one). */
export type BasketStorage = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): BasketStorage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/** The baskets saved on this device; none when storage is unavailable or holds something else. */
export function loadBaskets(storage: BasketStorage | null = browserStorage()): Basket[] {
	try {
		return sanitizeBaskets(JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]'));
	} catch {
		return [];
	}
}

/** Saves the baskets; in private mode (or when full) they last for this page only. */
export function saveBaskets(
	baskets: readonly Basket[],
	storage: BasketStorage | null = browserStorage()
): void {
	try {
		storage?.setItem(STORAGE_KEY, JSON.stringify(baskets));
	} catch {
		// Storage disabled or full: nothing else to do.
	}
}
