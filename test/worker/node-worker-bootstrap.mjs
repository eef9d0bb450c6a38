// Worker threads do not run TypeScript, and in Node 20 `execArgv: ['--import', 'tsx']`
// does not apply tsx's hooks to the worker's own entry file: register them here, then load it.
import { register } from 'tsx/esm/api';

register();
await import('./node-worker-entry.ts');
