/** The covariates file's drop reasons in words, and an unknown code passed through as is. */
import { describe, expect, it } from 'vitest';
import { COVARIATE_DROP_REASONS } from '../../../../src/lib/engine/determinants/covariates';
import { translate } from '../../../../src/lib/i18n';
import { covariateDropKey } from '../../../../src/lib/ui/views/determinants/covariate-drops';

describe('covariateDropKey', () => {
	it('names every reason the reader can give, in each language', () => {
		for (const reason of COVARIATE_DROP_REASONS) {
			const key = covariateDropKey(reason);
			expect(key).toBe(`determinants.covDrop.${reason}`);
			if (key) expect(translate('es', key)).not.toBe(translate('en', key));
		}
		expect(translate('pt-BR', 'determinants.covDrop.unknown-country')).toBe('país desconhecido');
	});

	it('gives null for a code it does not know (the view shows the code)', () => {
		expect(covariateDropKey('something-new')).toBeNull();
		expect(covariateDropKey('toString')).toBeNull();
	});
});
