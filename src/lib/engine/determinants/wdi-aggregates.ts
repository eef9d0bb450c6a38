/**
 * The World Bank's aggregates: the WDI "countries" that are regions, income or lending groups
 * (WDI country metadata, the codes with no region). Not countries: never a partner.
 */
export const WDI_AGGREGATES: ReadonlySet<string> = new Set(
	(
		'AFE AFW ARB CEB CSS EAP EAR EAS ECA ECS EMU EUU FCS HIC HPC IBD IBT IDA IDB IDX INX LAC ' +
		'LCN LDC LIC LMC LMY LTE MEA MIC MNA NAC OED OSS PRE PSS PST SAS SSA SSF SST TEA TEC TLA ' +
		'TMN TSA TSS UMC WLD'
	).split(' ')
);
