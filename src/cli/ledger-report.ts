import type { DatasetInfo, Ledger } from '../lib/engine/types';

const usd = (value: number) => `${value.toLocaleString('en-US', { maximumFractionDigits: 2 })} USD`;

/** The ledger as plain text lines, as the CLI prints it to stderr. */
export function ledgerReport(ledger: Ledger, info: DatasetInfo): string {
	const lines: string[] = [];
	for (const file of ledger.files) {
		lines.push(`file ${file.name}: ${file.format}, ${file.rows} rows, ${file.bytes} bytes`);
	}
	lines.push(
		`imports valued ${info.importValuation}, values in ${info.currency}, quantities in ${info.quantityUnit}`
	);
	lines.push(`rows read ${ledger.rowsRead}, used ${ledger.rowsUsed}`);
	for (const [reason, tally] of Object.entries(ledger.drops)) {
		const where = tally.firstLines.map((p) => `${p.file}:${p.line}`).join(', ');
		lines.push(`  dropped ${reason}: ${tally.rows} rows, ${usd(tally.value)} (first: ${where})`);
	}
	const dropped = ledger.valueRead - ledger.valueUsed;
	lines.push(
		`value read ${usd(ledger.valueRead)}, used ${usd(ledger.valueUsed)}, dropped ${usd(dropped)}`
	);
	lines.push(`keys ${info.keys}, years ${info.years.join(' ')}`);
	return lines.join('\n');
}
