/**
 * Errors that survive the trip across Comlink. Comlink's default `throw` handler
 * keeps only name, message and stack, so a TradeFileError would lose its code,
 * file, line and column. The worker API therefore never throws: it returns an
 * Outcome, and the client turns a failed one back into the typed error.
 */
import { AbortError, type TradeErrorCode, TradeFileError } from '../engine';

/** A serialisable description of an error thrown in the worker. */
export type WireError =
	| {
			kind: 'trade';
			code: TradeErrorCode;
			message: string;
			file: string;
			line?: number;
			column?: string;
			details: Record<string, string | number>;
	  }
	| { kind: 'abort'; message: string }
	| { kind: 'other'; name: string; message: string; stack?: string };

/** What every worker API call returns: a value, or the error it would have thrown. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: WireError };

/** Error → plain object (structured-clone safe). */
export function errorToWire(error: unknown): WireError {
	if (error instanceof TradeFileError) {
		return {
			kind: 'trade',
			code: error.code,
			message: error.message,
			file: error.file,
			line: error.line,
			column: error.column,
			details: { ...error.details }
		};
	}
	if (error instanceof AbortError) return { kind: 'abort', message: error.message };
	if (error instanceof Error) {
		return { kind: 'other', name: error.name, message: error.message, stack: error.stack };
	}
	return { kind: 'other', name: 'Error', message: String(error) };
}

/** Plain object → the typed error it came from. */
export function errorFromWire(wire: WireError): Error {
	switch (wire.kind) {
		case 'trade':
			return new TradeFileError(
				wire.code,
				wire.message,
				wire.file,
				wire.line,
				wire.column,
				wire.details
			);
		case 'abort':
			return new AbortError();
		default: {
			const error = new Error(wire.message);
			error.name = wire.name;
			if (wire.stack) error.stack = wire.stack;
			return error;
		}
	}
}

/** Runs `task` and packs its result or error into an Outcome. */
export async function toOutcome<T>(task: () => T | Promise<T>): Promise<Outcome<T>> {
	try {
		return { ok: true, value: await task() };
	} catch (error) {
		return { ok: false, error: errorToWire(error) };
	}
}

/** Unpacks an Outcome: the value, or throws the typed error. */
export function unwrapOutcome<T>(outcome: Outcome<T>): T {
	if (outcome.ok) return outcome.value;
	throw errorFromWire(outcome.error);
}
