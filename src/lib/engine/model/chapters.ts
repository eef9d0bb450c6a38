/** The HS-chapter filter as people type it: "84, 85, 87-89" ⇄ [84, 85, 87, 88, 89]. Pure. */

/** Chapters in ascending order, or the first piece that is not a chapter (1–99) or a range of them. */
export type ParsedChapters = { chapters: number[] | null; invalid: null } | { invalid: string };

const CHAPTER = /^\d{1,2}$/;

function chapterOf(text: string): number | null {
	if (!CHAPTER.test(text)) return null;
	const chapter = Number(text);
	return chapter >= 1 && chapter <= 99 ? chapter : null;
}

/** Reads a list of chapters and ranges separated by commas, semicolons or spaces; empty text = all chapters (null). */
export function parseChapters(text: string): ParsedChapters {
	const chosen = new Set<number>();
	// Ranges may be written "87-89" or "87–89"; spaces around the dash are allowed.
	const pieces = text
		.replace(/\s*[-–]\s*/g, '-')
		.split(/[\s,;]+/)
		.filter(Boolean);
	for (const piece of pieces) {
		const [from, to, extra] = piece.split('-');
		const first = chapterOf(from);
		const last = to === undefined ? first : chapterOf(to);
		if (first === null || last === null || extra !== undefined || first > last) {
			return { invalid: piece };
		}
		for (let chapter = first; chapter <= last; chapter++) chosen.add(chapter);
	}
	if (chosen.size === 0) return { chapters: null, invalid: null };
	return { chapters: [...chosen].sort((a, b) => a - b), invalid: null };
}

/** Writes chapters back compactly, runs as ranges: [84, 85, 87, 88, 89] → "84-85, 87-89". */
export function formatChapters(chapters: readonly number[] | null): string {
	if (!chapters || chapters.length === 0) return '';
	const sorted = [...chapters].sort((a, b) => a - b);
	const parts: string[] = [];
	let start = sorted[0];
	let previous = start;
	for (const chapter of [...sorted.slice(1), Infinity]) {
		if (chapter === previous + 1) {
			previous = chapter;
			continue;
		}
		const pad = (n: number) => String(n).padStart(2, '0');
		parts.push(start === previous ? pad(start) : `${pad(start)}-${pad(previous)}`);
		start = previous = chapter;
	}
	return parts.join(', ');
}
