/**
 * The column-mapping step's logic: which roles are still missing, how layouts clear each other's
 * columns, what a remembered mapping must look like to be trusted, and the step's flow
 * (guess → edit → apply sets the analysis settings and remembers; a remembered mapping is applied at once).
 */
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../src/lib/engine/read/formats/custom';
import type { FilePreview } from '../../src/lib/engine/read/preview';
import type { ColumnMapping } from '../../src/lib/engine/model/types';
import {
	MAPPING_STORAGE_PREFIX,
	MappingStep,
	layoutOf,
	mappingFitsHeader,
	missingMappingRoles,
	parseStoredMapping,
	rolesOf,
	sharedColumnRoles,
	withLayout,
	type MappingStore
} from '../../src/lib/state/mapping.svelte';
import { AnalysisSettings } from '../../src/lib/state/settings.svelte';

const HEADER = ['Ano', 'País', 'Produto', 'Fluxo', 'Valor', 'Peso'];
const ROWS = [['2021', 'ARG', '870323', 'X', '1.234,50', '10']];
const GUESS = guessMapping(HEADER, ROWS, ';');

function preview(overrides: Partial<FilePreview> = {}): FilePreview {
	return {
		name: 'meu.csv',
		container: 'plain',
		header: HEADER,
		delimiter: ';',
		rows: ROWS,
		format: null,
		companion: null,
		guess: GUESS,
		...overrides
	};
}

function memoryStore(): MappingStore & { saved: Map<string, string> } {
	const saved = new Map<string, string>();
	return {
		saved,
		load: (signature) => parseStoredMapping(saved.get(signature) ?? null, signature),
		save: (mapping) => saved.set(mapping.signature, JSON.stringify(mapping))
	};
}

describe('mapping rules', () => {
	it('start from the engine’s guess, with one flow column', () => {
		expect(layoutOf(GUESS)).toBe('flow-column');
		expect(missingMappingRoles(GUESS, 'flow-column')).toEqual([]);
		expect(rolesOf('flow-column')).toEqual([
			'year',
			'reporter',
			'partner',
			'product',
			'flow',
			'value',
			'quantity',
			'unit'
		]);
	});

	it('name the roles still missing; the reporter never is (the chosen one stands in)', () => {
		const blank = { ...GUESS, year: -1, product: -1, value: -1, reporter: -1 };
		expect(missingMappingRoles(blank, 'flow-column')).toEqual(['year', 'product', 'value']);
		const split = withLayout(GUESS, 'split-columns');
		expect(split.flow).toBe(-1);
		expect(split.value).toBe(-1);
		expect(missingMappingRoles(split, 'split-columns')).toEqual(['exportValue', 'importValue']);
		expect(missingMappingRoles({ ...split, importValue: 4 }, 'split-columns')).toEqual([]);
		expect(layoutOf({ ...split, importValue: 4 })).toBe('split-columns');
	});

	it('clear the other layout’s columns so the engine reads the layout the user chose', () => {
		const both = { ...GUESS, exportValue: 4, importValue: 5 };
		expect(withLayout(both, 'flow-column')).toMatchObject({
			flow: 3,
			exportValue: -1,
			importValue: -1
		});
		expect(withLayout(both, 'split-columns')).toMatchObject({ flow: -1, value: -1, quantity: -1 });
	});

	it('flag a column chosen for two roles', () => {
		expect(sharedColumnRoles({ ...GUESS, quantity: 4 }, 'flow-column')).toEqual([
			'value',
			'quantity'
		]);
		expect(sharedColumnRoles(GUESS, 'flow-column')).toEqual([]);
	});
});

describe('remembered mappings', () => {
	const text = JSON.stringify(GUESS);

	it('read back only when whole and made for the same header', () => {
		expect(parseStoredMapping(text, GUESS.signature)).toEqual(GUESS);
		expect(parseStoredMapping(text, 'other|header')).toBeNull();
		expect(parseStoredMapping('{not json', GUESS.signature)).toBeNull();
		expect(parseStoredMapping(null, GUESS.signature)).toBeNull();
		const broken = { ...GUESS, currency: 'BRL' };
		expect(parseStoredMapping(JSON.stringify(broken), GUESS.signature)).toBeNull();
		const { year: _, ...noYear } = GUESS;
		expect(parseStoredMapping(JSON.stringify(noYear), GUESS.signature)).toBeNull();
	});

	it('fit a header only when every column is inside it', () => {
		expect(mappingFitsHeader(GUESS, HEADER)).toBe(true);
		expect(mappingFitsHeader({ ...GUESS, unit: 9 }, HEADER)).toBe(false);
		expect(mappingFitsHeader(GUESS, [...HEADER, 'extra'])).toBe(false); // another signature
	});

	it('use the documented key prefix', () => {
		expect(MAPPING_STORAGE_PREFIX).toBe('iit-explorer:mapping:');
	});
});

describe('MappingStep', () => {
	const files = [new File(['x'], 'meu.csv')];

	it('opens on the file the error named, pre-filled from the guess', async () => {
		const settings = new AnalysisSettings();
		const step = new MappingStep(settings, async () => [preview()], memoryStore());
		expect(await step.start(files, { file: 'meu.csv', auto: true })).toBe(false);
		expect(step.status).toBe('open');
		expect(step.target?.name).toBe('meu.csv');
		expect(step.draft).toEqual(GUESS);
		expect(step.canApply).toBe(true);
	});

	it('applies a complete mapping to the read options and remembers it', async () => {
		const settings = new AnalysisSettings();
		const store = memoryStore();
		const step = new MappingStep(settings, async () => [preview()], store);
		await step.start(files);
		step.setColumn('value', -1);
		expect(step.missing).toEqual(['value']);
		expect(step.apply()).toBe(false);
		step.setColumn('value', 4);
		step.setValueScale(1000);
		step.setImportValuation('CIF');
		expect(step.apply()).toBe(true);
		expect(step.status).toBe('closed');
		const applied = settings.readOptions.mapping as ColumnMapping;
		expect(applied).toMatchObject({ value: 4, valueScale: 1000, importValuation: 'CIF' });
		expect(settings.readOptions.format).toBe('auto');
		expect(store.load(GUESS.signature)).toEqual(applied);
	});

	it('applies a remembered mapping at once after an unknown-format error', async () => {
		const settings = new AnalysisSettings();
		const store = memoryStore();
		const remembered = { ...GUESS, valueScale: 1000 };
		store.save(remembered);
		const step = new MappingStep(settings, async () => [preview()], store);
		expect(await step.start(files, { file: 'meu.csv', auto: true })).toBe(true);
		expect(settings.mapping).toEqual(remembered);
		expect(step.appliedFromMemory).toBe(GUESS.signature);
		expect(step.status).toBe('closed');
		// The same mapping failing again is shown, never re-applied in a loop.
		expect(await step.start(files, { file: 'meu.csv', auto: true })).toBe(false);
		expect(step.status).toBe('open');
		expect(step.draft).toEqual(remembered);
	});

	it('forces the custom format when the user maps a file of a known format', async () => {
		const settings = new AnalysisSettings();
		const known = preview({ name: 'baci.csv', format: 'baci', guess: null });
		const step = new MappingStep(settings, async () => [known], memoryStore());
		await step.start(files);
		expect(step.draft?.signature).toBe(GUESS.signature); // guessed on the main thread
		step.apply();
		expect(settings.readOptions.format).toBe('custom');
	});

	it('leaves companion tables out and says when the preview fails', async () => {
		const settings = new AnalysisSettings();
		const pais = preview({ name: 'PAIS.csv', companion: 'comex-countries', guess: null });
		const step = new MappingStep(settings, async () => [pais, preview()], memoryStore());
		await step.start(files);
		expect(step.previews.map((p) => p.name)).toEqual(['meu.csv']);

		const failing = new MappingStep(
			settings,
			async () => {
				throw new Error('boom');
			},
			memoryStore()
		);
		await failing.start(files);
		expect(failing.status).toBe('failed');
		expect(failing.error).toBeInstanceOf(Error);
	});

	it('ignores a preview that arrives after the step was closed', async () => {
		const settings = new AnalysisSettings();
		let release: (previews: FilePreview[]) => void = () => undefined;
		const step = new MappingStep(
			settings,
			() => new Promise<FilePreview[]>((resolve) => (release = resolve)),
			memoryStore()
		);
		const started = step.start(files);
		step.close();
		release([preview()]);
		expect(await started).toBe(false);
		expect(step.status).toBe('closed');
	});
});
