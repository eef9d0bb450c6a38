/**
 * The one-line message of a read in which no row could be used, made true from the ledger:
 * - a chosen reporter with no row at all in the files: "reported by …" (the reporters found);
 * - rows (of the chosen reporter) that are all World / group partners or HS2/HS4 / TOTAL codes:
 *   the files hold no HS6 trade by partner, and what to download instead;
 * - anything else: the main drop reasons, of the chosen reporter's rows when there is one.
 */
import { TradeFileError } from '../model/errors';
import { DROP_REASONS, type DropReason } from '../model/types';

/** Rows dropped because the partner is no partner country (World, a group, the reporter itself). */
const PARTNER_REASONS: readonly DropReason[] = ['world-partner', 'aggregate-partner', 'self-trade'];
/** Rows dropped because the product is no HS6 product (HS2/HS4 totals, TOTAL, chapters 77/98/99). */
const CODE_REASONS: readonly DropReason[] = ['not-hs6', 'not-hs-product'];
/**
 * Rows every reader drops only after their partner and product passed: HS6 trade with a
 * partner country, unusable for another reason. One of them is enough to say the files hold some.
 */
const BILATERAL_REASONS: readonly DropReason[] = [
	'breakdown-row',
	'invalid-value',
	'negative-value',
	'zero-value'
];
/** What the rows of each reason are, for the message (PARTNER_REASONS and CODE_REASONS): one row, several. */
const SHAPES = {
	'world-partner': ['row has World as partner', 'rows have World as partner'],
	'aggregate-partner': [
		'row has a group of countries as partner',
		'rows have a group of countries as partner'
	],
	'self-trade': [
		'row has the reporter itself as partner',
		'rows have the reporter itself as partner'
	],
	'not-hs6': ['row is an HS2/HS4 total', 'rows are HS2/HS4 totals'],
	'not-hs-product': [
		'row has a code that is no HS product (TOTAL, chapters 77, 98, 99)',
		'rows have codes that are no HS product (TOTAL, chapters 77, 98, 99)'
	]
} as const;
/** Rows whose reporter is not known: they cannot be told to be the chosen reporter's or not. */
const BEFORE_REPORTER: readonly DropReason[] = ['malformed-row', 'invalid-country'];

/** What the message is made from. */
export interface NothingUsed {
	/** The files read, as the error names them. */
	files: string;
	/** The chosen reporter as the user named it ('EUR (EUN)' when its id differs), or null. */
	reporter: string | null;
	/** Rows dropped, by reason (every reason with rows). */
	drops: Partial<Record<DropReason, number>>;
	rowsRead: number;
	/** A reader saw a row of the chosen reporter (readers that say so; see ReaderContext). */
	reporterSeen: boolean;
	/** Reporters whose rows were dropped as 'other-reporter' (ids). */
	otherReporters: string[];
}

/** The TradeFileError of a read that used no row. */
export function nothingUsedError(read: NothingUsed): TradeFileError {
	const { files, reporter, drops } = read;
	const rows = (reasons: readonly DropReason[]) =>
		reasons.reduce((sum, reason) => sum + (drops[reason] ?? 0), 0);
	// Rows past the reporter check that were not another reporter's: the chosen reporter's own.
	const ownRows = read.rowsRead - rows(['other-reporter']) - rows(BEFORE_REPORTER);
	if (reporter && read.otherReporters.length > 0 && !read.reporterSeen && ownRows <= 0) {
		return reporterNotInFile(files, reporter, read.otherReporters);
	}

	// When the chosen reporter has rows, other reporters' rows say nothing about the file's shape.
	const hasOwn = reporter !== null && (read.reporterSeen || ownRows > 0);
	const own = Object.fromEntries(
		DROP_REASONS.filter((reason) => (drops[reason] ?? 0) > 0)
			.filter((reason) => !(hasOwn && reason === 'other-reporter'))
			.map((reason) => [reason, drops[reason] as number])
	) as Partial<Record<DropReason, number>>;
	const total = Object.values(own).reduce((sum, n) => sum + (n ?? 0), 0);
	const partnerRows = rows(PARTNER_REASONS);
	const codeRows = rows(CODE_REASONS);
	const whose = reporter ? ` of ${reporter}` : '';
	if (
		rows(BILATERAL_REASONS) === 0 &&
		partnerRows + codeRows > 0 &&
		2 * (partnerRows + codeRows) >= total
	) {
		const parts = (Object.keys(SHAPES) as (keyof typeof SHAPES)[])
			.filter((reason) => (drops[reason] ?? 0) > 0)
			.map((reason) => {
				const n = drops[reason] as number;
				return `${n} ${SHAPES[reason][n === 1 ? 0 : 1]}`;
			});
		const others = mainOf(own, [...PARTNER_REASONS, ...CODE_REASONS]);
		if (others.length) parts.push(`other rows dropped: ${listOf(others)}`);
		return new TradeFileError(
			'no-hs6-by-partner',
			`No row${whose} could be used: the file holds no HS6 trade${whose} with a partner country (${parts.join('; ')}). ` +
				'Download the data again by partner (every country, not World) and at HS6 (6-digit product codes).',
			files,
			undefined,
			undefined,
			{ ...(reporter ? { reporter } : {}), ...Object.fromEntries(mainOf(own, [], 6)) }
		);
	}
	const main = mainOf(own, []);
	return new TradeFileError(
		'no-rows-used',
		`No row${whose} could be used${main.length ? ` (rows dropped: ${listOf(main)})` : ''}.`,
		files,
		undefined,
		undefined,
		{ ...(reporter ? { reporter } : {}), ...Object.fromEntries(main) }
	);
}

/** The commonest drop reasons (three by default) but `except`, most rows first. */
function mainOf(
	drops: Partial<Record<DropReason, number>>,
	except: readonly DropReason[],
	limit = 3
): [DropReason, number][] {
	return (Object.entries(drops) as [DropReason, number][])
		.filter(([reason]) => !except.includes(reason))
		.sort((a, b) => b[1] - a[1])
		.slice(0, limit);
}

const listOf = (drops: [string, number][]) =>
	drops.map(([reason, n]) => `${n} ${reason}`).join(', ');

/** Most reporters named in the message (a world file has two hundred). */
const MAX_NAMED = 30;

/** Nothing was used because the files are other countries' reports: say whose. */
function reporterNotInFile(files: string, reporter: string, found: string[]): TradeFileError {
	const sorted = [...found].sort();
	const more = sorted.length - MAX_NAMED;
	const reporters = sorted.slice(0, MAX_NAMED).join(', ') + (more > 0 ? ` and ${more} more` : '');
	return new TradeFileError(
		'reporter-not-in-file',
		`The file has no trade reported by ${reporter}; it is reported by ${reporters}. Choose one of them as the reporter.`,
		files,
		undefined,
		undefined,
		{ reporter, reporters }
	);
}
