/** The outcome of an operation that can fail with a message for the user. */
export type Result = { ok: true } | { ok: false; message: string };
