// `npm start`: builds the site quietly (its output only if it fails), then serves it and says where.
import { spawnSync } from 'node:child_process';
import { preview } from 'vite';

const PORT = 4173;

console.log('Building IIT Explorer…');
const build = spawnSync('npm', ['run', '--silent', 'build'], { encoding: 'utf8' });
if (build.status !== 0) {
	process.stdout.write(build.stdout ?? '');
	process.stderr.write(build.stderr ?? '');
	process.exit(build.status ?? 1);
}
await preview({ logLevel: 'silent', preview: { port: PORT, strictPort: true, open: false } });
console.log(`IIT Explorer, with the demo analysed: http://localhost:${PORT}/  (Ctrl+C stops it)`);
