import { PRELOAD_API_KEY, type PreloadApi } from '../common/ipc-contract';

/** The preload's API, or undefined when the page runs without it (opened outside the app). */
export function findBridge(): PreloadApi | undefined {
  const candidate = (globalThis as unknown as Record<string, unknown>)[PRELOAD_API_KEY];
  return typeof candidate === 'object' && candidate !== null ? (candidate as PreloadApi) : undefined;
}
