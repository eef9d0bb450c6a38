/**
 * The most a results link or file may hold. A real one is far below every bound: one reporter's
 * partners (the world has about 240 countries; BACI lists 226), 15 sectors, the years of the data
 * (BACI: 1995 on; UN Comtrade: 1962 on), and Table 5's two extra α. A tampered one cannot make the
 * page hold, or work through, more than this: it is refused before anything is built from it.
 */

/**
 * The longest results link this app opens (the `#results=…` fragment). Messengers cut links above
 * about 2,000 characters; above this the results file is the way. The bound also spares the page
 * the browser's own cost of a huge address: in Chromium every history update and every `blob:` URL
 * made while the address is 1.4 M characters long takes one to three seconds of the main thread,
 * and at 100,000 characters a few tens of milliseconds. A longer link is refused before anything
 * is started for it.
 */
export const MAX_LINK_CHARS = 100_000;

/** The JSON a link or file may expand to (inflating stops as soon as it passes this). */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

/**
 * Partners of the reporter (ids in `partners`, `info.partners`, `keys.partners`): BACI has 226,
 * UN Comtrade's list with its areas n.e.s. and special codes about 290.
 */
export const MAX_PARTNERS = 400;

/** Distinct years, each within [MIN_YEAR, MAX_YEAR]. */
export const MAX_YEARS = 100;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Classifications sent: the α in use and Table 5's 15 % and 25 %. */
export const MAX_ALPHA_SETS = 3;

/**
 * Cells of one classification: 240 partners × 15 sectors × 40 years is 144,000, so a whole BACI
 * history (30 years) fits with room to spare. The views work through the cells of the α in use on
 * the main thread as they first show them; at this bound that takes about 180 ms on a 2-core
 * machine, so no link can make the first view hold the tab for longer than that.
 */
export const MAX_CELLS_PER_SET = 150_000;

/** HS6 product rows (sent only when ticked): one reporter's keys of a selection. */
export const MAX_SHARED_KEYS = 1_000_000;

/** Quantity units named by the product rows. */
export const MAX_UNITS = 1_000;
