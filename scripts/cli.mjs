// `npm run cli`: the CLI bundled by esbuild into build-cli/ (again whenever a source is newer),
// so that each run starts in plain Node, without compiling TypeScript first.
import { existsSync, readdirSync, renameSync, statSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'build-cli');
const ENTRIES = { main: 'src/cli/main.ts', 'slice-thread': 'src/cli/slice-thread.ts' };
const BUNDLE = join(OUT, 'main.mjs');

/** The newest modification time of the sources (and of the lock file, for the packages bundled in). */
function newestSource() {
	let newest = statSync(join(ROOT, 'package-lock.json')).mtimeMs;
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (/\.(ts|mjs|js)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
		}
	};
	walk(join(ROOT, 'src', 'cli'));
	walk(join(ROOT, 'src', 'lib'));
	return newest;
}

if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < newestSource()) {
	const { build } = await import('esbuild');
	// Built beside, then moved in: two runs at once never load a half-written bundle.
	const staging = `${OUT}.${process.pid}`;
	await build({
		entryPoints: ENTRIES,
		outdir: staging,
		outExtension: { '.js': '.mjs' },
		bundle: true,
		platform: 'node',
		format: 'esm',
		// Packages bundled in too: resolving them in node_modules at every start costs more.
		logLevel: 'warning'
	});
	mkdirSync(OUT, { recursive: true });
	for (const name of Object.keys(ENTRIES)) {
		renameSync(join(staging, `${name}.mjs`), join(OUT, `${name}.mjs`));
	}
	rmSync(staging, { recursive: true, force: true });
}
await import(pathToFileURL(BUNDLE).href);
