/**
 * Generates src/lib/engine/codes/hs-editions/conversion-tables.ts from UNSD's six HS conversion
 * tables (each newer-edition HS6 code → exactly one code of the edition before it), as extracted
 * to shared/data/hs-correspondence/conversion/ (README.md there: UNSD's workbooks, copied from
 * GitHub insongkim/concordance). Run: `npx tsx scripts/hs-editions/make-conversion.ts [dir]`.
 *
 * Every listed newer code is stored (a code a table does not list is kept as it is and counted,
 * METHODS 8, so "listed" must be known), as ascending deltas in base 36; the older code is stored
 * only where it differs from the newer one, as (gap in list positions, signed delta) pairs.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFormatted } from '../code-table';

/** The six tables, newest first is not needed: in edition order, table i converts H(i+1) → H(i). */
export const CONVERSION_FILES = [
	{ newer: 'H1', older: 'H0', file: 'hs1996-to-hs1992.csv', header: 'hs1996,hs1992' },
	{ newer: 'H2', older: 'H1', file: 'hs2002-to-hs1996.csv', header: 'hs2002,hs1996' },
	{ newer: 'H3', older: 'H2', file: 'hs2007-to-hs2002.csv', header: 'hs2007,hs2002' },
	{ newer: 'H4', older: 'H3', file: 'hs2012-to-hs2007.csv', header: 'hs2012,hs2007' },
	{ newer: 'H5', older: 'H4', file: 'hs2017-to-hs2012.csv', header: 'hs2017,hs2012' },
	{ newer: 'H6', older: 'H5', file: 'hs2022-to-hs2017.csv', header: 'hs2022,hs2017' }
] as const;

export const DEFAULT_DIR = '/work/shared/data/hs-correspondence/conversion';
const OUTPUT = 'src/lib/engine/codes/hs-editions/conversion-tables.ts';

/** One table's pairs as integers, sorted by the newer code. */
export interface ConversionPairs {
	newer: number[];
	older: number[];
}

/** Reads one conversion CSV strictly: its header, then `dddddd,dddddd` lines, no code twice. */
export function readConversionCsv(path: string, header: string): ConversionPairs {
	const lines = readFileSync(path, 'utf8').replace(/\r\n/g, '\n').trimEnd().split('\n');
	if (lines[0].trim() !== header) throw new Error(`${path}: header ${lines[0]}, not ${header}`);
	const pairs: [number, number][] = [];
	for (let i = 1; i < lines.length; i++) {
		const match = /^(\d{6}),(\d{6})$/.exec(lines[i].trim());
		if (!match) throw new Error(`${path}:${i + 1}: not two HS6 codes: ${lines[i]}`);
		pairs.push([Number(match[1]), Number(match[2])]);
	}
	pairs.sort((a, b) => a[0] - b[0]);
	for (let i = 1; i < pairs.length; i++) {
		if (pairs[i][0] === pairs[i - 1][0]) throw new Error(`${path}: ${pairs[i][0]} listed twice`);
	}
	return { newer: pairs.map((p) => p[0]), older: pairs.map((p) => p[1]) };
}

/** A table in the module's text form (see conversion-tables.ts for the decoding). */
export function encodeTable({ newer, older }: ConversionPairs): {
	listed: string;
	moved: string;
	moves: number;
} {
	const listed: string[] = [];
	const moved: string[] = [];
	let previous = 0;
	let previousMove = -1;
	for (let i = 0; i < newer.length; i++) {
		listed.push((newer[i] - previous).toString(36));
		previous = newer[i];
		const delta = older[i] - newer[i];
		if (delta !== 0) {
			moved.push(
				`${(i - previousMove).toString(36)}${delta < 0 ? '-' : '+'}${Math.abs(delta).toString(36)}`
			);
			previousMove = i;
		}
	}
	return { listed: listed.join(','), moved: moved.join(','), moves: moved.length };
}

/** A long string as lines of about `width` characters, cut after a comma, for a readable file. */
function chunked(text: string, width = 96): string {
	const parts: string[] = [];
	let at = 0;
	while (at < text.length) {
		let end = Math.min(text.length, at + width);
		if (end < text.length) {
			const comma = text.lastIndexOf(',', end);
			end = comma > at ? comma + 1 : end;
		}
		parts.push(`\t\t\t'${text.slice(at, end)}'`);
		at = end;
	}
	return parts.length === 0 ? "''" : `[\n${parts.join(',\n')}\n\t\t].join('')`;
}

/** The generated module's source (before formatting). */
export function conversionModule(dir: string): string {
	const entries = CONVERSION_FILES.map((table) => {
		const pairs = readConversionCsv(join(dir, table.file), table.header);
		const { listed, moved, moves } = encodeTable(pairs);
		return `\t{
		newer: '${table.newer}',
		older: '${table.older}',
		file: '${table.file}',
		rows: ${pairs.newer.length},
		changed: ${moves},
		listed: ${chunked(listed)},
		moved: ${chunked(moved)}
	}`;
	});
	return `/**
 * UNSD's HS conversion tables, HS1996→HS1992 … HS2022→HS2017: each code of a newer edition maps
 * to exactly one code of the edition before it (METHODS 8).
 * Source: United Nations Statistics Division, "HS correlation and conversion tables"
 * (https://unstats.un.org/unsd/trade/classifications/correspondence-tables.asp), the conversion
 * sheets of UNSD's workbooks as copied in GitHub insongkim/concordance (data-raw/, R package
 * "concordance" v2.1.0), extracted to shared/data/hs-correspondence/conversion/ (see its README
 * and SOURCE.md next to this file). Published as is, oddities included (identity rows 2710xx in
 * HS1996→HS1992, 140390 in HS2002→HS1996).
 *
 * GENERATED by scripts/hs-editions/make-conversion.ts: do not edit by hand.
 *
 * Encoding, per table: \`listed\` is every newer code the table lists, ascending, as base-36
 * deltas from the previous code (the first from 0), comma-separated; \`moved\` holds the codes whose
 * older code differs, as \`<gap><sign><delta>\` in base 36: gap = position in \`listed\` minus the
 * previous moved position (the first from −1), delta = older − newer. Every other listed code maps
 * to itself. \`rows\` and \`changed\` are the counts of the CSV's pairs and of the moved ones.
 */

/** One conversion table in text form; decoded by hs-editions/convert.ts. */
export interface ConversionTableText {
	newer: string;
	older: string;
	file: string;
	rows: number;
	changed: number;
	listed: string;
	moved: string;
}

/** Table i converts edition H(i+1) to H(i). */
export const CONVERSION_TABLES: readonly ConversionTableText[] = [
${entries.join(',\n')}
];
`;
}

async function main(): Promise<void> {
	const dir = process.argv[2] ?? DEFAULT_DIR;
	const source = conversionModule(dir);
	mkdirSync(dirname(OUTPUT), { recursive: true });
	await writeFormatted(OUTPUT, source);
	console.log(`${CONVERSION_FILES.length} conversion tables from ${dir} → ${OUTPUT}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
