/**
 * The CLI's `classify` job written in DuckDB SQL, for the benchmark against DuckDB: one
 * reporter's GHM and FF cells (METHODS 1–3) from a BACI file (`t,i,j,k,v,q`), written to CSV
 * with the CLI's header. The engine's lookup tables (countries, aggregates, sectors) are passed
 * in as VALUES, so both sides drop and group the same rows.
 */
import { MAX_YEAR, MIN_YEAR } from '../src/lib/engine/read/accumulate';
import { ffBounds, ghmBounds } from '../src/lib/engine/classify/classify';
import { BACI_COUNTRIES } from '../src/lib/engine/codes/baci-countries';
import {
	AGGREGATE_PARTNER_CODES,
	countryIdOfNumericCode,
	numericCodesOfCountry
} from '../src/lib/engine/codes/countries';
import { sectorIndexOfChapter } from '../src/lib/engine/codes/sectors';
import { MAX_ROW_VALUE } from '../src/lib/engine/read/formats/fields';
import { SECTOR_IDS } from '../src/lib/engine/model/types';

/** What the SQL computes. */
export interface DuckdbJob {
	/** The BACI file to read. */
	file: string;
	/** Where the cells CSV goes. */
	out: string;
	/** The reporter's country id (ISO3), as the CLI's --reporter takes it. */
	reporter: string;
	alpha: number;
	theta: number;
	/** DuckDB's worker threads (`SET threads`). */
	threads: number;
}

/** BACI writes values in thousand USD (formats/baci.ts). */
const VALUE_TO_USD = 1000;
/** The smallest six-digit code the readers accept (chapter 01: 010000). */
const FIRST_HS6 = 10_000;

/** A SQL string literal. */
function text(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/** A DOUBLE literal that reads back to exactly `value` (a bare 1.15 would be a DECIMAL). */
function double(value: number): string {
	if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
	return `CAST('${value}' AS DOUBLE)`;
}

/** Numbers as a SQL list `(a, b, …)`. */
function numberList(values: Iterable<number>): string {
	return `(${[...values].join(', ')})`;
}

/** The built-in BACI country table as VALUES (code, id): partner codes become the engine's ids. */
function countryValues(): string {
	const rows = BACI_COUNTRIES.map(([code]) => `(${code}, ${text(countryIdOfNumericCode(code))})`);
	return `countries(code, id) AS (VALUES ${rows.join(', ')})`;
}

/** Chapter → sector (METHODS 3.1) as VALUES (chapter, sector, sector_order). */
function sectorValues(): string {
	const rows: string[] = [];
	for (let chapter = 1; chapter <= 99; chapter++) {
		const index = sectorIndexOfChapter(chapter);
		rows.push(`(${chapter}, ${text(SECTOR_IDS[index])}, ${index})`);
	}
	return `sectors(chapter, sector, sector_order) AS (VALUES ${rows.join(', ')})`;
}

/** The class of R in a band, bounds inclusive; NULL R (undefined) is unclassified. */
function ratioClass(lo: number, hi: number): string {
	return `CASE WHEN r IS NULL THEN 'unclassified' WHEN r > ${double(hi)} THEN 'viit-sup' WHEN r < ${double(lo)} THEN 'viit-inf' ELSE 'hiit' END`;
}

/** Sum of `amount` over keys of class `cls` in column `method`, 0 when none. */
function classSum(method: 'ghm' | 'ff', cls: string, amount: string, column: string): string {
	return `coalesce(sum(${amount}) FILTER (WHERE ${method} = ${text(cls)}), 0) AS ${method}_${column}`;
}

/** Quantity sum of one direction, NULL (missing) when any of its rows has no usable quantity. */
function quantitySum(direction: string): string {
	const usable = `coalesce(q > 0 AND isfinite(q), false)`;
	return `CASE WHEN bool_and(${usable}) FILTER (WHERE ${direction}) THEN sum(q) FILTER (WHERE ${direction}) END`;
}

/** The statements to run, in order: the thread count, then one COPY that writes the cells. */
export function duckdbStatements(job: DuckdbJob): string[] {
	const codes = numericCodesOfCountry(job.reporter);
	if (codes.length === 0) throw new Error(`unknown reporter ${job.reporter}`);
	const reporters = numberList(codes);
	const dropped = numberList([0, ...AGGREGATE_PARTNER_CODES]); // World and areas "nes" (METHODS 1.1)
	const ghm = ghmBounds(job.alpha);
	const ff = ffBounds(job.alpha);
	const columns = `{'t': 'INTEGER', 'i': 'INTEGER', 'j': 'INTEGER', 'k': 'INTEGER', 'v': 'DOUBLE', 'q': 'DOUBLE'}`;
	const query = `
WITH ${countryValues()},
${sectorValues()},
flows AS (
	SELECT t AS year, i IN ${reporters} AS is_export,
		CASE WHEN i IN ${reporters} THEN j ELSE i END AS partner_code,
		k AS product, v * ${VALUE_TO_USD} AS value, q
	FROM read_csv(${text(job.file)}, header = true, delim = ',', quote = '"', columns = ${columns}, nullstr = ['NA', ''])
	-- exactly one side is the reporter: self-trade and other reporters' rows are dropped
	WHERE (i IN ${reporters}) <> (j IN ${reporters})
),
used AS (
	SELECT year, is_export, coalesce(c.id, CAST(partner_code AS VARCHAR)) AS partner, product, value, q
	FROM flows LEFT JOIN countries c ON c.code = partner_code
	WHERE partner_code NOT IN ${dropped}
		AND year BETWEEN ${MIN_YEAR} AND ${MAX_YEAR}
		AND product BETWEEN ${FIRST_HS6} AND 999999
		-- chapters 77, 98 and 99 are no HS product (METHODS 1.1, 'not-hs-product')
		AND product // 10000 NOT IN (77, 98, 99)
		AND value > 0 AND value <= ${double(MAX_ROW_VALUE)}
),
keys AS (
	SELECT year, partner, product,
		coalesce(sum(value) FILTER (WHERE is_export), 0) AS x,
		coalesce(sum(value) FILTER (WHERE NOT is_export), 0) AS m,
		${quantitySum('is_export')} AS qx,
		${quantitySum('NOT is_export')} AS qm
	FROM used GROUP BY year, partner, product
),
ratios AS (
	-- R = (X / qX) / (M / qM) in this order (METHODS 1.2)
	SELECT year, partner, product // 10000 AS chapter, x, m, x + m AS t,
		CASE WHEN qx > 0 AND qm > 0 THEN x / qx / (m / qm) END AS r
	FROM keys WHERE x + m > 0
),
classified AS (
	SELECT *, ${ratioClass(ghm.lo, ghm.hi)} AS ghm,
		CASE WHEN least(x, m) / greatest(x, m) > ${double(job.theta)} THEN ${ratioClass(ff.lo, ff.hi)} ELSE 'one-way' END AS ff
	FROM ratios
),
cells AS (
	SELECT year, partner, s.sector, s.sector_order, sum(t) AS trade,
		sum(abs(x - m)) AS ghm_oneway,
		${classSum('ghm', 'hiit', '2 * least(x, m)', 'hiit')},
		${classSum('ghm', 'viit-sup', '2 * least(x, m)', 'viit_sup')},
		${classSum('ghm', 'viit-inf', '2 * least(x, m)', 'viit_inf')},
		${classSum('ghm', 'unclassified', '2 * least(x, m)', 'unclassified')},
		${classSum('ff', 'one-way', 't', 'oneway')},
		${classSum('ff', 'hiit', 't', 'hiit')},
		${classSum('ff', 'viit-sup', 't', 'viit_sup')},
		${classSum('ff', 'viit-inf', 't', 'viit_inf')},
		${classSum('ff', 'unclassified', 't', 'unclassified')},
		sum(x) AS exports,
		sum(m) AS imports,
		0 AS ghm_unclassified_outlier, -- the benchmark runs without the unit-value screen
		0 AS ff_unclassified_outlier
	FROM classified JOIN sectors s USING (chapter)
	GROUP BY year, partner, s.sector, s.sector_order
	HAVING sum(t) > 0
)
SELECT * EXCLUDE (sector_order) FROM cells ORDER BY year, partner, sector_order`;
	return [
		`SET threads = ${Math.trunc(job.threads)}`,
		`COPY (${query}) TO ${text(job.out)} (HEADER, DELIMITER ',')`
	];
}
