// Under tsx (tests, `tsx src/cli/main.ts`) a worker thread does not run TypeScript: in Node 20
// tsx's hooks do not reach a thread's own entry file, so register them here and load it.
import { register } from 'tsx/esm/api';

register();
await import('./slice-thread.ts');
