import type { z } from 'zod';
import type {
  InvokeMethod,
  InvokeResponses,
  IpcError,
  IpcResult,
} from '../../../common/ipc-contract';
import { LoginError } from '../login/login-error';
import { ControllerError, type AppController } from '../app/app-controller';
import { DOC_LINKS, isAllowedExternalUrl } from '../window/doc-links';
import {
  automaticUpdateChecksSchema,
  copyTokenSchema,
  docLinkSchema,
  emptyPayloadSchema,
  preferencesPatchSchema,
  profileRefSchema,
  renameProfileSchema,
  signInSchema,
} from './payload-schemas';
import { describeIssues } from '../settings/describe-issues';
import { describeFileProblem, fsErrorPath } from '../shared/file-problem';
import { apiClientsSettingsSchema, preferencesSchema } from '../settings/field-schemas';
import type { SenderCheck, SenderInfo } from './sender-check';

/** One channel's handler: sender facts and the raw payload in, a typed result out; never rejects. */
export type IpcHandler<M extends InvokeMethod> = (
  sender: SenderInfo,
  payload: unknown,
) => Promise<IpcResult<InvokeResponses[M]>>;

/** The handler for every request channel, keyed by preload method. */
export type IpcHandlers = { [M in InvokeMethod]: IpcHandler<M> };

/** Optional hooks; `onUnexpectedError` sees faults reported to the window as `storage-failed` (a named file) or `internal`. */
export interface IpcHandlerOptions {
  onUnexpectedError?: (method: InvokeMethod, error: unknown) => void;
}

const fail = (error: IpcError): { ok: false; error: IpcError } => ({ ok: false, error });

const UNTRUSTED: IpcError = {
  code: 'untrusted-sender',
  message: 'This request did not come from the settings window.',
};

function toIpcError(method: InvokeMethod, error: unknown, options: IpcHandlerOptions): IpcError {
  if (error instanceof LoginError) {
    return {
      code: 'sign-in-failed',
      message: error.message,
      ...(error.fieldErrors === undefined ? {} : { fieldErrors: error.fieldErrors }),
    };
  }
  if (error instanceof ControllerError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.fieldErrors === undefined ? {} : { fieldErrors: error.fieldErrors }),
    };
  }
  options.onUnexpectedError?.(method, error);
  const path = fsErrorPath(error);
  // A file the app could not read, write or remove: name it and why, never just "internal".
  if (path !== undefined) return { code: 'storage-failed', message: describeFileProblem(error, path) };
  return { code: 'internal', message: 'Something went wrong in the app; see its log for details.' };
}

/**
 * Wraps one operation: check the sender, parse the payload with `schema`, run `operation`,
 * and turn anything thrown into a typed error.
 */
function guarded<M extends InvokeMethod, S extends z.ZodType>(
  method: M,
  isTrustedSender: SenderCheck,
  options: IpcHandlerOptions,
  schema: S,
  operation: (payload: z.output<S>) => Promise<InvokeResponses[M]> | InvokeResponses[M],
): IpcHandler<M> {
  return async (sender, payload) => {
    if (!isTrustedSender(sender)) return fail(UNTRUSTED);
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return fail({ code: 'invalid-payload', ...describeIssues(parsed.error) });
    try {
      return { ok: true, value: await operation(parsed.data) };
    } catch (error) {
      return fail(toIpcError(method, error, options));
    }
  };
}

/** Builds the handler table the Electron adapter registers, one plain function per channel. */
export function createIpcHandlers(
  controller: AppController,
  isTrustedSender: SenderCheck,
  options: IpcHandlerOptions = {},
): IpcHandlers {
  const make = <M extends InvokeMethod, S extends z.ZodType>(
    method: M,
    schema: S,
    operation: (payload: z.output<S>) => Promise<InvokeResponses[M]> | InvokeResponses[M],
  ) => guarded(method, isTrustedSender, options, schema, operation);

  return {
    getSnapshot: make('getSnapshot', emptyPayloadSchema, () => controller.getSnapshot()),
    signIn: make('signIn', signInSchema, (request) => controller.signIn(request)),
    signOut: make('signOut', profileRefSchema, ({ profileId }) => controller.signOut(profileId)),
    refreshNow: make('refreshNow', profileRefSchema, ({ profileId }) => controller.refreshNow(profileId)),
    copyToken: make('copyToken', copyTokenSchema, ({ profileId, format }) => controller.copyToken(profileId, format)),
    savePreferences: make('savePreferences', preferencesPatchSchema, (patch) => {
      // Merge with what is stored and check the whole set, so nothing is ever half-saved.
      const merged = preferencesSchema.safeParse({ ...controller.getSnapshot().preferences, ...patch });
      if (!merged.success) {
        const { message, fieldErrors } = describeIssues(merged.error);
        throw new ControllerError('invalid-payload', message, fieldErrors);
      }
      return controller.savePreferences(merged.data);
    }),
    openDocs: make('openDocs', docLinkSchema, async (id) => {
      const url = DOC_LINKS[id];
      if (!isAllowedExternalUrl(url)) throw new ControllerError('invalid-payload', 'That link is not allowed.');
      await controller.openExternal(url);
      return null;
    }),
    renameProfile: make('renameProfile', renameProfileSchema, ({ profileId, name }) => controller.renameProfile(profileId, name)),
    removeProfile: make('removeProfile', profileRefSchema, ({ profileId }) => controller.removeProfile(profileId)),
    setDefaultProfile: make('setDefaultProfile', profileRefSchema, ({ profileId }) => controller.setDefaultProfile(profileId)),
    saveApiClients: make('saveApiClients', apiClientsSettingsSchema, (settings) => controller.saveApiClients(settings)),
    copyApiKey: make('copyApiKey', emptyPayloadSchema, () => controller.copyApiKey()),
    rotateApiKey: make('rotateApiKey', emptyPayloadSchema, () => controller.rotateApiKey()),
    copyPostmanScript: make('copyPostmanScript', emptyPayloadSchema, () => controller.copyPostmanScript()),
    checkForUpdates: make('checkForUpdates', emptyPayloadSchema, () => controller.checkForUpdates()),
    restartToUpdate: make('restartToUpdate', emptyPayloadSchema, () => controller.restartToUpdate()),
    setAutomaticUpdateChecks: make('setAutomaticUpdateChecks', automaticUpdateChecksSchema, (enabled) =>
      controller.setAutomaticUpdateChecks(enabled),
    ),
    getAbout: make('getAbout', emptyPayloadSchema, () => controller.about()),
    copyDiagnostics: make('copyDiagnostics', emptyPayloadSchema, async () => ({ text: await controller.copyDiagnostics() })),
    openLogs: make('openLogs', emptyPayloadSchema, async () => {
      await controller.openLogs();
      return null;
    }),
    resetAllData: make('resetAllData', emptyPayloadSchema, async () => {
      await controller.resetAllData();
      return null;
    }),
    chooseCaFile: make('chooseCaFile', emptyPayloadSchema, () => controller.chooseCaFile()),
  };
}
