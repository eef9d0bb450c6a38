/**
 * The inline markup of the Methods page's prose: a string in, a tree of text and inline elements
 * out, so the page renders real elements and never HTML from a string. The format is described
 * for translators at the top of content/pt.ts; anything it does not know is an error, never text.
 */

/** The elements a wrapper writes (`*R*`, `**Total**`, `[dfn:chave]`, `θ_{ij}`, `2^{−1/2}`). */
export type InlineTag = 'var' | 'strong' | 'dfn' | 'em' | 'i' | 'cite' | 'sub' | 'sup';

export type InlineNode =
	| { kind: 'text'; text: string }
	/** `` `VL_FOB` ``: literal, nothing inside is markup. */
	| { kind: 'code'; text: string }
	/** `{alpha}`: a value the page fills in. */
	| { kind: 'value'; name: string }
	/** `[análise](/)`: a page of the app, by its path (the page resolves it against its base). */
	| { kind: 'link'; href: string; children: InlineNode[] }
	| { kind: 'element'; tag: InlineTag; children: InlineNode[] };

/** The named wrappers `[name:…]`. */
const NAMED_TAGS: readonly InlineTag[] = ['dfn', 'em', 'i', 'cite'];
/** Characters a backslash makes literal. */
const ESCAPABLE = new Set(['\\', '*', '`', '[', ']', '{', '}', '_', '^']);
const VALUE_NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const LINK_TARGET = /^\/[^\s()#?]*$/;

/** What ends the run being read: the end of the string or a wrapper's closer. */
type Closer = 'end' | '*' | '**' | ']' | '}';

/** Bad markup: says what and where, with the string, so a translator finds it. */
export class InlineMarkupError extends Error {
	constructor(problem: string, source: string, at: number) {
		super(`Inline markup: ${problem} at ${at} in “${source}”`);
		this.name = 'InlineMarkupError';
	}
}

/** Parses one string of prose; throws InlineMarkupError on anything the format does not define. */
export function parseInline(source: string): InlineNode[] {
	let at = 0;
	function fail(problem: string, where = at): never {
		throw new InlineMarkupError(problem, source, where);
	}

	/** Reads nodes until `closer` (consumed); `opened` is where its wrapper began. */
	function readUntil(closer: Closer, opened: number): InlineNode[] {
		const nodes: InlineNode[] = [];
		let text = '';
		const flush = () => {
			if (text !== '') nodes.push({ kind: 'text', text });
			text = '';
		};
		while (at < source.length) {
			const rest = source.slice(at);
			if (
				closer !== 'end' &&
				rest.startsWith(closer) &&
				!(closer === '*' && rest.startsWith('**'))
			) {
				at += closer.length;
				flush();
				return nodes;
			}
			const char = source[at];
			if (char === '\\') {
				const escaped = source[at + 1];
				if (!ESCAPABLE.has(escaped)) fail('“\\” before a character that needs no escape');
				text += escaped;
				at += 2;
				continue;
			}
			if (/^<[A-Za-z/!]/.test(rest)) fail('HTML (write the markup instead)');
			if (/^&#?[A-Za-z0-9]+;/.test(rest)) fail('an HTML entity (write the character itself)');
			const node = readWrapper(rest);
			if (node) {
				flush();
				nodes.push(node);
				continue;
			}
			if (char === ']' || char === '}')
				fail(`“${char}” that closes nothing (write \\${char} for the character)`);
			text += char;
			at += 1;
		}
		if (closer !== 'end') fail(`“${closer}” missing for the markup opened`, opened);
		flush();
		return nodes;
	}

	/** The wrapper that starts `rest`, read whole; null when `rest` starts with plain text. */
	function readWrapper(rest: string): InlineNode | null {
		const start = at;
		if (rest.startsWith('`')) {
			const end = source.indexOf('`', at + 1);
			if (end < 0) fail('“`” missing for the code opened');
			at = end + 1;
			return { kind: 'code', text: source.slice(start + 1, end) };
		}
		if (rest.startsWith('**')) {
			at += 2;
			return { kind: 'element', tag: 'strong', children: readUntil('**', start) };
		}
		if (rest.startsWith('*')) {
			at += 1;
			return { kind: 'element', tag: 'var', children: readUntil('*', start) };
		}
		if (rest.startsWith('_{') || rest.startsWith('^{')) {
			at += 2;
			const tag = rest[0] === '_' ? 'sub' : 'sup';
			return { kind: 'element', tag, children: readUntil('}', start) };
		}
		if (rest.startsWith('{')) {
			const end = source.indexOf('}', at);
			const name = end < 0 ? '' : source.slice(at + 1, end);
			if (!VALUE_NAME.test(name)) fail('“{” that starts no {value} (write \\{ for the character)');
			at = end + 1;
			return { kind: 'value', name };
		}
		if (rest.startsWith('[')) return readBracket(rest, start);
		return null;
	}

	/** `[name:…]` or `[text](target)`. */
	function readBracket(rest: string, start: number): InlineNode {
		const named = /^\[([a-z]+):/.exec(rest);
		if (named) {
			const tag = NAMED_TAGS.find((known) => known === named[1]);
			if (!tag) fail(`unknown markup “[${named[1]}:”`);
			at += named[0].length;
			return { kind: 'element', tag, children: readUntil(']', start) };
		}
		at += 1;
		const children = readUntil(']', start);
		const target = /^\(([^)]*)\)/.exec(source.slice(at));
		if (!target) fail('“[…]” not followed by a link target “(…)” (write \\[ for the character)');
		const href = target[1];
		if (!LINK_TARGET.test(href)) fail(`link target “${href}” (a page of the app, such as /)`);
		at += target[0].length;
		return { kind: 'link', href, children };
	}

	return readUntil('end', 0);
}

/**
 * Fills in the values given as text, merged with the text around them (so “= 1,05” stays one
 * run of text); values not given stay value nodes, for the renderer to place or refuse.
 */
export function fillValues(
	nodes: readonly InlineNode[],
	values: { readonly [name: string]: string }
): InlineNode[] {
	const filled: InlineNode[] = [];
	for (const node of nodes) {
		const next: InlineNode =
			node.kind === 'value' && node.name in values
				? { kind: 'text', text: values[node.name] }
				: 'children' in node
					? { ...node, children: fillValues(node.children, values) }
					: node;
		const last = filled.at(-1);
		if (next.kind === 'text' && last?.kind === 'text') last.text += next.text;
		else filled.push(next.kind === 'text' ? { ...next } : next);
	}
	return filled;
}

/** The names of the values a string asks for, in order (to check every one can be filled). */
export function valueNames(nodes: readonly InlineNode[]): string[] {
	return nodes.flatMap((node) =>
		node.kind === 'value' ? [node.name] : 'children' in node ? valueNames(node.children) : []
	);
}
