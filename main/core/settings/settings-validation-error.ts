/** A settings write that was refused; nothing of it was saved. Messages name fields, never values. */
export class SettingsValidationError extends Error {
  override readonly name = 'SettingsValidationError';
  readonly fieldErrors: Record<string, string[]>;

  constructor(message: string, fieldErrors: Record<string, string[]>) {
    super(message);
    this.fieldErrors = fieldErrors;
  }
}
