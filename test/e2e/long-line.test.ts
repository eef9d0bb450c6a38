/**
 * A line without a line break, dropped on the page: the read ends within seconds in the message
 * that names the file, the line and the 1 MiB bound (in the page's language), the progress bar
 * goes away, and the next drop is read. On the analysis page through the one-thread read and
 * through the slice workers (a file of 32 MB or more), and on the world page. Files are made here.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './browser';
import { expectRecovered, waitForResults, workerNamed } from './page-helpers';

const MB = 1_000_000;
/** BRA (76) with ARG (32): the header and two rows, lines 1–3. */
const BACI_HEAD = 't,i,j,k,v,q\n2020,76,32,10121,1.5,2\n2020,32,76,10121,2.5,3\n';

let browser: Browser;
let dir: string;
beforeAll(async () => {
	browser = await launchBrowser();
	dir = await mkdtemp(join(tmpdir(), 'iit-long-line-'));
});
afterAll(async () => {
	await browser?.close();
	await rm(dir, { recursive: true, force: true });
});

/** Writes a file of the test's folder; its path. */
async function written(name: string, content: Buffer): Promise<string> {
	const path = join(dir, name);
	await writeFile(path, content);
	return path;
}

/** Drops `path` and waits (at most 20 s) for the error panel; its text. */
async function dropForError(page: Page, path: string): Promise<string> {
	await page.locator('[data-testid="file-input"]').setInputFiles(path);
	const error = page.locator('[data-testid="error"]');
	await error.waitFor({ timeout: 20_000 });
	return error.innerText();
}

describe('a line without a line break, dropped on the page', () => {
	it('20 MB of A: the message names the file, line 1 and the bound; the next drop is read', async () => {
		const path = await written('blob.csv', Buffer.alloc(20 * MB, 'A'));
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA'); // the demo, analysed first, sets the reporter
		const text = await dropForError(page, path);
		expect(text).toContain('A line longer than 1 MiB without a line break');
		expect(text).toContain('File blob.csv, line 1');
		await expectRecovered(page);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});

	it('a BACI file whose 4th line is 40 MB, read by the slice workers, in Portuguese', async () => {
		const path = await written(
			'BACI_HS17_Y2020_V202401.csv',
			Buffer.concat([Buffer.from(BACI_HEAD), Buffer.alloc(40 * MB, '7')])
		);
		const watched = await openWatchedPage(browser, { locale: 'pt-BR' });
		const { page } = watched;
		await page.goto(watched.baseUrl + '/');
		await waitForResults(page, 'USA'); // the demo, analysed first, sets the reporter
		const sliceWorker = workerNamed(page, 'iit-slice');
		const text = await dropForError(page, path);
		await sliceWorker; // the line was met in a slice worker
		expect(text).toContain('Uma linha com mais de 1 MiB sem quebra de linha');
		expect(text).toContain('Arquivo BACI_HS17_Y2020_V202401.csv, linha 4');
		expect(await page.locator('[data-testid="progress"]').count()).toBe(0);
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});

	it('on the world page, a header-like line followed by 20 MB of ",x"', async () => {
		const path = await written(
			'world.csv',
			Buffer.concat([Buffer.from('t,i,j,k,v,q'), Buffer.alloc(20 * MB, ',x')])
		);
		const watched = await openWatchedPage(browser);
		const { page } = watched;
		await page.goto(watched.baseUrl + '/world/');
		const text = await dropForError(page, path);
		expect(text).toContain('A line longer than 1 MiB without a line break');
		expect(text).toContain('File world.csv, line 1');
		expect(watched.pageErrors).toEqual([]);
		await watched.context.close();
	});
});
