/** Pieces every chart option shares: palette, accessibility, and safe tooltip text. */
import type { EChartsOption } from 'echarts';
import { OKABE_ITO } from './palette';

/** The part of every option that makes it accessible: aria with a text description, decal patterns, the palette. */
export function accessibleBase(description: string): EChartsOption {
	return {
		color: OKABE_ITO,
		// Decal patterns tell series apart without colour; the description is the chart's aria-label.
		aria: { enabled: true, label: { description }, decal: { show: true } },
		animation: false
	};
}

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text made safe for ECharts' HTML tooltips (country names come from the user's files). */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** Room in px for the longest of the given labels, capped so the plot keeps most of the width. */
export function labelRoom(labels: readonly string[], cap = 180): number {
	const longest = Math.max(0, ...labels.map((label) => label.length));
	return Math.min(cap, 12 + 7 * longest);
}

/** The index of the largest finite value, or -1 when there is none. */
export function indexOfLargest(values: readonly (number | null)[]): number {
	let best = -1;
	values.forEach((value, index) => {
		if (value === null || !Number.isFinite(value)) return;
		if (best < 0 || value > (values[best] as number)) best = index;
	});
	return best;
}
