/** A results file dropped back in: recognised by its name, read within a size bound. */
import { MAX_JSON_BYTES, parsePayload } from './codec';
import { ShareError, type SharedResults } from './shared-results';

/** Whether the files dropped are one results file (`.json`) rather than trade data. */
export function isResultsFile(files: readonly File[]): boolean {
	return files.length === 1 && /\.json$/i.test(files[0].name);
}

/** The results a file holds; rejects with ShareError whatever is wrong with it. */
export async function readResultsFile(file: Blob): Promise<SharedResults> {
	// A results file is small JSON; a bigger .json is not one, and reading it whole would be costly.
	if (file.size > MAX_JSON_BYTES) throw new ShareError('too-large');
	return parsePayload(await file.text());
}
