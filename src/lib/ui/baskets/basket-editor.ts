/** The text form of a basket being edited: one pattern per line, codes added without repeats. */
import { parseBasketText } from '../../engine';
import { normalizePattern } from '../../state/baskets';

/** The editable text of a list of patterns, one per line. */
export function patternsToText(patterns: readonly string[]): string {
	return patterns.join('\n');
}

/** Whether the text already lists the code's pattern ("64" and "64*" are the same). */
export function textHasCode(text: string, code: string): boolean {
	const pattern = normalizePattern(code);
	return pattern !== null && parseBasketText(text).patterns.includes(pattern);
}

/** The text with the code's pattern added on a new line, unless it is already there or invalid. */
export function addCodeToText(text: string, code: string): string {
	const pattern = normalizePattern(code);
	if (pattern === null || textHasCode(text, code)) return text;
	const trimmed = text.replace(/\s+$/, '');
	return trimmed ? `${trimmed}\n${pattern}` : pattern;
}
