/**
 * What the HTML table reader (html-table.ts) reads of a tag: whether a `<` opens one, its name,
 * its `colspan` / `rowspan`, and which tags break a line in a cell's text.
 */

/** Tags that break a line where they stand in a cell's text. */
export const BREAKS = new Set(['br', 'p', 'div', 'li', 'tr', 'td', 'th', 'hr']);

/** Whether a character after `<` makes it a tag: a letter, `/`, `!` or `?`. */
export function startsTag(c: number): boolean {
	const lower = c | 32;
	return (lower >= 97 && lower <= 122) || c === 47 || c === 33 || c === 63;
}

/** The lower-case name of a tag (`td` in `td align="right"`), from `at`. */
export function tagName(tag: string, at: number): string {
	let end = at;
	while (end < tag.length) {
		const c = tag.charCodeAt(end) | 32;
		if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57 && end > at))) break;
		end++;
	}
	return tag.slice(at, end).toLowerCase();
}

/** A `colspan` / `rowspan` attribute's value, 1 when absent or not a positive number. */
export function spanOf(tag: string, attribute: string, max: number): number {
	const match = new RegExp(`\\b${attribute}\\s*=\\s*["']?\\s*(\\d+)`, 'i').exec(tag);
	const value = match ? Number(match[1]) : 1;
	return value >= 1 ? Math.min(value, max) : 1;
}
