/** Baskets kept on this device and moved as files: round trips, and refusing whatever is not a basket. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import {
	basketFileName,
	basketToFileText,
	loadBaskets,
	MAX_BASKET_FILE_BYTES,
	MAX_BASKET_PATTERNS,
	normalizePattern,
	parseBasketFile,
	removeBasket,
	saveBaskets,
	sanitizeBaskets,
	upsertBasket,
	validateBasket,
	type BasketStorage
} from '../../../src/lib/state/baskets';
import {
	addCodeToText,
	patternsToText,
	textHasCode
} from '../../../src/lib/ui/baskets/basket-editor';
import BasketPanel from '../../../src/lib/ui/baskets/BasketPanel.svelte';
import { AnalysisSettings } from '../../../src/lib/state/settings.svelte';

/** A Storage stand-in backed by a Map (Node has no localStorage). */
function memoryStorage(): BasketStorage & { items: Map<string, string> } {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key) => items.get(key) ?? null,
		setItem: (key, value) => void items.set(key, value)
	};
}

const footwear = { name: 'Calçados e couro', patterns: ['64*', '4107*', '420221'] };

describe('basket files', () => {
	it('round-trips a basket through its file text', () => {
		const text = basketToFileText(footwear);
		expect(JSON.parse(text)).toEqual({
			format: 'iit-explorer-basket',
			version: 1,
			name: 'Calçados e couro',
			patterns: ['64*', '4107*', '420221']
		});
		expect(parseBasketFile(text)).toEqual({ basket: footwear, error: null });
	});

	it('normalizes patterns as typed and drops repeats', () => {
		const text = JSON.stringify({
			format: 'iit-explorer-basket',
			version: 1,
			name: '  Couro ',
			patterns: ['64', '6403.99', '640*', '64*']
		});
		// "64" and "64*" are the same prefix; "6403.99" → "640399"; "640*" stays a prefix.
		expect(parseBasketFile(text)).toEqual({
			basket: { name: 'Couro', patterns: ['64*', '640399', '640*'] },
			error: null
		});
	});

	it('refuses garbage, other JSON, wrong types and bad patterns with a reason', () => {
		const file = (body: object) =>
			JSON.stringify({ format: 'iit-explorer-basket', version: 1, ...body });
		expect(parseBasketFile('PK\u0003\u0004 binary')).toMatchObject({ error: 'notJson' });
		expect(parseBasketFile('')).toMatchObject({ error: 'notJson' });
		expect(parseBasketFile('null')).toMatchObject({ error: 'notBasket' });
		expect(parseBasketFile('[1,2]')).toMatchObject({ error: 'notBasket' });
		expect(parseBasketFile('{"name":"x","patterns":["64"]}')).toMatchObject({
			error: 'notBasket'
		});
		expect(parseBasketFile(file({ version: 2, name: 'x', patterns: ['64'] }))).toMatchObject({
			error: 'notBasket'
		});
		expect(parseBasketFile(file({ name: 7, patterns: ['64'] }))).toMatchObject({
			error: 'badName'
		});
		expect(parseBasketFile(file({ name: '  ', patterns: ['64'] }))).toMatchObject({
			error: 'badName'
		});
		expect(parseBasketFile(file({ name: 'x'.repeat(81), patterns: ['64'] }))).toMatchObject({
			error: 'badName'
		});
		expect(parseBasketFile(file({ name: 'x', patterns: '64' }))).toMatchObject({
			error: 'badPatterns'
		});
		expect(parseBasketFile(file({ name: 'x', patterns: [] }))).toMatchObject({
			error: 'noPatterns'
		});
		expect(parseBasketFile(file({ name: 'x', patterns: ['64', 640399] }))).toEqual({
			basket: null,
			error: 'badPattern',
			detail: 'number'
		});
		expect(parseBasketFile(file({ name: 'x', patterns: ['64', '<b>640</b>'] }))).toEqual({
			basket: null,
			error: 'badPattern',
			detail: '<b>640</b>'
		});
	});

	it('refuses files that are too large or list too many patterns', () => {
		const padded = basketToFileText(footwear).replace(
			'{',
			`{"pad":"${'x'.repeat(MAX_BASKET_FILE_BYTES)}",`
		);
		expect(parseBasketFile(padded)).toEqual({ basket: null, error: 'tooLarge' });
		// 6001 patterns fit in 64 kB ("64*", 6 bytes each with quotes and comma) but are too many.
		const many = Array.from({ length: MAX_BASKET_PATTERNS + 1 }, () => '64*');
		const text = basketToFileText({ name: 'x', patterns: many });
		expect(new TextEncoder().encode(text).length).toBeLessThan(MAX_BASKET_FILE_BYTES);
		expect(parseBasketFile(text)).toMatchObject({ error: 'tooManyPatterns' });
	});

	it('names the file after the basket in plain letters', () => {
		expect(basketFileName(footwear)).toBe('calcados-e-couro.basket.json');
		expect(basketFileName({ name: '***', patterns: ['64*'] })).toBe('basket.basket.json');
	});

	it('never throws on fuzzed text', () => {
		const pieces = ['{', '}', '"', 'format', ':', '1', '[', ']', ',', 'null', '\\', 'é'];
		let seed = 7;
		for (let round = 0; round < 300; round++) {
			let text = '';
			for (let i = 0; i < 20; i++) {
				seed = (seed * 1103515245 + 12345) % 2 ** 31;
				text += pieces[seed % pieces.length];
			}
			const result = parseBasketFile(text);
			expect(result.basket === null ? typeof result.error : 'ok').toMatch(/string|ok/);
		}
	});
});

describe('baskets on this device', () => {
	it('saves and loads the same baskets', () => {
		const storage = memoryStorage();
		const baskets = [footwear, { name: 'Café', patterns: ['0901*'] }];
		saveBaskets(baskets, storage);
		expect(loadBaskets(storage)).toEqual(baskets);
	});

	it('reads nothing from empty, broken or foreign storage', () => {
		const storage = memoryStorage();
		expect(loadBaskets(storage)).toEqual([]);
		storage.items.set('iit-explorer:baskets', '{not json');
		expect(loadBaskets(storage)).toEqual([]);
		storage.items.set('iit-explorer:baskets', '{"name":"x"}');
		expect(loadBaskets(storage)).toEqual([]);
		expect(loadBaskets(null)).toEqual([]);
	});

	it('keeps only valid baskets, names unique', () => {
		const stored = [footwear, { name: 'Café' }, { ...footwear, patterns: ['01*'] }, 'x', null];
		expect(sanitizeBaskets(stored)).toEqual([footwear]);
	});

	it('survives a storage that throws', () => {
		const broken: BasketStorage = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('quota');
			}
		};
		expect(() => saveBaskets([footwear], broken)).not.toThrow();
		expect(loadBaskets(broken)).toEqual([]);
	});

	it('adds, replaces by name and removes', () => {
		const coffee = { name: 'Café', patterns: ['0901*'] };
		const list = upsertBasket([footwear], coffee);
		expect(list).toEqual([footwear, coffee]);
		const edited = { name: 'Café', patterns: ['0901*', '2101*'] };
		expect(upsertBasket(list, edited)).toEqual([footwear, edited]);
		expect(removeBasket(list, 'Café')).toEqual([footwear]);
	});

	it('validates a basket value the same way as a file body', () => {
		expect(validateBasket({ name: 'x', patterns: ['6403'] })).toEqual({
			basket: { name: 'x', patterns: ['6403*'] },
			error: null
		});
		expect(normalizePattern('6403 99')).toBe('640399');
		expect(normalizePattern('640')).toBeNull();
	});
});

describe('editing a basket as text', () => {
	it('adds codes as patterns, once', () => {
		expect(patternsToText(['64*', '420221'])).toBe('64*\n420221');
		expect(addCodeToText('', '6403')).toBe('6403*');
		expect(addCodeToText('64*\n', '420221')).toBe('64*\n420221');
		// "64" is already there as "64*"; an invalid code changes nothing.
		expect(addCodeToText('64*', '64')).toBe('64*');
		expect(addCodeToText('64*', '640')).toBe('64*');
		expect(textHasCode('4107, 64', '64')).toBe(true);
		expect(textHasCode('4107, 64', '6403')).toBe(false);
	});
});

describe('the basket panel', () => {
	it('renders its controls, with a basket from a link shown as applied', () => {
		const settings = new AnalysisSettings();
		settings.basket = { name: 'Couro', patterns: ['4107*'] };
		const { body } = render(BasketPanel, { props: { settings } });
		for (const id of [
			'basket-panel',
			'basket-select',
			'basket-name',
			'basket-patterns',
			'basket-save',
			'basket-export',
			'basket-import',
			'basket-covered'
		]) {
			expect(body).toContain(`data-testid="${id}"`);
		}
		// Not saved on this device (the server has no storage): offered as "from the link", selected.
		expect(body).toMatch(/<option value="Couro"[^>]*selected[^>]*>Couro \(do link\)<\/option>/);
	});
});
