/** Chart SVG made to travel alone: title, description and a white background. Pure text. */

const XML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Text made safe inside an XML element or attribute. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]);
}

const SVG_OPEN = /<svg\b[^>]*>/;

/**
 * The chart's SVG with a <title> and <desc> (what screen readers and image viewers show) and a
 * white background drawn first, under everything (a transparent chart is unreadable on a dark viewer).
 */
export function standaloneSvg(svg: string, title: string, description: string): string {
	const open = SVG_OPEN.exec(svg);
	if (!open) throw new Error('Not an SVG document');
	const end = open.index + open[0].length;
	const head =
		`<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>` +
		'<rect width="100%" height="100%" fill="#ffffff"/>';
	return svg.slice(0, end) + head + svg.slice(end);
}

/** The width and height in px written on the root <svg> (ECharts writes both). */
export function svgSize(svg: string): { width: number; height: number } {
	const open = SVG_OPEN.exec(svg)?.[0] ?? '';
	const read = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)`).exec(open)?.[1]);
	const width = read('width');
	const height = read('height');
	if (!(width > 0 && height > 0)) throw new Error('The SVG has no width and height');
	return { width, height };
}
