import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layers and what each may import (issue 16): engine → itself; worker → engine; state →
 * engine, worker, i18n; i18n → nothing of ours (dictionaries and Intl formats only); ui and
 * routes → anything below them. An import of a layer not allowed is an error.
 */
const LAYERS = ['engine', 'worker', 'state', 'i18n', 'ui'];
const MAY_IMPORT = {
	engine: [],
	worker: ['engine'],
	state: ['engine', 'worker', 'i18n'],
	i18n: []
};

/** Outside the engine, only its door (src/lib/engine/index.ts): never a module behind it. */
const ENGINE_DOOR = {
	regex: '(^|/)engine/',
	message: 'Import the engine through its door (src/lib/engine/index.ts), not its inner modules.'
};

/** The rule for files of `layer`: any path through a folder named after another layer is refused. */
function layerRule(layer) {
	const refused = LAYERS.filter((other) => other !== layer && !MAY_IMPORT[layer].includes(other));
	const layerPattern = {
		// SvelteKit's $app is the framework's state (navigation): state's alone.
		regex: `(^|/)(${refused.join('|')}|routes)(/|$)${layer === 'state' ? '' : '|^\\$app/'}`,
		message: `src/lib/${layer}/ may import only ${['itself', ...MAY_IMPORT[layer]].join(', ')} (eslint.config.js, LAYERS).`
	};
	return {
		files: [`src/lib/${layer}/**/*.ts`, `src/lib/${layer}/**/*.svelte`],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns:
						refused.includes('engine') || layer === 'engine'
							? [layerPattern]
							: [layerPattern, ENGINE_DOOR]
				}
			]
		}
	};
}

/** Globals that open connections; fetch first (the static-files module may use it). */
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
	name,
	message: 'No network access outside src/lib/static-files.ts: the data never leaves the browser.'
}));

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		// The data never leaves the browser: no code may open a connection, except the one module
		// that loads the site's own static files (below).
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		rules: {
			'no-restricted-globals': ['error', ...NETWORK_GLOBALS],
			'no-restricted-properties': [
				'error',
				...['navigator', 'window', 'self', 'globalThis'].flatMap((object) =>
					[...NETWORK_GLOBALS.map(({ name }) => name), 'sendBeacon'].map((property) => ({
						object,
						property,
						message: 'No network access outside src/lib/static-files.ts.'
					}))
				)
			]
		}
	},
	{
		// The same-origin loader of static files, and the service worker that caches them.
		files: ['src/lib/static-files.ts', 'src/service-worker.ts'],
		rules: { 'no-restricted-globals': ['error', ...NETWORK_GLOBALS.slice(1)] }
	},
	{
		// The engine runs in workers and in Node: it must never reach the network or the DOM.
		files: ['src/lib/engine/**/*.ts'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'error',
			'no-restricted-globals': ['error', ...NETWORK_GLOBALS, 'document', 'window']
		}
	},
	...Object.keys(MAY_IMPORT).map(layerRule),
	{
		// The rest of the site (ui, routes, the CLI, the service worker) may import any layer, but
		// the engine only through its door. (The layer blocks above carry the door rule themselves:
		// a later block's no-restricted-imports would replace theirs, not add to it.)
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: Object.keys(MAY_IMPORT).map((layer) => `src/lib/${layer}/**`),
		rules: { 'no-restricted-imports': ['error', { patterns: [ENGINE_DOOR] }] }
	},
	{
		ignores: [
			'build/',
			'build-cli/',
			'.svelte-kit/',
			'node_modules/',
			'static/samples/',
			'bench/out/'
		]
	}
);
