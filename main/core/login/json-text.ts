/** Parses a JSON body as a server sent it, allowing a UTF-8 byte order mark first; throws like `JSON.parse`. */
export function parseJsonText(text: string): unknown {
  return JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
}
