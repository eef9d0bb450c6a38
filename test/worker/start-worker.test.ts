import { describe, expect, it } from 'vitest';
import { bootstrapSource } from '../../src/lib/worker/start-worker';

describe('the blob bootstrap of a worker', () => {
	it('imports the real script by its absolute URL (a blob: module has no base for a relative one)', () => {
		const base = 'https://example.org/iit/_app/immutable/chunks/client.js';
		expect(bootstrapSource('../workers/analysis.worker-Ab1.js', base)).toBe(
			'import "https://example.org/iit/_app/immutable/workers/analysis.worker-Ab1.js";\n'
		);
		// Vite's dev server gives a root-relative URL.
		expect(bootstrapSource('/src/lib/worker/slice.worker.ts?worker_file&type=module', base)).toBe(
			'import "https://example.org/src/lib/worker/slice.worker.ts?worker_file&type=module";\n'
		);
	});

	it('cannot be turned into other code by a quote in the URL', () => {
		const source = bootstrapSource('/x.js?a="+alert(1)+"', 'https://example.org/');
		expect(source).toBe('import "https://example.org/x.js?a=%22+alert(1)+%22";\n');
	});
});

describe('the life lock line of the bootstrap', () => {
	it('runs after the import and holds the named lock until the worker ends', () => {
		const source = bootstrapSource('/w.js', 'https://example.org/', 'iit-life-1');
		expect(source).toBe(
			'import "https://example.org/w.js";\n' +
				'navigator.locks?.request("iit-life-1", () => new Promise(() => {}));\n'
		);
	});
});
