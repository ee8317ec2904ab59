// Storage: the credential vaults, the settings store and what they tell the user.
export { CredentialVault, keyringVerdict } from './credential-vault';
export type { CredentialVaultOptions, KeyringVerdict, VaultLoadResult, VaultPersistence, VaultStatus } from './credential-vault';
export { adoptLegacySecrets, openProfileVaults, profileSecretsFileName } from './profile-vaults';
export type { ProfileVaults } from './profile-vaults';
export type { CipherBackend, DecryptedText, SecretCipher } from './secret-cipher';
export { SECRETS_FILE_NAME } from './secrets-file';
export type { StoredCredentials } from './vault-payload';
export type { StorageNotice, StorageNoticeKind } from './storage-notice';
export { openSettingsStore, SettingsStore } from '../settings/settings-store';
export type { OpenBackingStore, OpenedSettings, SettingsBackingStore } from '../settings/settings-store';
export { settingsStoreOptions, SETTINGS_FILE_NAME } from '../settings/settings-conf-options';
export type { SettingsStoreOptions } from '../settings/settings-conf-options';
export { settingsSchema, settingsPatchSchema } from '../settings/settings-schema';
export { SETTINGS_LAYOUT_VERSION, profileNameFromEmail } from '../settings/settings-migrations';
export { SettingsValidationError } from '../settings/settings-validation-error';
