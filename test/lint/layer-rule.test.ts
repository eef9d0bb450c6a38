/**
 * The lint rule that keeps the layers in order (issue 16): each layer may import only the layers
 * below it (eslint.config.js, LAYERS). A probe file that imports every layer is linted as if it
 * sat in each one; exactly the imports its layer may not make are flagged.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** One import per layer (and SvelteKit's $app), each on its own line: line n is PROBE_IMPORTS[n - 1]. */
const PROBE_IMPORTS = [
	"import { a } from '../engine/types';",
	"import { b } from '../worker/bridge';",
	"import { c } from '../state/app.svelte';",
	"import { d } from '../i18n';",
	"import { e } from '../ui/status/error-text';",
	"import { f } from '$lib/ui/charts/echarts';",
	"import { g } from '$app/navigation';"
];
const PROBE = `${PROBE_IMPORTS.join('\n')}\nexport const all = [a, b, c, d, e, f, g];\n`;

/** The probe's lines flagged by the layer rule, linted as the file `filePath`. */
async function flaggedLines(filePath: string): Promise<number[]> {
	const [result] = await new ESLint({ cwd: process.cwd() }).lintText(PROBE, { filePath });
	return result.messages
		.filter((message) => message.ruleId === 'no-restricted-imports')
		.map((message) => message.line);
}

describe('the layer rule', () => {
	it('lets each layer import only what is below it', async () => {
		// Lines: 1 engine, 2 worker, 3 state, 4 i18n, 5 ui, 6 ui via $lib, 7 $app.
		expect(await flaggedLines('src/lib/engine/x.ts')).toEqual([2, 3, 4, 5, 6, 7]);
		expect(await flaggedLines('src/lib/engine/formats/x.ts')).toEqual([2, 3, 4, 5, 6, 7]);
		expect(await flaggedLines('src/lib/worker/x.ts')).toEqual([3, 4, 5, 6, 7]);
		expect(await flaggedLines('src/lib/state/share/x.ts')).toEqual([5, 6]);
		expect(await flaggedLines('src/lib/i18n/parts/x.ts')).toEqual([2, 3, 5, 6, 7]);
		expect(await flaggedLines('src/lib/ui/x.ts')).toEqual([]);
		expect(await flaggedLines('src/routes/x.ts')).toEqual([]);
	});

	it('names the rule in its message', async () => {
		const [result] = await new ESLint({ cwd: process.cwd() }).lintText(PROBE, {
			filePath: 'src/lib/worker/x.ts'
		});
		expect(result.messages[0].message).toContain('src/lib/worker/ may import only itself, engine');
	});
});
