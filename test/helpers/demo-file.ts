/**
 * The demo BACI file as tests need it, generated in code (static/samples/ only exists after a
 * build): its text, and a copy on disk for tests that read by path.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoLines } from '../../scripts/samples/make-demo';

let text: string | null = null;
let path: string | null = null;

/** The demo file's text, as scripts/samples/make-demo.ts writes it. */
export function demoText(): string {
	text ??= [...demoLines()].join('\n') + '\n';
	return text;
}

/** A temporary file holding the demo (written once per test process). */
export function demoPath(): string {
	if (path === null) {
		path = join(mkdtempSync(join(tmpdir(), 'iit-demo-')), 'demo-baci.csv');
		writeFileSync(path, demoText());
	}
	return path;
}
