// SvelteKit app types (svelte.dev docs: kit/types, app.d.ts).
declare global {
	namespace App {}
}
export {};
