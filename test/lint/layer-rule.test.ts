/**
 * The lint rule that keeps the layers in order (issue 16): each layer may import only the layers
 * below it (eslint.config.js, LAYERS). A probe file that imports every layer is linted as if it
 * sat in each one; exactly the imports its layer may not make are flagged.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** One import per layer (and SvelteKit's $app), each on its own line: line n is PROBE_IMPORTS[n - 1]. */
const PROBE_IMPORTS = [
	"import { a } from '../engine';",
	"import { b } from '../engine/model/types';",
	"import { c } from '../worker/bridge';",
	"import { d } from '../state/app.svelte';",
	"import { e } from '../i18n';",
	"import { f } from '../ui/status/error-text';",
	"import { g } from '$lib/ui/charts/echarts';",
	"import { h } from '$app/navigation';"
];
const PROBE = `${PROBE_IMPORTS.join('\n')}\nexport const all = [a, b, c, d, e, f, g, h];\n`;

/** The layer rule's messages on the probe, linted as the file `filePath`. */
async function flagged(filePath: string) {
	const [result] = await new ESLint({ cwd: process.cwd() }).lintText(PROBE, { filePath });
	return result.messages.filter((message) => message.ruleId === 'no-restricted-imports');
}

/** The probe's lines flagged by the layer rule. */
async function flaggedLines(filePath: string): Promise<number[]> {
	return (await flagged(filePath)).map((message) => message.line);
}

describe('the layer rule', () => {
	it('lets each layer import only what is below it', async () => {
		// Lines: 1 the engine's door, 2 an engine module behind it, 3 worker, 4 state, 5 i18n,
		// 6 ui, 7 ui via $lib, 8 $app.
		expect(await flaggedLines('src/lib/engine/x.ts')).toEqual([3, 4, 5, 6, 7, 8]);
		expect(await flaggedLines('src/lib/engine/read/formats/x.ts')).toEqual([3, 4, 5, 6, 7, 8]);
		expect(await flaggedLines('src/lib/worker/x.ts')).toEqual([2, 4, 5, 6, 7, 8]);
		expect(await flaggedLines('src/lib/state/share/x.ts')).toEqual([2, 6, 7]);
		expect(await flaggedLines('src/lib/i18n/parts/x.ts')).toEqual([1, 2, 3, 4, 6, 7, 8]);
	});

	it('lets the rest of the site import anything, the engine through its door only', async () => {
		for (const file of ['src/lib/ui/x.ts', 'src/routes/x.ts', 'src/cli/x.ts', 'src/x.ts'])
			expect(await flaggedLines(file), file).toEqual([2]);
	});

	it('names the rule in its message', async () => {
		const messages = await flagged('src/lib/worker/x.ts');
		expect(messages[0].message).toContain('through its door (src/lib/engine/index.ts)');
		expect(messages[1].message).toContain('src/lib/worker/ may import only itself, engine');
	});
});
