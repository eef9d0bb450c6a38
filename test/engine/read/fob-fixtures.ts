/**
 * Two small files whose import rows report FOB values or not (METHODS 7.2), made here in the
 * shape of real downloads of shared/fixtures/real: a Comtrade+ file like
 * comtradeplus-THA-imports-hs4-8542-by-partner.csv (its header; quoted values, bare empty ones, a
 * trailing comma, CRLF) and a bulk-style legacy file like
 * comtrade-legacy-hs6-252310-all-reporters-world.csv (its 35-column header, flows as letters).
 * Used by the read tests and the CLI tests; every number is worked by hand beside the lines.
 */
/** The header of the real Comtrade+ download comtradeplus-THA-imports-hs4-8542-by-partner.csv. */
export const PLUS_HEADER =
	'typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,' +
	'flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,' +
	'classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,' +
	'isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,' +
	'isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,' +
	'grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,' +
	'isAggregate';

/**
 * One Comtrade+ data line as the real download writes it: every value quoted, empty ones bare,
 * a trailing comma. Thailand's annual 2022 HS6 totals unless `fields` says otherwise.
 */
function plusLine(fields: Record<string, string>): string {
	const base: Record<string, string> = {
		typeCode: 'C',
		freqCode: 'A',
		refPeriodId: '20220101',
		refYear: '2022',
		refMonth: '52',
		period: '2022',
		reporterCode: '764',
		reporterISO: 'THA',
		reporterDesc: 'Thailand',
		partner2Code: '0',
		classificationCode: 'H6',
		aggrLevel: '6',
		isLeaf: 'true',
		customsCode: 'C00',
		mosCode: '0',
		motCode: '0',
		qtyUnitCode: '5',
		qtyUnitAbbr: 'u',
		isAggregate: 'false'
	};
	const row = { ...base, ...fields };
	return (
		PLUS_HEADER.split(',')
			.map((name) => (row[name] ? `"${row[name]}"` : ''))
			.join(',') + ','
	);
}

const partner = (code: string, iso: string) => ({ partnerCode: code, partnerISO: iso });
const M = { flowCode: 'M', flowDesc: 'Import' };

/**
 * Thailand 2022, by hand:
 *  line 2  M  CHN 854231  primary 1000, CIF 1000, FOB 900, 10 u     used, reports FOB
 *  line 3  M  CHN 854231  primary  500, CIF  500, no FOB,   5 u     used, CIF only
 *  line 4  M  USA 854232  primary 2000, no CIF, FOB 2000, 20 u      used, reports FOB (= as read)
 *  line 5  M  JPN 854231  primary  300, CIF 300, FOB 0, 3 u         used, CIF only (0 is none)
 *  line 6  X  CHN 854231  primary 1200, FOB 1200, 12 u              used, an export
 *  line 7  M  World       primary 5000, FOB 4500                    world-partner
 *  line 8  RM KOR 854231  primary  100, CIF 100, FOB 90, 1 u        re-export (used if included)
 *  line 9  M  MYS C01     primary  700, FOB 650                     breakdown-row
 * Imports used: FOB reported on 2 rows, 900 + 2000 = 2900 FOB for 1000 + 2000 = 3000 as read;
 * CIF only 2 rows, 500 + 300 = 800. Value used 5000.
 */
export const PLUS_TEXT =
	[
		PLUS_HEADER,
		plusLine({
			...M,
			...partner('156', 'CHN'),
			cmdCode: '854231',
			primaryValue: '1000',
			cifvalue: '1000',
			fobvalue: '900',
			qty: '10'
		}),
		plusLine({
			...M,
			...partner('156', 'CHN'),
			cmdCode: '854231',
			primaryValue: '500',
			cifvalue: '500',
			qty: '5'
		}),
		plusLine({
			...M,
			...partner('842', 'USA'),
			cmdCode: '854232',
			primaryValue: '2000',
			fobvalue: '2000',
			qty: '20'
		}),
		plusLine({
			...M,
			...partner('392', 'JPN'),
			cmdCode: '854231',
			primaryValue: '300',
			cifvalue: '300',
			fobvalue: '0',
			qty: '3'
		}),
		plusLine({
			flowCode: 'X',
			flowDesc: 'Export',
			...partner('156', 'CHN'),
			cmdCode: '854231',
			primaryValue: '1200',
			fobvalue: '1200',
			qty: '12'
		}),
		plusLine({
			...M,
			...partner('0', 'W00'),
			cmdCode: '854231',
			primaryValue: '5000',
			fobvalue: '4500',
			qty: '50'
		}),
		plusLine({
			flowCode: 'RM',
			flowDesc: 'Re-import',
			...partner('410', 'KOR'),
			cmdCode: '854231',
			primaryValue: '100',
			cifvalue: '100',
			fobvalue: '90',
			qty: '1'
		}),
		plusLine({
			...M,
			...partner('458', 'MYS'),
			cmdCode: '854231',
			customsCode: 'C01',
			primaryValue: '700',
			fobvalue: '650',
			qty: '7'
		})
	].join('\r\n') + '\r\n';

/** The header of the real legacy file comtrade-legacy-hs6-252310-all-reporters-world.csv (35 columns). */
export const LEGACY_HEADER =
	'Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,' +
	'Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,2nd Partner Code,' +
	'2nd Partner,2nd Partner ISO,Customs Proc. Code,Customs,Mode of Transport Code,' +
	'Mode of Transport,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,Alt Qty Unit Code,' +
	'Alt Qty Unit,Alt Qty,Netweight (kg),Gross weight (kg),Trade Value (US$),' +
	'CIF Trade Value (US$),FOB Trade Value (US$),Flag';

/** A bulk-style legacy line (flow as letters, code 0), Brazil 2019, HS6 252310 in kg. */
function legacyLine(
	flow: string,
	[code, name, iso]: [string, string, string],
	value: string,
	cif: string,
	fob: string,
	kg: string
): string {
	return [
		'H5',
		'2019',
		'2019',
		'2019',
		'6',
		'1',
		'0',
		flow,
		'76',
		'Brazil',
		'BRA',
		code,
		name,
		iso,
		'0',
		'World',
		'W00',
		'C00',
		'All CPCs',
		'0',
		'All MOTs',
		'252310',
		'Cement clinkers',
		'8',
		'kg',
		kg,
		'-1',
		'N/A',
		'',
		kg,
		'',
		value,
		cif,
		fob,
		'0'
	].join(',');
}

const ARG: [string, string, string] = ['32', 'Argentina', 'ARG'];
const CHL: [string, string, string] = ['152', 'Chile', 'CHL'];
const URY: [string, string, string] = ['858', 'Uruguay', 'URY'];

/**
 * Brazil 2019, by hand:
 *  line 2  M  ARG  TV 1000, CIF 1000, FOB 880, 10 000 kg        reports FOB
 *  line 3  M  ARG  TV  400, CIF  400, no FOB,   4 000 kg        CIF only
 *  line 4  M  CHL  no TV, no CIF, FOB 700, 7 000 kg             value filled from FOB: reports FOB, 700 = 700
 *  line 5  M  URY  TV  250, no CIF, FOB 250, 2 500 kg           reports FOB
 *  line 6  X  ARG  TV 1500, FOB 1500, 10 000 kg                 an export
 *  line 7  FM ARG  TV 1300, CIF 1300, FOB 1100                  breakdown-row
 *  line 8  M  W00  TV 9000, FOB 8000                            world-partner
 * FOB reported on 3 rows: 880 + 700 + 250 = 1830 FOB for 1000 + 700 + 250 = 1950 as read; CIF
 * only 1 row, 400. Value used 1000 + 400 + 700 + 250 + 1500 = 3850.
 */
export const LEGACY_TEXT =
	[
		LEGACY_HEADER,
		legacyLine('M', ARG, '1000', '1000', '880', '10000'),
		legacyLine('M', ARG, '400', '400', '', '4000'),
		legacyLine('M', CHL, '', '', '700', '7000'),
		legacyLine('M', URY, '250', '', '250', '2500'),
		legacyLine('X', ARG, '1500', '', '1500', '10000'),
		legacyLine('FM', ARG, '1300', '1300', '1100', '13000'),
		legacyLine('M', ['0', 'World', 'W00'], '9000', '', '8000', '90000')
	].join('\r\n') + '\r\n';
