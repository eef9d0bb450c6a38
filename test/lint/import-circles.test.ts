/** No module of `src/` imports itself back through others (issue 16): the layers can be read in order. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph } from './import-graph';

describe('import circles', () => {
	it('finds a circle, and only the files in it (so an empty list means something)', () => {
		const graph = new Map([
			['a.ts', ['b.ts']],
			['b.ts', ['c.ts', 'd.ts']],
			['c.ts', ['a.ts']],
			['d.ts', []]
		]);
		expect(importCircles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
	});

	it('reads the real imports: the analysis worker reaches the engine', () => {
		const graph = importGraph(resolve('src'));
		expect(graph.get('lib/worker/analysis-api.ts')).toContain('lib/engine/index.ts');
		expect(graph.get('lib/worker/client.ts')).toContain('lib/worker/start-worker.ts');
	});

	it('has none in src/', () => {
		expect(importCircles(importGraph(resolve('src')))).toEqual([]);
	});
});
