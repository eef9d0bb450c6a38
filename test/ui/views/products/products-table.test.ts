/** The product table model: the cells of a key and the totals line, against hand-worked keys. */
import { describe, expect, it } from 'vitest';
import {
	PRODUCT_COLUMNS,
	RAW_NAMES,
	productCells,
	productRowId,
	totalItems,
	type ProductNames
} from '../../../../src/lib/ui/views/products/products-table';
import { PRODUCT_SORT_KEYS } from '../../../../src/lib/engine/model/queries';
import { SHIRTS, SHOES, TOTALS } from './product-rows';

const NAMES: ProductNames = {
	partner: (id) => ({ USA: 'Estados Unidos', MEX: 'México' })[id] ?? id,
	keyClass: (id) => `classe ${id}`
};

describe('PRODUCT_COLUMNS', () => {
	it('sorts only by keys the worker knows, each column once', () => {
		const sortKeys = PRODUCT_COLUMNS.map((column) => column.sort).filter((key) => key !== null);
		expect(sortKeys.every((key) => PRODUCT_SORT_KEYS.includes(key))).toBe(true);
		expect(new Set(sortKeys).size).toBe(sortKeys.length);
		expect(PRODUCT_COLUMNS.map((column) => column.key)).toEqual([
			'year',
			'partner',
			'product',
			'exports',
			'imports',
			'trade',
			'qx',
			'qm',
			'uvx',
			'uvm',
			'r',
			'gl',
			'ghm',
			'ff'
		]);
	});
});

describe('productCells', () => {
	it('shows a two-way key with its measures and T = X + M', () => {
		expect(productCells(SHOES, NAMES)).toEqual({
			year: 2005,
			partner: 'Estados Unidos',
			product: '640399',
			'product-as-read': null,
			exports: 300,
			imports: 100,
			trade: 400,
			qx: 10,
			'qx-unit': 't',
			qm: 5,
			'qm-unit': 't',
			uvx: 30,
			uvm: 20,
			r: 1.5,
			gl: 0.5,
			ghm: 'classe viit-sup',
			ff: 'classe viit-sup'
		});
	});

	it('leaves undefined quantities, unit values and R empty (null), not 0', () => {
		const cells = productCells(SHIRTS, NAMES);
		expect(cells.qx).toBeNull();
		expect(cells['qx-unit']).toBeNull();
		expect(cells.uvx).toBeNull();
		expect(cells.r).toBeNull();
		// M = 80 alone: T = 80, GL = 0, UVm = 80 / 4 = 20.
		expect(cells.trade).toBe(80);
		expect(cells.gl).toBe(0);
		expect(cells.uvm).toBe(20);
	});

	it('gives the raw ids with RAW_NAMES (the data-value of the cells)', () => {
		const raw = productCells(SHIRTS, RAW_NAMES);
		expect(raw.partner).toBe('MEX');
		expect(raw.ghm).toBe('one-way');
		expect(raw.ff).toBe('one-way');
	});

	it('identifies a key by year, partner and product', () => {
		expect(productRowId(SHOES)).toBe('2005-USA-640399');
	});
});

describe('totalItems', () => {
	it('lists X, M, T and each method’s classes, which add up to T', () => {
		const items = totalItems(TOTALS);
		expect(items.flows).toEqual([
			{ key: 'exports', value: 300, classId: null },
			{ key: 'imports', value: 180, classId: null },
			{ key: 'trade', value: 480, classId: null }
		]);
		expect(items.ghm.map((item) => [item.key, item.value])).toEqual([
			['ghm-hiit', 0],
			['ghm-viit-sup', 200],
			['ghm-viit-inf', 0],
			['ghm-unclassified', 0],
			['ghm-one-way', 280]
		]);
		expect(items.ff.map((item) => [item.key, item.value])).toEqual([
			['ff-hiit', 0],
			['ff-viit-sup', 400],
			['ff-viit-inf', 0],
			['ff-unclassified', 0],
			['ff-one-way', 80]
		]);
		// METHODS 3: every dollar of T lands in exactly one class.
		const sum = (list: { value: number }[]) => list.reduce((total, item) => total + item.value, 0);
		expect(sum(items.ghm)).toBe(480);
		expect(sum(items.ff)).toBe(480);
	});
});
