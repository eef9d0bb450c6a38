/**
 * The column-mapping step: for a CSV of no known format, the user says which column holds the
 * year, partner, product, flow, value… from a preview of its first rows. A mapping is remembered
 * on this device by the header's signature, so the same kind of file is read at once next time.
 */
import {
	COLUMN_ROLES,
	type ColumnMapping,
	type ColumnRole,
	type Currency,
	type FilePreview,
	guessMapping,
	headerSignature,
	mappingFits
} from '../engine';
import type { AnalysisSettings } from './settings.svelte';

/** Prefix of the localStorage keys of remembered mappings (the header signature follows). */
export const MAPPING_STORAGE_PREFIX = 'iit-explorer:mapping:';

export { COLUMN_ROLES, type ColumnRole };

/** One flow column (X/M, 1/2, Export/Import) with one value column, or separate export and import columns. */
export type FlowLayout = 'flow-column' | 'split-columns';

/** Multipliers from the file's values to currency units that the step offers. */
export const VALUE_SCALES = [1, 1000, 1_000_000] as const;

const COMMON_ROLES: ColumnRole[] = ['year', 'reporter', 'partner', 'product'];
const LAYOUT_ROLES: Record<FlowLayout, ColumnRole[]> = {
	'flow-column': ['flow', 'value', 'quantity'],
	'split-columns': ['exportValue', 'importValue', 'exportQuantity', 'importQuantity']
};

/** The roles the step asks for with a layout, in the order it shows them. */
export function rolesOf(layout: FlowLayout): ColumnRole[] {
	return [...COMMON_ROLES, ...LAYOUT_ROLES[layout], 'unit'];
}

/** Roles that may stay unset: the reporter (then the chosen reporter), quantities and unit. */
export function isOptionalRole(role: ColumnRole): boolean {
	return (
		role === 'reporter' ||
		role === 'unit' ||
		role === 'quantity' ||
		role === 'exportQuantity' ||
		role === 'importQuantity'
	);
}

/** The layout a mapping uses: separate columns only when it has no flow column but export/import values. */
export function layoutOf(mapping: ColumnMapping): FlowLayout {
	if (mapping.flow >= 0) return 'flow-column';
	return mapping.exportValue >= 0 || mapping.importValue >= 0 ? 'split-columns' : 'flow-column';
}

/** The mapping with the other layout's columns unset (the engine reads `flow < 0` as separate columns). */
export function withLayout(mapping: ColumnMapping, layout: FlowLayout): ColumnMapping {
	const unset = LAYOUT_ROLES[layout === 'flow-column' ? 'split-columns' : 'flow-column'];
	const result = { ...mapping };
	for (const role of unset) result[role] = -1;
	return result;
}

/**
 * Roles the mapping still lacks, as the engine would refuse them ('bad-mapping'). The reporter is
 * never missing: unset, every row is the chosen reporter's. Separate columns need one value column.
 */
export function missingMappingRoles(mapping: ColumnMapping, layout: FlowLayout): ColumnRole[] {
	const missing = (['year', 'partner', 'product'] as const).filter((role) => mapping[role] < 0);
	const roles: ColumnRole[] = [...missing];
	if (layout === 'flow-column') {
		if (mapping.flow < 0) roles.push('flow');
		if (mapping.value < 0) roles.push('value');
	} else if (mapping.exportValue < 0 && mapping.importValue < 0) {
		roles.push('exportValue', 'importValue');
	}
	return roles;
}

/** Roles of the layout that share a column with another role: allowed, but almost always a slip. */
export function sharedColumnRoles(mapping: ColumnMapping, layout: FlowLayout): ColumnRole[] {
	const roles = rolesOf(layout).filter((role) => mapping[role] >= 0);
	return roles.filter((role) =>
		roles.some((other) => other !== role && mapping[other] === mapping[role])
	);
}

/** Where mappings are remembered (localStorage in the browser, a Map in tests). */
export interface MappingStore {
	load(signature: string): ColumnMapping | null;
	save(mapping: ColumnMapping): void;
}

const isIndex = (value: unknown): value is number =>
	Number.isInteger(value) && (value as number) >= -1;

/** A remembered mapping read back, or null when the text is not one (hand-edited, older version). */
export function parseStoredMapping(text: string | null, signature: string): ColumnMapping | null {
	if (!text) return null;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null) return null;
	const m = value as Record<string, unknown>;
	const valid =
		m.signature === signature &&
		COLUMN_ROLES.every((role) => isIndex(m[role])) &&
		typeof m.valueScale === 'number' &&
		Number.isFinite(m.valueScale) &&
		m.valueScale > 0 &&
		(m.currency === 'USD' || m.currency === 'EUR') &&
		(m.importValuation === 'CIF' || m.importValuation === 'FOB') &&
		typeof m.decimalComma === 'boolean';
	if (!valid) return null;
	const mapping = { signature } as ColumnMapping;
	for (const role of COLUMN_ROLES) mapping[role] = m[role] as number;
	mapping.valueScale = m.valueScale as number;
	mapping.currency = m.currency as Currency;
	mapping.importValuation = m.importValuation as 'CIF' | 'FOB';
	mapping.decimalComma = m.decimalComma as boolean;
	return mapping;
}

/** Mappings in localStorage; storage may be missing or refuse (private mode): then nothing is remembered. */
export function browserMappingStore(): MappingStore {
	return {
		load(signature) {
			try {
				return parseStoredMapping(
					localStorage.getItem(MAPPING_STORAGE_PREFIX + signature),
					signature
				);
			} catch {
				return null;
			}
		},
		save(mapping) {
			try {
				localStorage.setItem(MAPPING_STORAGE_PREFIX + mapping.signature, JSON.stringify(mapping));
			} catch {
				// Storage full or disabled: the mapping still applies to this analysis.
			}
		}
	};
}

/** A mapping fits a header when it was made for it and names only columns the header has. */
export function mappingFitsHeader(mapping: ColumnMapping, header: string[]): boolean {
	return (
		mappingFits(mapping, header) && COLUMN_ROLES.every((role) => mapping[role] < header.length)
	);
}

/** Whether a preview can be mapped: it has a header and is not a companion table. */
export const isMappable = (preview: FilePreview): boolean =>
	preview.header.length > 0 && preview.companion === null;

export type MappingStatus = 'closed' | 'loading' | 'open' | 'failed';

/** How the step was started: after a read that found no format (`auto` may apply a remembered mapping) or on request. */
export interface MappingRequest {
	/** The file to map first (the one the error named). */
	file?: string;
	/** Apply a remembered mapping for this header at once instead of showing the step. */
	auto?: boolean;
}

export class MappingStep {
	#status = $state<MappingStatus>('closed');
	#previews = $state.raw<FilePreview[]>([]);
	#target = $state.raw<FilePreview | null>(null);
	// Small and replaced on every edit: raw state, so the step never deep-proxies it.
	#draft = $state.raw<ColumnMapping | null>(null);
	#layout = $state<FlowLayout>('flow-column');
	#error = $state.raw<unknown>(null);
	/** The signature of a remembered mapping that was applied without asking (for the notice). */
	#appliedFromMemory = $state<string | null>(null);
	#request = 0;

	#settings: AnalysisSettings;
	#loadPreviews: (files: File[]) => Promise<FilePreview[]>;
	#store: MappingStore;

	constructor(
		settings: AnalysisSettings,
		loadPreviews: (files: File[]) => Promise<FilePreview[]>,
		store: MappingStore = browserMappingStore()
	) {
		this.#settings = settings;
		this.#loadPreviews = loadPreviews;
		this.#store = store;
	}

	get status(): MappingStatus {
		return this.#status;
	}
	get isOpen(): boolean {
		return this.#status === 'open';
	}
	/** The error of a preview that failed (status 'failed'), or null. */
	get error(): unknown {
		return this.#error;
	}
	/** Files that can be mapped (companion tables left out). */
	get previews(): FilePreview[] {
		return this.#previews.filter(isMappable);
	}
	get target(): FilePreview | null {
		return this.#target;
	}
	get draft(): ColumnMapping | null {
		return this.#draft;
	}
	get layout(): FlowLayout {
		return this.#layout;
	}
	get roles(): ColumnRole[] {
		return rolesOf(this.#layout);
	}
	get appliedFromMemory(): string | null {
		return this.#appliedFromMemory;
	}

	#missing = $derived.by(() =>
		this.#draft ? missingMappingRoles(this.#draft, this.#layout) : ([] as ColumnRole[])
	);
	#shared = $derived.by(() =>
		this.#draft ? sharedColumnRoles(this.#draft, this.#layout) : ([] as ColumnRole[])
	);

	/** Roles that must still be chosen before the mapping can be applied. */
	get missing(): ColumnRole[] {
		return this.#missing;
	}
	/** Roles that share a column with another role. */
	get shared(): ColumnRole[] {
		return this.#shared;
	}
	get canApply(): boolean {
		return this.#draft !== null && this.#missing.length === 0;
	}

	/**
	 * Previews the files and opens the step on `file` (else the first file of no known format).
	 * With `auto`, a mapping remembered for that header is applied at once; returns whether it was.
	 */
	async start(files: File[], request: MappingRequest = {}): Promise<boolean> {
		const id = ++this.#request;
		// A step open on the same file keeps the user's unsaved choices across a re-read.
		const editing = this.#status === 'open' ? this.#target : null;
		const editingDraft = this.#draft;
		this.#status = 'loading';
		this.#error = null;
		let previews: FilePreview[];
		try {
			previews = await this.#loadPreviews(files);
		} catch (error) {
			if (id !== this.#request) return false;
			this.#status = 'failed';
			this.#error = error;
			return false;
		}
		if (id !== this.#request) return false; // superseded by newer files or a close()
		this.#previews = previews;
		const mappable = previews.filter(isMappable);
		const target =
			mappable.find((p) => p.name === request.file) ??
			mappable.find((p) => p.format === null) ??
			mappable[0] ??
			null;
		if (!target) {
			this.#status = 'closed';
			return false;
		}
		const signature = headerSignature(target.header);
		const remembered = this.#store.load(signature);
		const current = this.#settings.mapping;
		if (
			request.auto &&
			remembered &&
			mappingFitsHeader(remembered, target.header) &&
			// The same mapping just failed to help: show it instead of applying it again.
			current?.signature !== signature
		) {
			this.#target = target;
			this.#appliedFromMemory = signature;
			this.#commit(remembered, target);
			return true;
		}
		if (editing?.name === target.name && editingDraft?.signature === signature) {
			this.#target = target;
		} else {
			this.#select(target, current?.signature === signature ? current : remembered);
		}
		this.#status = 'open';
		return false;
	}

	/** Maps another of the previewed files instead. */
	chooseFile(name: string): void {
		const target = this.previews.find((p) => p.name === name);
		if (target) this.#select(target, this.#store.load(headerSignature(target.header)));
	}

	#select(target: FilePreview, start: ColumnMapping | null): void {
		this.#target = target;
		const draft =
			start && mappingFitsHeader(start, target.header)
				? start
				: (target.guess ?? guessMapping(target.header, target.rows, target.delimiter));
		this.#draft = draft;
		this.#layout = layoutOf(draft);
	}

	#edit(change: Partial<ColumnMapping>): void {
		if (this.#draft) this.#draft = { ...this.#draft, ...change };
	}

	/** Picks the column (0-based; -1 = none) of a role. */
	setColumn(role: ColumnRole, column: number): void {
		this.#edit({ [role]: column });
	}
	setLayout(layout: FlowLayout): void {
		this.#layout = layout;
	}
	setValueScale(scale: number): void {
		if (Number.isFinite(scale) && scale > 0) this.#edit({ valueScale: scale });
	}
	setCurrency(currency: Currency): void {
		this.#edit({ currency });
	}
	setImportValuation(importValuation: 'CIF' | 'FOB'): void {
		this.#edit({ importValuation });
	}
	setDecimalComma(decimalComma: boolean): void {
		this.#edit({ decimalComma });
	}

	/** Applies the draft to the analysis (the files are read again) and remembers it. */
	apply(): boolean {
		const draft = this.#draft;
		const target = this.#target;
		if (!draft || !target || !this.canApply) return false;
		const mapping = withLayout(draft, this.#layout);
		this.#store.save(mapping);
		this.#appliedFromMemory = null;
		this.#commit(mapping, target);
		return true;
	}

	#commit(mapping: ColumnMapping, target: FilePreview): void {
		// A file of a known format is only read through a mapping when the format is forced.
		this.#settings.format = target.format === null ? 'auto' : 'custom';
		this.#settings.mapping = mapping;
		this.#status = 'closed';
	}

	/** Hides the step (new files, or the user gave up); a preview still loading is ignored. */
	close(): void {
		this.#request++;
		this.#status = 'closed';
		this.#error = null;
	}

	/** Forgets everything about the previous files. */
	reset(): void {
		this.close();
		this.#previews = [];
		this.#target = null;
		this.#draft = null;
		this.#appliedFromMemory = null;
	}
}
