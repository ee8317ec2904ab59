import type * as NodeCrypto from 'node:crypto';

/**
 * node:crypto, loaded on first use rather than at import: the command line starts connecting to the app
 * first and loads it (a few milliseconds) while the app answers, and `--version` or `--help` never load it.
 */
export const nodeCrypto = (): typeof NodeCrypto => process.getBuiltinModule('node:crypto');
