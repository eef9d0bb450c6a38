/**
 * Reads a published code table (BACI country_codes_V*.csv, Comex Stat PAIS.csv) for the
 * generators: UTF-8 when it decodes as such, else windows-1252 (older BACI tables, PAIS.csv);
 * any delimiter and line ending; quoted fields (with line breaks) as the CSV rules say.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { format, resolveConfig } from 'prettier';

/** A table's rows as objects keyed by lower-case column names. */
export interface CodeTable {
	file: string;
	columns: string[];
	rows: Record<string, string>[];
}

export function readCodeTable(file: string): CodeTable {
	const bytes = readFileSync(file);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		text = new TextDecoder('windows-1252').decode(bytes);
	}
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trim(), {
		skipEmptyLines: true
	});
	const [header, ...data] = parsed.data;
	const columns = header.map((name) => name.trim().toLowerCase());
	const rows = data.map((fields) =>
		Object.fromEntries(columns.map((name, i) => [name, (fields[i] ?? '').trim()]))
	);
	return { file, columns, rows };
}

/** The first of `names` the table has, or an error naming the file. */
export function column(table: CodeTable, ...names: string[]): string {
	const found = names.find((name) => table.columns.includes(name));
	if (!found) throw new Error(`none of the columns ${names.join(', ')} in ${table.file}`);
	return found;
}

/** Writes generated TypeScript as the project's formatter would (so it is committed as is). */
export async function writeFormatted(file: string, source: string): Promise<void> {
	const options = (await resolveConfig(file)) ?? {};
	writeFileSync(file, await format(source, { ...options, filepath: file }));
}
