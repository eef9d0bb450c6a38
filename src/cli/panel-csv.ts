import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { CsvRowReader, type Delimiter, inFile, type PanelInput } from '../lib/engine';
import { UsageError } from './args';

/** A term of the model: a column, or the natural log of one (named as R names it). */
export interface Expression {
	/** As R prints it: `value` or `log(value)`. */
	name: string;
	column: string;
	log: boolean;
}

/** Parses `name` or `log(name)`. */
export function parseExpression(text: string): Expression {
	const trimmed = text.trim();
	const log = /^log\s*\((.*)\)$/.exec(trimmed);
	const column = (log ? log[1] : trimmed).trim();
	if (column === '' || /[()]/.test(column)) {
		throw new UsageError(`"${text}" is not a column name or log(column)`);
	}
	return { name: log ? `log(${column})` : column, column, log: log !== null };
}

/** A bad value in the panel file: one line naming the file, line and column. */
export class PanelFileError extends Error {
	constructor(file: string, line: number, column: string, problem: string) {
		super(`${file}: line ${line}, column ${column}: ${problem}`);
		this.name = 'PanelFileError';
	}
}

/** What the panel file gave: the estimator's input and the rows left out for missing values. */
export interface PanelFile {
	input: PanelInput;
	/** The file's line of each row of `input`. */
	lines: number[];
	/** Rows dropped because a used cell was empty or NA (R's na.omit), and their first lines. */
	missing: { count: number; lines: number[] };
}

/** What to read: the id columns, the dependent expression and the regressors. */
export interface PanelSpec {
	entity: string;
	time: string;
	y: Expression;
	x: Expression[];
}

const MISSING = new Set(['', 'NA']);
const LINES_SHOWN = 5;

/** Streams the CSV (PapaParse) and builds the panel; unknown columns are usage errors. */
export async function readPanelCsv(path: string, spec: PanelSpec): Promise<PanelFile> {
	await assertFile(path);
	const file = basename(path);
	const entity: string[] = [];
	const time: string[] = [];
	const y: number[] = [];
	const x: number[][] = spec.x.map(() => []);
	const used: number[] = [];
	const missing = { count: 0, lines: [] as number[] };
	let indices: { entity: number; time: number; y: number; x: number[] } | null = null;
	let delimiter: Delimiter = ',';

	const reader = new CsvRowReader({
		header(fields, found) {
			delimiter = found;
			const header = fields.map((f, i) => (i === 0 ? f.replace(/^\uFEFF/, '') : f).trim());
			const find = (name: string): number => {
				const at = header.indexOf(name);
				if (at < 0)
					throw new UsageError(`${file} has no column "${name}" (it has ${header.join(', ')})`);
				return at;
			};
			indices = {
				entity: find(spec.entity),
				time: find(spec.time),
				y: find(spec.y.column),
				x: spec.x.map((e) => find(e.column))
			};
		},
		rows(rows, lines, count) {
			const at = indices as NonNullable<typeof indices>;
			for (let r = 0; r < count; r++) {
				const row = rows[r];
				const line = lines[r];
				const cells = [row[at.entity], row[at.time], row[at.y], ...at.x.map((i) => row[i])];
				if (cells.some((cell) => MISSING.has((cell ?? '').trim()))) {
					missing.count++;
					if (missing.lines.length < LINES_SHOWN) missing.lines.push(line);
					continue;
				}
				used.push(line);
				entity.push(row[at.entity].trim());
				time.push(row[at.time].trim());
				y.push(evaluate(spec.y, row[at.y], line));
				spec.x.forEach((e, j) => x[j].push(evaluate(e, row[at.x[j]], line)));
			}
		}
	});
	const evaluate = (e: Expression, cell: string, line: number): number => {
		const value = parseNumber(cell, delimiter);
		if (!Number.isFinite(value)) {
			throw new PanelFileError(file, line, e.column, `"${cell.trim()}" is not a number`);
		}
		if (!e.log) return value;
		if (value <= 0) {
			throw new PanelFileError(
				file,
				line,
				e.column,
				`${e.name} needs a positive value, got ${cell.trim()}`
			);
		}
		return Math.log(value);
	};

	const stream = createReadStream(path, { encoding: 'utf8' });
	try {
		for await (const chunk of stream) reader.push(chunk as string);
		reader.finish();
	} catch (error) {
		throw inFile(error, file); // a line too long: the reader does not know the file's name
	}
	if (!reader.headerSeen) throw new Error(`${file}: the file is empty`);
	if (y.length === 0) throw new Error(`${file}: no complete rows to estimate on`);
	return {
		input: {
			entity,
			time,
			yName: spec.y.name,
			y,
			regressors: spec.x.map((e, j) => ({ name: e.name, values: x[j] }))
		},
		lines: used,
		missing
	};
}

/** A number as written in the file; with `;` as delimiter a lone decimal comma is accepted. */
function parseNumber(cell: string, delimiter: Delimiter): number {
	let text = (cell ?? '').trim();
	if (delimiter === ';' && /^[-+]?\d*,\d+$/.test(text)) text = text.replace(',', '.');
	return text === '' ? NaN : Number(text);
}

async function assertFile(path: string): Promise<void> {
	let isFile = false;
	try {
		isFile = (await stat(path)).isFile();
	} catch (error) {
		const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
		throw new Error(`${path}: ${missing ? 'no such file' : 'cannot be opened'}`);
	}
	if (!isFile) throw new Error(`${path}: not a file`);
}
