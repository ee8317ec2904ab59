// The preload's bridge, stood up in a Chromium page: the same named functions, relayed to this process.
import type { Page } from 'playwright-core';
import { INVOKE_CHANNELS, PRELOAD_API_KEY, type InvokeMethod } from '../../common/ipc-contract';

const BINDING = '__patchworksBridgeInvoke';
const EVENT_HOOK = '__patchworksBridgeEmit';

/** Runs one bridge call in this process; `frameUrl` is the calling frame's real URL (for the sender check). */
export type BridgeCall = (method: InvokeMethod, payload: unknown, frameUrl: string) => Promise<unknown>;

/**
 * Before the page loads, defines `PreloadApi` on it the way the preload does (named functions and
 * `onStatus`, nothing else); calls go to `call`. Returns how to deliver a status event to the page.
 */
export async function installPageBridge(page: Page, call: BridgeCall): Promise<(snapshot: unknown) => void> {
  await page.exposeBinding(BINDING, (source, method: InvokeMethod, payload: unknown) => call(method, payload, source.frame.url()));
  await page.addInitScript(
    ({ key, methods, binding, hook }) => {
      const listeners = new Set<(snapshot: unknown) => void>();
      const invoke = (globalThis as unknown as Record<string, (m: string, p: unknown) => Promise<unknown>>)[binding]!;
      const api: Record<string, unknown> = {
        onStatus(listener: (snapshot: unknown) => void) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      };
      for (const method of methods) api[method] = (request?: unknown) => invoke(method, request);
      Object.defineProperty(globalThis, key, { value: Object.freeze(api) });
      Object.defineProperty(globalThis, hook, { value: (snapshot: unknown) => listeners.forEach((l) => l(snapshot)) });
    },
    { key: PRELOAD_API_KEY, methods: Object.keys(INVOKE_CHANNELS), binding: BINDING, hook: EVENT_HOOK },
  );
  return (snapshot) => {
    page
      .evaluate(([hook, s]) => (globalThis as unknown as Record<string, (x: unknown) => void>)[hook as string]!(s), [EVENT_HOOK, snapshot] as const)
      .catch(() => undefined);
  };
}
