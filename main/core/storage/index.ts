// Storage: the credential vault, the settings store and what they tell the user.
export { CredentialVault } from './credential-vault';
export type { VaultLoadResult, VaultPersistence, VaultStatus } from './credential-vault';
export type { CipherBackend, DecryptedText, SecretCipher } from './secret-cipher';
export type { StoredCredentials } from './vault-payload';
export type { StorageNotice, StorageNoticeKind } from './storage-notice';
export { openSettingsStore, SettingsStore } from './settings-store';
export type { OpenBackingStore, OpenedSettings, SettingsBackingStore } from './settings-store';
export { settingsStoreOptions, SETTINGS_FILE_NAME } from './settings-conf-options';
export type { SettingsStoreOptions } from './settings-conf-options';
export { settingsSchema, settingsPatchSchema } from './settings-schema';
export { SettingsValidationError } from './settings-validation-error';
