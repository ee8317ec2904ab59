// postject ships no types; this is the one function scripts/cli-sea.ts uses (see postject's README).
declare module 'postject' {
  /** Injects `data` as the resource `name` into the executable `file`, flipping `sentinelFuse`. */
  export function inject(file: string, name: string, data: Buffer, options: { sentinelFuse: string; machoSegmentName?: string; overwrite?: boolean }): Promise<void>;
}
