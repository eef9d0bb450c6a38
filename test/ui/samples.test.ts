/**
 * The sample registry (src/lib/state/samples.ts), its loader with a stub fetch, and the
 * first-visit guide's memory. The on-disk files are the ones `npm run samples` writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { comexSampleFiles } from '../../scripts/samples/make-comex-sample';
import { writeSamples } from '../../scripts/samples/make-demo';
import { SAMPLES, SAMPLE_IDS, loadSampleFiles, sampleOf } from '../../src/lib/state/samples';
import { fetchSiteFile } from '../../src/lib/static-files';
import { translate } from '../../src/lib/i18n';
import {
	GUIDE_DISMISSED_KEY,
	isGuideDismissed,
	rememberGuideDismissed,
	type GuideStorage
} from '../../src/lib/ui/start/guide-memory';

// What `npm run samples` writes to static/samples, written here to a temporary folder: a clean
// clone runs the unit tests before the build generates the samples.
let sampleDir = '';
beforeAll(async () => {
	sampleDir = await mkdtemp(join(tmpdir(), 'iit-samples-'));
	await writeSamples(sampleDir);
});
const staticSample = (name: string) => join(sampleDir, name);

/** A Map-backed Storage stub. */
function memoryStorage(): GuideStorage & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return {
		map,
		getItem: (key) => map.get(key) ?? null,
		setItem: (key, value) => void map.set(key, value),
		removeItem: (key) => void map.delete(key)
	};
}

describe('sample registry', () => {
	it('lists the demo (BACI) and the consortium (Comex Stat) samples, reporter Brazil', () => {
		expect(SAMPLES.map((s) => s.id)).toEqual([...SAMPLE_IDS]);
		expect(sampleOf('demo')).toMatchObject({ files: ['demo-baci.csv'], format: 'baci' });
		expect(sampleOf('consortium')?.format).toBe('comex-stat');
		expect(sampleOf('consortium')?.files).toContain('PAIS.csv');
		for (const sample of SAMPLES) expect(sample.reporter).toBe('BRA');
	});

	it('opens the consortium sample on a footwear-and-leather basket, named in each language', () => {
		const basket = sampleOf('consortium')?.basket;
		expect(basket?.patterns).toEqual(['41', '42', '64']);
		expect(sampleOf('demo')?.basket).toBeUndefined();
		const key = basket?.nameKey ?? 'start.sample.consortium.title';
		expect(translate('en', key)).toBe('Footwear and leather');
		expect(translate('pt-BR', key)).toBe('Calçados e couro');
		expect(translate('es', key)).toBe('Calzado y cuero');
	});

	it('finds nothing for ids that are not samples (ids come from the URL)', () => {
		for (const id of ['', 'Demo', 'x', '__proto__', 'constructor', '../demo', null, undefined])
			expect(sampleOf(id)).toBeUndefined();
	});

	it('has every file that `npm run samples` writes', () => {
		for (const sample of SAMPLES)
			for (const name of sample.files) expect(existsSync(staticSample(name)), name).toBe(true);
	});

	it('writes exactly the consortium files the generator makes', () => {
		const generated = comexSampleFiles();
		expect(generated.map((f) => f.name).sort()).toEqual(
			[...(sampleOf('consortium')?.files ?? [])].sort()
		);
		for (const file of generated)
			expect(readFileSync(staticSample(file.name)).equals(file.bytes), file.name).toBe(true);
	});

	it('names every sample in the three languages', () => {
		for (const sample of SAMPLES)
			for (const locale of ['pt-BR', 'en', 'es'] as const) {
				expect(translate(locale, sample.titleKey)).not.toBe(sample.titleKey);
				expect(translate(locale, sample.descriptionKey)).not.toBe(sample.descriptionKey);
			}
		expect(translate('en', 'start.sample.consortium.title')).toBe(
			'Footwear and leather consortium'
		);
	});
});

describe('loadSampleFiles', () => {
	it("fetches each file from the site's /samples/ and returns Files with their names", async () => {
		const requested: string[] = [];
		const fetchStub = async (path: string) => {
			requested.push(path);
			return new Response(`content of ${path.split('/').pop()}`);
		};
		const sample = sampleOf('consortium');
		if (!sample) throw new Error('consortium sample missing');
		const files = await loadSampleFiles(sample, fetchStub);
		expect(files.map((f) => f.name)).toEqual([...sample.files]);
		expect(await files[4].text()).toBe('content of PAIS.csv');
		expect(requested).toHaveLength(5);
		for (const [i, url] of requested.entries()) {
			expect(url.endsWith(`/samples/${sample.files[i]}`)).toBe(true);
			expect(url).not.toMatch(/^[a-z]+:/i); // same origin: a path, never another site
		}
	});

	it('rejects with the missing file name on an HTTP error', async () => {
		vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
		const sample = sampleOf('demo');
		if (!sample) throw new Error('demo sample missing');
		await expect(loadSampleFiles(sample)).rejects.toThrow('/samples/demo-baci.csv: HTTP 404');
		vi.unstubAllGlobals();
	});

	it('fetches only paths of this site', async () => {
		const asked: string[] = [];
		vi.stubGlobal('fetch', async (url: string) => (asked.push(url), new Response('x')));
		for (const path of [
			'https://evil.example/x',
			'//evil.example/x',
			'/a/../b',
			'samples/x',
			'/a b'
		]) {
			await expect(fetchSiteFile(path)).rejects.toThrow('not a file of this site');
		}
		await fetchSiteFile('/samples/demo-baci.csv');
		expect(asked).toHaveLength(1);
		expect(asked[0]).toMatch(/\/samples\/demo-baci\.csv$/);
		expect(asked[0]).not.toMatch(/^[a-z]+:/i);
		vi.unstubAllGlobals();
	});
});

describe('first-visit guide memory', () => {
	it('is not dismissed on a first visit, then remembered, then forgotten on request', () => {
		const storage = memoryStorage();
		expect(isGuideDismissed(storage)).toBe(false);
		rememberGuideDismissed(true, storage);
		expect(storage.map.get('iit-explorer:guide-dismissed')).toBe('1');
		expect(GUIDE_DISMISSED_KEY).toBe('iit-explorer:guide-dismissed');
		expect(isGuideDismissed(storage)).toBe(true);
		rememberGuideDismissed(false, storage);
		expect(isGuideDismissed(storage)).toBe(false);
	});

	it('shows the guide when storage is missing or refuses, and never throws', () => {
		const refusing: GuideStorage = {
			getItem: () => {
				throw new Error('SecurityError');
			},
			setItem: () => {
				throw new Error('QuotaExceededError');
			},
			removeItem: () => {
				throw new Error('SecurityError');
			}
		};
		expect(isGuideDismissed(null)).toBe(false);
		expect(isGuideDismissed(refusing)).toBe(false);
		expect(() => rememberGuideDismissed(true, refusing)).not.toThrow();
		expect(() => rememberGuideDismissed(true, null)).not.toThrow();
		// Node has no localStorage: the default storage is null and the guide shows.
		expect(isGuideDismissed()).toBe(false);
	});
});
