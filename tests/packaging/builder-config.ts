/**
 * Reads electron-builder configuration the way the packaging tests need it: the raw YAML, the merged
 * result through electron-builder's own loader (which resolves `extends`), and a validator compiled
 * from electron-builder's own JSON schema. app-builder-lib is resolved through electron-builder, so the
 * schema and loader are always those of the electron-builder version that builds the release.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import type { Configuration } from 'electron-builder';
import { parse } from 'yaml';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');

const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder/package.json'));
const appBuilderLibDir = dirname(requireFromBuilder.resolve('app-builder-lib/package.json'));

/** Parses a YAML config file relative to the repository root, exactly as written. */
export async function readBuilderYaml(relativePath: string): Promise<Configuration> {
  return parse(await readFile(join(ROOT, relativePath), 'utf8')) as Configuration;
}

interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
}

const configModule = (): Promise<ConfigModule> => import(join(appBuilderLibDir, 'out/util/config/config.js'));

/** Loads a config file with electron-builder's own loader: `extends` resolved, defaults merged. */
export async function loadResolvedConfig(relativePath: string): Promise<Configuration> {
  return (await configModule()).getConfig(ROOT, join(ROOT, relativePath), null);
}

/** Runs electron-builder's own validation (the one `electron-builder` runs before building); throws
 * its message when the configuration is invalid. */
export async function validateLikeElectronBuilder(config: Configuration): Promise<void> {
  await (await configModule()).validateConfiguration(config, { isEnabled: false, add: () => undefined });
}

interface PublishModule {
  getPublishConfigs(
    platformPackager: object,
    targetSpecificOptions: null,
    arch: null,
    errorIfCannot: boolean,
  ): Promise<Record<string, unknown>[] | null>;
}
interface MacroModule {
  expandMacro(pattern: string, arch: null, appInfo: object): string;
}

/**
 * The publish configurations electron-builder derives for one platform of `config` (what it writes to
 * app-update.yml and bases latest*.yml on), resolved by its own PublishManager and macro expander with
 * the current `process.env`. null means "no update metadata".
 */
export async function resolvePublishConfigs(
  config: Configuration,
  platform: 'mac' | 'win' | 'linux',
): Promise<Record<string, unknown>[] | null> {
  const { getPublishConfigs } = (await import(join(appBuilderLibDir, 'out/publish/PublishManager.js'))) as PublishModule;
  const { expandMacro } = (await import(join(appBuilderLibDir, 'out/util/macroExpander.js'))) as MacroModule;
  // The slice of a PlatformPackager that getPublishConfigs reads.
  const platformPackager = {
    config,
    platformSpecificBuildOptions: config[platform] ?? {},
    // A release version (0.1.0) has no prerelease channel.
    info: { config, appInfo: { channel: null }, repositoryInfo: Promise.resolve(null) },
    expandMacro: (pattern: string) => expandMacro(pattern, null, {}),
  };
  return getPublishConfigs(platformPackager, null, null, true);
}

/** A validator for electron-builder configuration, with the options electron-builder itself uses
 * (minus type coercion, so `"false"` for a boolean is reported rather than silently accepted). */
export async function compileBuilderSchema(): Promise<(config: unknown) => ErrorObject[]> {
  const scheme: object = JSON.parse(await readFile(join(appBuilderLibDir, 'scheme.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true, strict: false }).compile(scheme);
  return (config) => (validate(config) ? [] : [...(validate.errors ?? [])]);
}

/** One line per schema error, for a readable failure message. */
export function describeErrors(errors: readonly ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`).join('\n');
}
