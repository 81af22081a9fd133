import { type ErrorData, wordError } from '../../src/chat/errors';

/** An error of the session's state as the user reads it. */
export const shown = (error: ErrorData | undefined) => (error ? wordError(error) : undefined);
