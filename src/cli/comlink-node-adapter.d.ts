// comlink ships node-adapter.d.ts beside node-adapter.mjs, which TypeScript does not pair up.
declare module 'comlink/dist/esm/node-adapter.mjs' {
	import type { Endpoint } from 'comlink';
	import type { NodeEndpoint } from 'comlink/dist/umd/node-adapter';
	export default function nodeEndpoint(nep: NodeEndpoint): Endpoint;
}
