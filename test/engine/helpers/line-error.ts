import { expect } from 'vitest';
import { TradeFileError, type TradeErrorCode } from '../../../src/lib/engine/model/errors';

/** A line-limit error with its code, file, line and the bound as the messages say it. */
export function expectLineError(
	error: unknown,
	code: TradeErrorCode,
	file: string,
	line: number
): void {
	expect(error).toBeInstanceOf(TradeFileError);
	const e = error as TradeFileError;
	expect({ code: e.code, file: e.file, line: e.line }).toEqual({ code, file, line });
	expect(e.details.limit).toBe('1 MiB');
	expect(e.toLine()).toContain(`${file}, line ${line}: `);
	expect(e.toLine()).toContain('1 MiB');
}
