/**
 * A tiny BACI world file for the world price ranges (METHODS 9), worked out by hand. Values are
 * ×1000 USD, q in t; BRA 76, ARG 32, USA 842; footwear 640399, machinery 847130.
 *
 * 2022 640399 (footwear), usable flows sorted by unit value (USD/t), the value as weight:
 *   ARG→BRA 84 000 / 1 t = 84 000, BRA→ARG 100 000 / 1 t = 100 000, USA→BRA 40 000 / 0.2 t =
 *   200 000; USA→ARG 30 000 has no quantity (NA): unranked. Weights 84 000 + 100 000 + 40 000 =
 *   224 000, half 112 000: the running weight is 84 000, then 184 000 ≥ 112 000 at 100 000
 *   → ref 100 000.
 *   α 15 %: up > 115 000, down < 100 000 / 1.15 ≈ 86 956.52: ARG→BRA down, BRA→ARG middle,
 *   USA→BRA up. α 25 %: down < 80 000: ARG→BRA (84 000) is middle; USA→BRA (> 125 000) still up.
 * 2022 847130 (machinery): BRA→USA 50 000 / 1 t = 50 000, USA→BRA 200 000 / 2 t = 100 000,
 *   ARG→USA 20 000 / 0.1 t = 200 000. Weights 270 000, half 135 000: 50 000, then 250 000 at
 *   100 000 → ref 100 000. α 15 % and 25 %: BRA→USA down, USA→BRA middle, ARG→USA up.
 * 2021 640399: BRA→ARG 10 000 / 1 t alone → ref 10 000, middle.
 *
 * Per exporter at α 15 %, every year (USD):
 *   BRA 160 000 = 10 000 + 100 000 middle (110 000) + 50 000 down.
 *       Of ranked: up 0, middle 110/160 = 0.6875, down 50/160 = 0.3125; unranked 0.
 *   ARG 104 000 = 84 000 down + 20 000 up. Of ranked: up 20/104, middle 0, down 84/104.
 *   USA 270 000 = 40 000 up + 200 000 middle + 30 000 unranked. Of ranked (240 000): up 1/6,
 *       middle 5/6, down 0; unranked 30/270 = 1/9 of the value.
 *   World 534 000: up 60 000, middle 310 000, down 134 000, unranked 30 000.
 * Partner BRA: ARG 84 000 all down; USA 240 000, up 1/6, middle 5/6. Sector machinery: BRA
 *   50 000 down, ARG 20 000 up, USA 200 000 middle. Year 2021: BRA 10 000 middle only.
 * At α 25 %: ARG up 20/104, middle 84/104, down 0.
 */
export const RANGES_CSV = [
	't,i,j,k,v,q',
	'2021,76,32,640399,10,1',
	'2022,76,32,640399,100,1',
	'2022,32,76,640399,84,1',
	'2022,842,76,640399,40,0.2',
	'2022,842,32,640399,30,NA',
	'2022,76,842,847130,50,1',
	'2022,842,76,847130,200,2',
	'2022,32,842,847130,20,0.1'
].join('\n');
