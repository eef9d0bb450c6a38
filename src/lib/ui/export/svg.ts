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

/** Height of each caption line drawn above a chart, in px. */
const CAPTION_LINE = 20;

/**
 * The chart's SVG with a <title> and <desc> (what screen readers and image viewers show) and a
 * white background drawn first, under everything (a transparent chart is unreadable on a dark viewer).
 * `caption` lines (the title, then what the numbers are: method, thresholds, years, source) are
 * drawn above the chart, which moves down to make room: a file shared alone still says what it shows.
 */
export function standaloneSvg(
	svg: string,
	title: string,
	description: string,
	caption: string[] = []
): string {
	const captioned = caption.length > 0 ? withCaption(svg, caption) : svg;
	const open = SVG_OPEN.exec(captioned);
	if (!open) throw new Error('Not an SVG document');
	const end = open.index + open[0].length;
	const head =
		`<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>` +
		'<rect width="100%" height="100%" fill="#ffffff"/>';
	return captioned.slice(0, end) + head + captioned.slice(end);
}

/** The SVG grown by a band of text lines at its top, its drawing moved under them. */
function withCaption(svg: string, lines: string[]): string {
	const open = SVG_OPEN.exec(svg);
	const close = svg.lastIndexOf('</svg>');
	if (!open || close < 0) throw new Error('Not an SVG document');
	const { width, height } = svgSize(svg);
	const band = CAPTION_LINE * lines.length + 8;
	const grown = height + band;
	const root = open[0]
		.replace(/\sheight="[\d.]+"/, ` height="${grown}"`)
		.replace(/\sviewBox="[^"]*"/, ` viewBox="0 0 ${width} ${grown}"`);
	const text = lines
		.map((line, i) => {
			const weight = i === 0 ? ' font-weight="bold"' : '';
			const y = CAPTION_LINE * (i + 1);
			return `<text x="12" y="${y}" font-family="sans-serif" font-size="${i === 0 ? 14 : 12}" fill="#1c2430"${weight}>${escapeXml(line)}</text>`;
		})
		.join('');
	const body = svg.slice(open.index + open[0].length, close);
	return `${svg.slice(0, open.index)}${root}${text}<g transform="translate(0 ${band})">${body}</g></svg>`;
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
