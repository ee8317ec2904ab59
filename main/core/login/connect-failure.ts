/** How the tunnel agent reports a proxy that refused the CONNECT: "Bad response: 407". */
const BAD_RESPONSE = /^Bad response: (\d{3})$/;

/** The HTTP status a proxy answered the CONNECT with, when that is why the request failed. */
export function proxyRefusalStatus(error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : '';
  const match = BAD_RESPONSE.exec(message);
  return match ? Number(match[1]) : undefined;
}
