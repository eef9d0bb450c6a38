/** STUB (issue 3): zip archives through @zip.js/zip.js. */
import { TradeFileError } from '../errors';
import type { OpenedInputs } from './open';

/** The entries of a zip archive as content sources; directories and non-text entries set aside. */
export async function zipSources(name: string, blob: Blob): Promise<OpenedInputs> {
	void blob;
	throw new TradeFileError('bad-archive', 'Zip files are not supported yet.', name);
}
