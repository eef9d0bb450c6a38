import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './static-server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

/** Serves the static build once for every browser test. */
export default async function setup(project: TestProject) {
	const root = resolve('build');
	if (!existsSync(resolve(root, 'index.html'))) {
		throw new Error('build/index.html is missing: run `npm run build` before the browser tests');
	}
	const server = await serveStatic(root);
	project.provide('baseUrl', server.url);
	return server.close;
}
