/**
 * The sender's file names out of a shared ledger (they can be private: "cliente_X_2023.csv"),
 * unless ticked. A full link keeps each file's facts under its place in the list ("#1"); a short
 * link keeps only the ledger's counts.
 */
import type { Ledger } from '../../engine';

/** The ledger with every file and skipped file named by its place in the list. */
export function withoutFileNames(ledger: Ledger): Ledger {
	return {
		...ledger,
		files: ledger.files.map((file, i) => ({ ...file, name: `#${i + 1}` })),
		skipped: ledger.skipped.map((entry, i) => ({
			...entry,
			name: `#${ledger.files.length + i + 1}`
		}))
	};
}

/** The ledger's counts and tallies only: no list of files. */
export function withoutFiles(ledger: Ledger): Ledger {
	return { ...ledger, files: [], skipped: [] };
}
