/**
 * Errors are values with a stable `code` (for code and tests) and a `message`
 * written for the user. They cross the message boundary as plain objects
 * (`SerializedError`) and are revived on the other side, so the popup can tell
 * "wrong password" from "vault damaged" without parsing text.
 */
import { plainMessage } from './i18n/translate';

export interface SerializedError {
  name: string;
  code: string;
  message: string;
}

export class TwofoldError<Code extends string = string> extends Error {
  override name = 'TwofoldError';
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
  }

  toJSON(): SerializedError {
    return { name: this.name, code: this.code, message: this.message };
  }
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof TwofoldError) return error.toJSON();
  // Never leak internals (stack, secret-bearing messages) across the boundary.
  return { name: 'TwofoldError', code: 'internal', message: plainMessage('errors.internal') };
}

export function reviveError(error: SerializedError): TwofoldError {
  const revived = new TwofoldError(error.code, error.message);
  revived.name = error.name;
  return revived;
}

export function isErrorCode<C extends string>(error: unknown, code: C): error is TwofoldError<C> {
  return error instanceof TwofoldError && error.code === code;
}
