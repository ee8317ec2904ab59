/** What the endpoint answers: a status, a JSON body and extra headers. */
export interface HttpReply {
  status: number;
  body: Readonly<Record<string, unknown>>;
  headers?: Readonly<Record<string, string>>;
}

/**
 * The headers every answer carries: JSON, never cached, never sniffed. Deliberately no
 * `Access-Control-*` header: no web page may read an answer.
 */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/** An error answer: `{"error": code, "message": text}` plus any extra fields. */
export function errorReply(status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers?: Record<string, string>): HttpReply {
  return { status, body: { error: code, message, ...extra }, ...(headers && { headers }) };
}
