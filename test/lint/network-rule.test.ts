/**
 * The lint rule that keeps the data in the browser (issue 7): no code opens a connection except
 * src/lib/static-files.ts (the site's own static files) and the service worker.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const PROBE = [
	"export const a = () => fetch('/x');",
	'export const b = () => new XMLHttpRequest();',
	"export const c = () => new WebSocket('wss://x');",
	"export const d = () => new EventSource('/x');",
	"export const e = () => navigator.sendBeacon('/x', 'data');",
	"export const f = () => window.fetch('/x');",
	"export const g = () => globalThis.fetch('/x');"
].join('\n');

async function networkErrors(filePath: string): Promise<number[]> {
	const [result] = await new ESLint({ cwd: process.cwd() }).lintText(PROBE, { filePath });
	return result.messages
		.filter((message) => message.message.includes('No network access'))
		.map((message) => message.line);
}

describe('the no-network lint rule', () => {
	it('flags every way of opening a connection, in the app, the state, the UI and the engine', async () => {
		for (const file of [
			'src/lib/ui/x.ts',
			'src/lib/state/x.ts',
			'src/lib/engine/x.ts',
			'src/routes/x.ts'
		]) {
			expect(await networkErrors(file)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		}
	});

	it('lets only the static-files module fetch (nothing else)', async () => {
		expect(await networkErrors('src/lib/static-files.ts')).toEqual([2, 3, 4, 5, 6, 7]);
	});
});
