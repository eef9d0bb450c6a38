/** The transition matrix as HTML (server-rendered): headers, shares or amounts, the diagonal, totals. */
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClassTransitions } from '../../../../src/lib/engine/classify/class-stability';
import { i18n } from '../../../../src/lib/state/locale.svelte';
import { transitionTable } from '../../../../src/lib/ui/views/stability/stability-model';
import TransitionMatrix from '../../../../src/lib/ui/views/stability/TransitionMatrix.svelte';

const MATRIX: ClassTransitions = {
	classes: ['hiit', 'one-way'],
	weights: [
		[300, 100],
		[100, 0]
	],
	weight: 500,
	stableShare: 0.6,
	keyPairs: 3
};

afterAll(() => {
	i18n.locale = 'pt-BR';
});

function html(amounts: boolean): string {
	return render(TransitionMatrix, {
		props: {
			table: transitionTable(MATRIX),
			caption: 'The caption',
			currency: 'USD',
			amounts,
			testid: 'matrix'
		}
	})
		.body.replace(/ class="svelte-[a-z0-9]+"/g, '')
		.replace(/ svelte-[a-z0-9]+"/g, '"')
		.replace(/<!--[^>]*-->/g, '');
}

/** The text of the cell of row `from`, column `to`. */
function cellText(body: string, from: string, to: string): string {
	const row = new RegExp(`<tr data-from="${from}">([\\s\\S]*?)</tr>`).exec(body)?.[1] ?? '';
	const cell = new RegExp(`<td[^>]*data-to="${to}"[^>]*>([\\s\\S]*?)</td>`).exec(row)?.[1] ?? '';
	return cell.replace(/\s+/g, ' ').trim();
}

describe('TransitionMatrix', () => {
	it('is a table of shares with a caption, row headers and the diagonal marked', () => {
		i18n.locale = 'en';
		const body = html(false);
		expect(body).toContain('<caption>The caption</caption>');
		expect(body.match(/<th scope="row"/g)).toHaveLength(3); // two classes and the totals
		expect(body).toContain('>Horizontal</th>');
		expect(cellText(body, 'hiit', 'hiit')).toBe('60.0%');
		expect(cellText(body, 'hiit', 'one-way')).toBe('20.0%');
		// The diagonal (class unchanged) is marked, the other cells are not.
		expect(body).toMatch(/<td data-to="hiit" data-value="300" title="[^"]*" class="[^"]*\bstable"/);
		expect(body).toMatch(/<td data-to="one-way" data-value="100" title="[^"]*">/);
		expect(body).toContain('title="Horizontal → One-way: $100 (20.0%)"');
	});

	it('shows amounts in the data’s currency on request', () => {
		i18n.locale = 'pt-BR';
		const body = html(true);
		expect(cellText(body, 'one-way', 'hiit')).toBe('US$ 100');
		expect(body).toContain('data-value="500"');
	});
});
