import type { DatasetInfo, Ledger, Progress, ReadOptions, TradeKeys } from './types';

/** A file to read: a browser File or a Node Blob, with the name to report it by. */
export interface InputFile {
	name: string;
	blob: Blob;
}

export interface ReadHooks {
	/** Called about ten times a second at most, never per row. */
	onProgress?: (progress: Progress) => void;
	signal?: AbortSignal;
}

export interface ReadResult {
	keys: TradeKeys;
	ledger: Ledger;
	info: DatasetInfo;
}

/** The one entry point of the read path: files + read options → flow-pair keys, ledger and dataset facts. */
export async function readTradeFiles(
	_files: InputFile[],
	_options: ReadOptions,
	_hooks: ReadHooks = {}
): Promise<ReadResult> {
	throw new Error('TODO(H2): readTradeFiles');
}
