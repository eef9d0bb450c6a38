/**
 * The inline markup of the Methods prose: each wrapper gives its element, escapes give the
 * character, values are filled in as text, and anything the format does not define is an error.
 */
import { describe, expect, it } from 'vitest';
import {
	fillValues,
	InlineMarkupError,
	parseInline,
	valueNames,
	type InlineNode
} from '../../../src/lib/ui/methods/inline-markup';

const text = (value: string): InlineNode => ({ kind: 'text', text: value });
const variable = (...children: InlineNode[]): InlineNode => ({
	kind: 'element',
	tag: 'var',
	children
});

describe('parseInline', () => {
	it('reads plain text as one text node', () => {
		expect(parseInline('Exemplo: X = 80 e M = 20, A_i e 1/(1 + α).')).toEqual([
			text('Exemplo: X = 80 e M = 20, A_i e 1/(1 + α).')
		]);
		expect(parseInline('')).toEqual([]);
	});

	it('reads variables, strong, code, the named wrappers and links', () => {
		expect(parseInline('Σ*O* / Σ*T*')).toEqual([
			text('Σ'),
			variable(text('O')),
			text(' / Σ'),
			variable(text('T'))
		]);
		expect(parseInline('a linha **Outros**, `VL_FOB` e [dfn:chave]')).toEqual([
			text('a linha '),
			{ kind: 'element', tag: 'strong', children: [text('Outros')] },
			text(', '),
			{ kind: 'code', text: 'VL_FOB' },
			text(' e '),
			{ kind: 'element', tag: 'dfn', children: [text('chave')] }
		]);
		expect(parseInline('[em:ausente] [i:within] [cite:Econometrica]').map((n) => n.kind)).toEqual([
			'element',
			'text',
			'element',
			'text',
			'element'
		]);
		expect(parseInline('use a [análise](/).')).toEqual([
			text('use a '),
			{ kind: 'link', href: '/', children: [text('análise')] },
			text('.')
		]);
	});

	it('nests: a subscript in a variable, a superscript in text', () => {
		expect(parseInline('*a_{t}* e 2^{−1/2}')).toEqual([
			variable(text('a'), { kind: 'element', tag: 'sub', children: [text('t')] }),
			text(' e 2'),
			{ kind: 'element', tag: 'sup', children: [text('−1/2')] }
		]);
	});

	it('takes code literally and escaped characters as themselves', () => {
		expect(parseInline('`vcovHC(type = "HC1") *x*`')).toEqual([
			{ kind: 'code', text: 'vcovHC(type = "HC1") *x*' }
		]);
		expect(parseInline('p < 0,01 (\\*\\*\\*), \\[nota\\] e \\{x\\}')).toEqual([
			text('p < 0,01 (***), [nota] e {x}')
		]);
	});

	it('reads {name} as a value, to fill in', () => {
		const nodes = parseInline('α = {alpha}, CIIH quando {ghmBand}.');
		expect(valueNames(nodes)).toEqual(['alpha', 'ghmBand']);
		expect(fillValues(nodes, { alpha: '25%' })).toEqual([
			text('α = 25%, CIIH quando '),
			{ kind: 'value', name: 'ghmBand' },
			text('.')
		]);
	});

	it.each([
		['an unclosed variable', 'com *R = 1'],
		['an unclosed code', 'o código `VL_FOB'],
		['an unclosed subscript', 'θ_{ij'],
		['a closer that closes nothing', 'o fim]'],
		['a stray brace', 'x } y'],
		['an unknown named wrapper', '[abbr:CII]'],
		['brackets that are no link', '[nota] solta'],
		['a link out of the app', '[site](https://example.com)'],
		['a value without a name', 'vale {}'],
		['an escape of a plain character', 'a \\n b'],
		['HTML', 'a <var>R</var>'],
		['an HTML entity', 'Croissant &amp; Millo']
	])('refuses %s', (_, source) => {
		expect(() => parseInline(source)).toThrow(InlineMarkupError);
	});

	it('says where the markup breaks', () => {
		expect(() => parseInline('ok *R')).toThrow(/“\*” missing .* at 3 in “ok \*R”/);
	});
});
