/** Recognises a file from its header: a trade format, a companion file, or neither. */
import type { CompanionId, FormatId, ReadOptions } from '../../model/types';
import { baciFormat } from './baci';
import { detectCompanion } from './companions';
import { comexStatFormat } from './comex-stat';
import { comextFormat } from './comext';
import { comtradeLegacyFormat } from './comtrade-legacy';
import { comtradePlusFormat } from './comtrade-plus';
import { customFormat, mappingFits } from './custom';
import { tradeMapFormat } from './trade-map';
import { witsFormat } from './wits';
import type { FormatDefinition } from './reader';

/** Every format, in detection order (the most specific headers first). */
export const FORMATS: readonly FormatDefinition[] = [
	baciFormat,
	comtradePlusFormat,
	comtradeLegacyFormat,
	comexStatFormat,
	comextFormat,
	witsFormat,
	tradeMapFormat,
	customFormat
];

/** The definition of a format. */
export function formatDefinition(id: FormatId): FormatDefinition {
	return FORMATS.find((format) => format.id === id) as FormatDefinition;
}

/** What a file is, from its header and name. */
export type FileKind =
	| { kind: 'data'; format: FormatId }
	| { kind: 'companion'; companion: CompanionId }
	| { kind: 'unknown' };

/**
 * The kind of a file from its header (case, spaces and quotes around names ignored) and name.
 * With format `auto`, a header no format knows is read through the column mapping when the
 * mapping was made for this header; with a chosen format, every file is read as that format
 * unless it is a companion.
 */
export function detectFile(header: string[], fileName: string, options: ReadOptions): FileKind {
	const companion = detectCompanion(header, fileName);
	if (companion !== null) return { kind: 'companion', companion };
	if (options.format !== 'auto') return { kind: 'data', format: options.format };
	const format = detectFormat(header, fileName);
	if (format !== null) return { kind: 'data', format };
	if (options.mapping && mappingFits(options.mapping, header)) {
		return { kind: 'data', format: 'custom' };
	}
	return { kind: 'unknown' };
}

/** The trade format of a header (auto-detection only), or null. */
export function detectFormat(header: string[], fileName = ''): FormatId | null {
	for (const format of FORMATS) {
		if (format.matches(header, fileName)) return format.id;
	}
	return null;
}
