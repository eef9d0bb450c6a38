/**
 * Consortium baskets: named lists of products written as HS codes. A pattern is an HS2, HS4 or
 * HS6 code ("64", "6403", "640399"; dots and spaces ignored: "6403.99") or any 1–6 digits
 * followed by `*` ("6403*", "640*"): every HS6 code that starts with those digits.
 */

/** A named basket; `patterns` are kept as typed (normalized), so they travel in links as text. */
export interface Basket {
	name: string;
	patterns: string[];
}

/** A pattern read: the digits every matching HS6 code starts with. */
export type ParsedPattern = { prefix: string; invalid: null } | { prefix: null; invalid: string };

/** Reads one pattern; `invalid` names the text when it is not an HS code or prefix. */
export function parseBasketPattern(text: string): ParsedPattern {
	const compact = text.replace(/[\s.]/g, '');
	const match = /^(\d{1,6})(\*?)$/.exec(compact);
	if (!match) return { prefix: null, invalid: text.trim() };
	const [, digits, star] = match;
	// Without a star only whole HS levels are codes: 2, 4 or 6 digits.
	if (!star && digits.length % 2 !== 0) return { prefix: null, invalid: text.trim() };
	return { prefix: digits, invalid: null };
}

/** The range of HS6 codes (as integers, inclusive) a prefix covers: "6403" → [640300, 640399]. */
export function prefixRange(prefix: string): [number, number] {
	const free = 6 - prefix.length;
	const first = Number(prefix) * 10 ** free;
	return [first, first + 10 ** free - 1];
}

/** Splits pasted text (commas, semicolons, spaces, new lines) into patterns; reports the first bad one. */
export function parseBasketText(text: string): { patterns: string[]; invalid: string | null } {
	const patterns: string[] = [];
	for (const piece of text.split(/[,;\n\r\t ]+/).filter(Boolean)) {
		const parsed = parseBasketPattern(piece);
		if (parsed.invalid !== null) return { patterns, invalid: parsed.invalid };
		const normalized = parsed.prefix.length === 6 ? parsed.prefix : `${parsed.prefix}*`;
		if (!patterns.includes(normalized)) patterns.push(normalized);
	}
	return { patterns, invalid: null };
}

/** Flags for every HS6 code 000000–999999: 1 when a pattern covers it (invalid patterns cover nothing). */
export function basketCodeMask(patterns: readonly string[]): Uint8Array {
	const mask = new Uint8Array(1_000_000);
	for (const pattern of patterns) {
		const parsed = parseBasketPattern(pattern);
		if (parsed.prefix === null) continue;
		const [first, last] = prefixRange(parsed.prefix);
		mask.fill(1, first, last + 1);
	}
	return mask;
}

/** Whether an HS6 code (as an integer) is in the basket. */
export function basketIncludes(patterns: readonly string[], product: number): boolean {
	return patterns.some((pattern) => {
		const parsed = parseBasketPattern(pattern);
		if (parsed.prefix === null) return false;
		const [first, last] = prefixRange(parsed.prefix);
		return product >= first && product <= last;
	});
}
