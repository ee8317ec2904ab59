// `npm run build:cli-sea`: out/cli-bin/<arch>/patchworks-token[.exe] from out/cli/patchworks-token-sea.cjs (run `npm run build:cli` first).
import { resolve } from 'node:path';
import { CLI_SEA_SCRIPT_NAME } from '../vite.cli.config';
import { buildCliSea, seaOutputDir } from './cli-sea';

const root = resolve(import.meta.dirname, '..');
const arch = process.env.PATCHWORKS_SEA_ARCH ?? process.arch;
const executable = await buildCliSea({
  script: resolve(root, 'out/cli', CLI_SEA_SCRIPT_NAME),
  outDir: seaOutputDir(root, arch),
  nodeBinary: process.env.PATCHWORKS_SEA_NODE ?? process.execPath,
  platform: process.platform,
});
console.log(`built ${executable}`);
