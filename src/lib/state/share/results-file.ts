/** A results file dropped back in is recognised by its name (codec.ts reads it within a size bound). */

/** Whether the files dropped are one results file (`.json`) rather than trade data. */
export function isResultsFile(files: readonly File[]): boolean {
	return files.length === 1 && /\.json$/i.test(files[0].name);
}
