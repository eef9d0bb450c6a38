/**
 * Chart texts that cannot reach Object.prototype. ECharts' renderer (zrender) caches text widths
 * in LRU maps that are plain `{}` keyed by the text measured: a label, a truncated start of one or
 * a wrapped line equal to '__proto__', 'constructor' or 'toString' finds Object.prototype's member
 * there, and the cache then writes `prev`/`next` onto Object.prototype (every object of the page).
 * Names come from files and links (an unknown country's name, a group's, a basket's), so every
 * text of an option passes here first: a member name inside it gets an invisible WORD JOINER
 * after its first character, and no part zrender can measure is that name any more.
 */
import type { EChartsOption } from 'echarts';

/** U+2060 WORD JOINER: no width, no break; it only keeps the name from being itself. */
const JOINER = '\u2060';

const MEMBER_NAMES = Object.getOwnPropertyNames(Object.prototype);
const MEMBER_PATTERN = MEMBER_NAMES.map((name) => name.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')).join(
	'|'
);
const HOLDS_MEMBER = new RegExp(MEMBER_PATTERN);
const EVERY_MEMBER = new RegExp(MEMBER_PATTERN, 'g');

/** `text` with every Object.prototype member name in it broken by a WORD JOINER. */
export function chartSafeText(text: string): string {
	let safe = text;
	// A break can leave an overlapping name whole ('__proto__proto__'): look again until none is.
	while (HOLDS_MEMBER.test(safe)) {
		safe = safe.replace(EVERY_MEMBER, (name) => name[0] + JOINER + name.slice(1));
	}
	return safe;
}

type Formatter = (...args: unknown[]) => unknown;

/** A value of an option with its texts made safe; a formatter's texts are made safe as it runs. */
function safeValue(value: unknown, depth: number): unknown {
	if (typeof value === 'string') return chartSafeText(value);
	if (typeof value === 'function') {
		const formatter = value as Formatter;
		return (...args: unknown[]) => safeValue(formatter(...args), depth);
	}
	if (typeof value !== 'object' || value === null || depth > 12) return value;
	if (ArrayBuffer.isView(value)) return value;
	if (Array.isArray(value)) return value.map((item) => safeValue(item, depth + 1));
	// Only plain data is walked (options are object literals); anything else passes as it is.
	const prototype = Object.getPrototypeOf(value);
	if (prototype !== Object.prototype && prototype !== null) return value;
	// A plain `{}` again (ECharts calls hasOwnProperty on option objects); option keys are ours.
	const copy: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) {
		if (key !== '__proto__') copy[key] = safeValue(item, depth + 1);
	}
	return copy;
}

/** The option with every text in it, and every text its formatters return, made safe. */
export function chartSafeOption(option: EChartsOption): EChartsOption {
	return safeValue(option, 0) as EChartsOption;
}
