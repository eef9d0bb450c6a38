/** A late answer to an older question never overwrites the answer to a newer one. */
import { describe, expect, it } from 'vitest';
import { LatestAnswer } from '../../../../src/lib/ui/views/shared/latest-answer.svelte';

/** A promise with its resolve and reject in hand. */
function deferred<T>() {
	let resolve!: (value: T) => void;
	let reject!: (reason: unknown) => void;
	const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
	return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LatestAnswer', () => {
	it('keeps the newest answer when an older one arrives later, and its errors likewise', async () => {
		const latest = new LatestAnswer<string>();
		const older = deferred<string>();
		const newer = deferred<string>();
		const dropOlder = latest.ask(older.promise);
		expect(latest.loading).toBe(true);
		dropOlder(); // the question changed
		latest.ask(newer.promise);
		newer.resolve('new');
		await tick();
		older.resolve('old');
		await tick();
		expect(latest.value).toBe('new');
		expect(latest.loading).toBe(false);

		const failing = deferred<string>();
		latest.ask(failing.promise);
		failing.reject(new Error('worker gone'));
		await tick();
		expect(latest.error).toEqual(new Error('worker gone'));
		expect(latest.value).toBe('new'); // the last answer stays on screen beside the error
		expect(latest.loading).toBe(false);
	});
});
