/**
 * The robustness options' controls (METHODS 7.1, 7.2, 7.4), server-rendered: each control is
 * there with its test id and shows the setting; "FOB where reported" is enabled only when the
 * ledger counts FOB import values; the line naming the options in force, in three languages.
 */
import { render } from 'svelte/server';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportValuation } from '../../../src/lib/engine/model/types';
import { i18n } from '../../../src/lib/state/locale.svelte';
import { AnalysisSettings } from '../../../src/lib/state/settings.svelte';
import OptionsInForce from '../../../src/lib/ui/settings/OptionsInForce.svelte';
import RobustnessControls from '../../../src/lib/ui/settings/RobustnessControls.svelte';
import { optionsInForce } from '../../../src/lib/ui/settings/options-in-force';

const VALUATION: ImportValuation = {
	fobReported: { rows: 2, value: 2900, asRead: 3000 },
	cifOnly: { rows: 2, value: 800 }
};

function controls(settings: AnalysisSettings, importValuation: ImportValuation | null): string {
	return render(RobustnessControls, { props: { settings, importValuation } }).body;
}

/** The opening tag of the element with this test id. */
function tag(html: string, testid: string): string {
	return new RegExp(`<[a-z]+[^>]*data-testid="${testid}"[^>]*>`).exec(html)?.[0] ?? '';
}

afterAll(() => {
	i18n.locale = 'pt-BR';
});

describe('the robustness controls', () => {
	it('show the paper’s defaults: screen off, HS6, FOB where reported off', () => {
		i18n.locale = 'en';
		const html = controls(new AnalysisSettings(), VALUATION);
		for (const id of ['uv-screen-select', 'level-select', 'fob-where-reported']) {
			expect(tag(html, id), id).not.toBe('');
		}
		// No p or k field while the screen is off.
		expect(tag(html, 'uv-screen-p')).toBe('');
		expect(tag(html, 'uv-screen-k')).toBe('');
		expect(html).toMatch(/<option value="off"[^>]*selected/);
		expect(html).toMatch(/<option value="hs6"[^>]*selected/);
		expect(tag(html, 'fob-where-reported')).not.toMatch(/disabled|checked/);
		expect(html).toContain('Imports count at the FOB value a row reports');
	});

	it('show the rule’s number: p under quantiles, k under the mean multiple', () => {
		i18n.locale = 'en';
		const settings = new AnalysisSettings();
		settings.uvScreen = { rule: 'quantile', p: 0.05 };
		expect(tag(controls(settings, null), 'uv-screen-p')).toContain('value="0.05"');
		settings.uvScreen = { rule: 'mean', k: 5 };
		settings.level = 'hs4';
		const html = controls(settings, null);
		expect(tag(html, 'uv-screen-k')).toContain('value="5"');
		expect(html).toMatch(/<option value="mean"[^>]*selected/);
		expect(html).toMatch(/<option value="hs4"[^>]*selected/);
	});

	it('disable "FOB where reported" with the reason when no file reported FOB imports', () => {
		const settings = new AnalysisSettings();
		i18n.locale = 'en';
		expect(tag(controls(settings, null), 'fob-where-reported')).toContain('disabled');
		expect(controls(settings, null)).toContain('No file read reports FOB import values');
		i18n.locale = 'pt-BR';
		expect(controls(settings, null)).toContain('Nenhum arquivo lido informa importações FOB');
		i18n.locale = 'es';
		expect(controls(settings, null)).toContain('Ningún archivo leído informa importaciones FOB');
		settings.fobWhereReported = true;
		expect(tag(controls(settings, VALUATION), 'fob-where-reported')).toContain('checked');
	});
});

describe('the options in force beside the results', () => {
	it('say nothing at the paper’s settings', () => {
		i18n.locale = 'en';
		expect(optionsInForce(new AnalysisSettings().classifySettings, i18n)).toBeNull();
		const html = render(OptionsInForce, {
			props: { classify: new AnalysisSettings().classifySettings }
		}).body;
		expect(html).not.toContain('options-in-force');
	});

	it('name the screen, the valuation and the level in each language', () => {
		const settings = new AnalysisSettings();
		settings.uvScreen = { rule: 'quantile', p: 0.05 };
		settings.fobWhereReported = true;
		settings.level = 'hs4';
		const classify = settings.classifySettings;
		i18n.locale = 'en';
		expect(optionsInForce(classify, i18n)).toBe(
			'Options in force: unit-value screen by quantiles, p = 0.05; imports FOB where reported; classified at HS4.'
		);
		i18n.locale = 'pt-BR';
		expect(optionsInForce(classify, i18n)).toBe(
			'Opções em vigor: filtro de valores unitários por quantis, p = 0,05; importações FOB onde informado; classificado em SH4.'
		);
		i18n.locale = 'es';
		settings.uvScreen = { rule: 'mean', k: 5 };
		expect(optionsInForce(settings.classifySettings, i18n)).toBe(
			'Opciones en vigor: filtro de valores unitarios por múltiplo de la media, k = 5; importaciones FOB donde se informa; clasificado en SA4.'
		);
		const html = render(OptionsInForce, { props: { classify: settings.classifySettings } }).body;
		expect(html).toContain('data-testid="options-in-force"');
	});

	it('offer the HS editions choice only when the years read mix editions, and name it when off', () => {
		i18n.locale = 'en';
		const settings = new AnalysisSettings();
		expect(tag(controls(settings, null), 'hs-editions-select')).toBe('');
		const conversion = {
			editions: ['H4', 'H5'],
			target: 'H4',
			keysChanged: 2,
			unlisted: 0,
			keysMerged: 1
		};
		const html = render(RobustnessControls, {
			props: { settings, importValuation: null, editionConversion: conversion }
		}).body;
		expect(tag(html, 'hs-editions-select')).not.toBe('');
		expect(html).toContain('Convert to the oldest, H4 (default)');
		settings.hsEditions = 'off';
		expect(settings.classifySettings.hsEditions).toBe('off');
		expect(optionsInForce(settings.classifySettings, i18n)).toBe(
			'Options in force: HS codes as read (mixed editions not converted).'
		);
		i18n.locale = 'pt-BR';
		expect(optionsInForce(settings.classifySettings, i18n)).toBe(
			'Opções em vigor: códigos SH como lidos (edições misturadas, sem conversão).'
		);
		settings.hsEditions = 'convert';
		expect(settings.classifySettings).toEqual({ alpha: 0.15, theta: 0.1, cifFobFactor: 1 });
	});
});
