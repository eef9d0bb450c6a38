/**
 * The import graph of `src/`, read from the files' text: every `import … from`, `export … from`,
 * bare `import '…'` and `import('…')` of our own modules (relative or `$lib/`), type imports
 * included (a circle of types still ties modules together). Used by the architecture tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|js|svelte)$/;
const SPECIFIERS = [
	/(?:^|[\s;])(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
	/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g,
	/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g
];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return SOURCE.test(name) ? [path] : [];
	});
}

/** The file an import of `specifier` from `from` names, or null (a package, or not found). */
function resolved(root: string, from: string, specifier: string): string | null {
	const bare = specifier.replace(/\?.*$/, '');
	let base: string;
	if (bare.startsWith('$lib/')) base = join(root, 'lib', bare.slice(5));
	else if (bare.startsWith('.')) base = resolve(dirname(from), bare);
	else return null;
	const candidates = [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')];
	return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null;
}

/** Each file of `root` (paths relative to it) with the files of `root` it imports. */
export function importGraph(root: string): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of sourceFiles(root)) {
		const text = readFileSync(file, 'utf8');
		const imports = new Set<string>();
		for (const pattern of SPECIFIERS) {
			for (const match of text.matchAll(pattern)) {
				const target = resolved(root, file, match[1]);
				if (target) imports.add(relative(root, target));
			}
		}
		graph.set(relative(root, file), [...imports]);
	}
	return graph;
}

/** The import circles of a graph: its strongly connected parts of two files or more (Tarjan). */
export function importCircles(graph: Map<string, string[]>): string[][] {
	let next = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const circles: string[][] = [];
	const visit = (file: string) => {
		index.set(file, next);
		low.set(file, next++);
		stack.push(file);
		onStack.add(file);
		for (const target of graph.get(file) ?? []) {
			if (!graph.has(target)) continue;
			if (!index.has(target)) {
				visit(target);
				low.set(file, Math.min(low.get(file)!, low.get(target)!));
			} else if (onStack.has(target)) {
				low.set(file, Math.min(low.get(file)!, index.get(target)!));
			}
		}
		if (low.get(file) !== index.get(file)) return;
		const part: string[] = [];
		let member: string;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			part.push(member);
		} while (member !== file);
		if (part.length > 1) circles.push(part.sort());
	};
	for (const file of graph.keys()) if (!index.has(file)) visit(file);
	return circles;
}
