/** The service worker's guard, on a stand-in scope shaped like a worker global (prototype chain included). */
import { describe, expect, it } from 'vitest';
import { sealServiceWorker, SEALED_GLOBALS } from '../../src/lib/worker/seal-service-worker';

function standInScope() {
	const reached: string[] = [];
	const record = (input: RequestInfo | URL) => {
		reached.push(input instanceof Request ? input.url : String(input));
		return Promise.resolve(new Response('ok'));
	};
	// fetch lives on the prototype as in a real worker (WorkerGlobalScope.prototype.fetch).
	const prototype = { fetch: record };
	const scope = Object.create(prototype) as Record<string, unknown>;
	class FakeCache {
		add(request: RequestInfo | URL) {
			return record(request);
		}
		addAll(requests: (RequestInfo | URL)[]) {
			return Promise.all(requests.map(record)).then(() => undefined);
		}
	}
	Object.assign(scope, {
		location: {
			href: 'https://site.example/iit/service-worker.js',
			origin: 'https://site.example'
		},
		Cache: FakeCache,
		WebSocket: class {},
		EventSource: class {},
		importScripts: () => undefined
	});
	return { scope, prototype, reached, FakeCache };
}

describe('the sealed service worker', () => {
	it('fetches this site, and nothing else, even through the prototype', async () => {
		const { scope, prototype, reached } = standInScope();
		sealServiceWorker(scope as never);
		const fetchOf = scope.fetch as typeof fetch;
		await fetchOf('/iit/index.html');
		await fetchOf(new Request('https://site.example/iit/a.js'));
		await expect(fetchOf('https://collector.example/up')).rejects.toThrow(
			/collector\.example.*not on this site/
		);
		await expect(
			(prototype.fetch as typeof fetch).call(scope, 'https://collector.example/2')
		).rejects.toThrow(/not on this site/);
		expect(reached).toEqual(['/iit/index.html', 'https://site.example/iit/a.js']);
		expect(() => {
			scope.fetch = () => Promise.resolve(new Response());
		}).toThrow(TypeError);
	});

	it('lets the cache add this site only, and removes every other way out', async () => {
		const { scope, reached, FakeCache } = standInScope();
		sealServiceWorker(scope as never);
		const cache = new FakeCache();
		await cache.addAll(['/iit/a.js', '/iit/b.css']);
		await expect(cache.addAll(['/iit/c.js', 'https://cdn.example/x.js'])).rejects.toThrow(
			/cdn\.example/
		);
		await expect(cache.add('https://cdn.example/y.js')).rejects.toThrow(/not on this site/);
		expect(reached).toEqual(['/iit/a.js', '/iit/b.css']);
		for (const name of SEALED_GLOBALS) {
			const sealed = scope[name] as (() => void) | undefined;
			if (sealed === undefined) continue; // WebTransport, XMLHttpRequest: absent here
			expect(() => sealed(), name).toThrow(/not on this site/);
		}
		expect(typeof scope.WebSocket).toBe('function');
		expect(() => new (scope.WebSocket as new () => unknown)()).toThrow(/not on this site/);
	});
});
