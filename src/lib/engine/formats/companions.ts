/**
 * Companion files: not trade data, but codes that help read it (STUB, issue 3).
 * BACI `country_codes_V*.csv` (two header variants), Comex Stat `PAIS.csv`, BACI `product_codes_*.csv`.
 */
import type { CountryDirectory } from '../codes/directory';
import type { CompanionId } from '../types';

/** The companion a header belongs to, or null. */
export function detectCompanion(header: string[], fileName: string): CompanionId | null {
	void header;
	void fileName;
	return null;
}

/** A row handler that fills the directory from a companion file's rows. */
export function createCompanionReader(
	companion: CompanionId,
	header: string[],
	directory: CountryDirectory,
	file: string
): (fields: string[], line: number) => void {
	void companion;
	void header;
	void directory;
	void file;
	return () => undefined;
}
