import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.csv': 'text/csv',
	'.png': 'image/png',
	'.txt': 'text/plain'
};

/**
 * Serves a folder of static files on 127.0.0.1, as any static host would (index.html for folders):
 * a content type and nothing else, unless `headers` are given (sent with every file).
 */
export async function serveStatic(
	root: string,
	headers: Record<string, string> = {}
): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer(async (request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) return void response.writeHead(403).end();
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			await stat(file);
		} catch {
			return void response.writeHead(404).end('not found');
		}
		response.writeHead(200, {
			...headers,
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream'
		});
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
