/**
 * CEPII GeoDist's dist_cepii (one row per origin × destination): the distances from the reporter
 * to each partner in the chosen measure. Pairs from other origins are counted, not used; `.` is
 * CEPII's missing value.
 */
import { TradeFileError } from '../model/errors';
import { cepiiCountryCodes } from './cepii-codes';
import type { CovariateDropReason } from './covariate-ledger';
import type { CovariateRecord, FileReading } from './covariate-records';
import { isBlank, type CovariatesTable } from './covariate-table';
import { foldHeader, readCountry, readNumber } from './covariates-fields';
import type { DistanceMeasure } from './types';

/** Reads the pairs of `reporter` under the header at `headerIndex`, in `measure`. */
export function readDistCepii(
	{ rows, semicolon }: CovariatesTable,
	headerIndex: number,
	file: string,
	reporter: string,
	measure: DistanceMeasure
): FileReading {
	const header = rows[headerIndex];
	const folded = header.map(foldHeader);
	const column = (name: string) => folded.indexOf(name);
	const origin = column('iso_o');
	const destination = column('iso_d');
	const distance = column(measure);
	if (distance < 0) {
		throw new TradeFileError(
			'covariates-missing-column',
			`The dist_cepii file has no "${measure}" column.`,
			file,
			headerIndex + 1,
			measure,
			{ column: measure, header: header.join(', ') }
		);
	}
	const reading: FileReading = { file, kind: 'dist-cepii', rowsRead: 0, drops: [], records: [] };
	const oldCongo = rows.some((row) => (row[destination] ?? '').trim().toUpperCase() === 'ZAR');
	const codes = (raw: string) => cepiiCountryCodes(raw, oldCongo);
	for (let index = headerIndex + 1; index < rows.length; index++) {
		const row = rows[index];
		if (isBlank(row)) continue;
		reading.rowsRead++;
		const line = index + 1;
		const cell = (at: number) => (row[at] ?? '').trim();
		const pair = { origin: codes(cell(origin)), destination: codes(cell(destination)) };
		const outcome = readPair(pair, cell(distance), reporter, semicolon);
		if (typeof outcome === 'string') reading.drops.push({ line, reason: outcome });
		else reading.records.push({ line, values: outcome });
	}
	return reading;
}

/** The distance values of one pair (one per app id of the destination), or why it is dropped. */
function readPair(
	pair: { origin: readonly string[]; destination: readonly string[] },
	raw: string,
	reporter: string,
	decimalComma: boolean
): CovariateRecord['values'] | CovariateDropReason {
	if (!pair.origin.includes(reporter)) return 'other-origin';
	if (pair.destination.includes(reporter)) return 'self-pair';
	const known = pair.destination.filter((code) => readCountry(code) === code);
	if (known.length === 0) return 'unknown-country';
	// CEPII writes `.` for a missing value (readNumber reads it as a number otherwise).
	const km = raw === '.' ? null : readNumber(raw, decimalComma);
	if (km === null) return 'missing-distance';
	if (!(km > 0)) return 'bad-distance';
	return known.map((partner) => ({ kind: 'distance', partner, km }));
}
