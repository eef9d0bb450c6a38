/**
 * Checks for JSON that came from outside (a link, a dropped file): each returns the value with
 * its type, or throws ShareError('invalid') naming the field. A link may be tampered with, so
 * nothing is trusted: sizes are bounded, numbers finite, texts short and free of control characters.
 */
import { hasControlCharacters } from '../model/control-characters';
import { MAX_YEAR, MIN_YEAR } from './bounds';
import { ShareError } from './shared-results';

/** A record read from JSON. */
export type JsonObject = Record<string, unknown>;

/** Fails naming the field and what was expected there. */
export function invalid(path: string, expected: string): never {
	throw new ShareError('invalid', `${path}: ${expected}`);
}

/** A plain object (not an array, not null). */
export function object(value: unknown, path: string): JsonObject {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		invalid(path, 'an object');
	}
	return value as JsonObject;
}

/** An array of at most `max` items. */
export function array(value: unknown, path: string, max: number): unknown[] {
	if (!Array.isArray(value)) invalid(path, 'a list');
	if (value.length > max) invalid(path, `at most ${max} items`);
	return value;
}

/** A finite number within [min, max]; `integer` also requires a whole number. */
export function number(
	value: unknown,
	path: string,
	{ min = -Infinity, max = Infinity, integer = false } = {}
): number {
	if (typeof value !== 'number' || !Number.isFinite(value)) invalid(path, 'a number');
	if (value < min || value > max) invalid(path, `a number from ${min} to ${max}`);
	if (integer && !Number.isInteger(value)) invalid(path, 'a whole number');
	return value;
}

/** A non-negative finite amount (trade values, counts' sums). */
export function amount(value: unknown, path: string): number {
	return number(value, path, { min: 0 });
}

/** A whole number from 0 to `max` (counts, indexes). */
export function count(value: unknown, path: string, max = Number.MAX_SAFE_INTEGER): number {
	return number(value, path, { min: 0, max, integer: true });
}

/** A text of at most `max` characters without control characters, matching `pattern` when given. */
export function text(value: unknown, path: string, max: number, pattern?: RegExp): string {
	if (typeof value !== 'string') invalid(path, 'a text');
	if (value.length > max || hasControlCharacters(value))
		invalid(path, `a text of at most ${max} characters`);
	if (pattern && !pattern.test(value)) invalid(path, 'a valid code');
	return value;
}

/** One of the allowed texts. */
export function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
	if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
		invalid(path, `one of ${allowed.join(', ')}`);
	}
	return value as T;
}

/** Distinct years within the bounds (bounds.ts), at most `max` of them. */
export function yearList(value: unknown, path: string, max: number): number[] {
	const years = array(value, path, max).map((year, i) =>
		number(year, `${path}[${i}]`, { min: MIN_YEAR, max: MAX_YEAR, integer: true })
	);
	if (new Set(years).size !== years.length) invalid(path, 'years without repeats');
	return years;
}
