import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

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
		// The engine runs in workers and in Node: it must never reach the network or the DOM.
		files: ['src/lib/engine/**/*.ts'],
		rules: {
			'@typescript-eslint/no-explicit-any': 'error',
			'no-restricted-globals': [
				'error',
				'fetch',
				'XMLHttpRequest',
				'WebSocket',
				'EventSource',
				'document',
				'window'
			]
		}
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'static/samples/'] }
);
