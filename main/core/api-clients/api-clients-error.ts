/** Why the endpoint could not start, or its key could not be read or replaced. */
export type ApiClientsErrorKind = 'port-taken' | 'port-refused' | 'keyring-locked';

/** An expected failure to start the endpoint; the message is a sentence for the user. */
export class ApiClientsError extends Error {
  override readonly name = 'ApiClientsError';
  readonly kind: ApiClientsErrorKind;

  constructor(kind: ApiClientsErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}

/** The failure while the keychain refuses for now (locked at login, a prompt not answered). */
export function keyringLocked(): ApiClientsError {
  return new ApiClientsError('keyring-locked', 'The system keyring is locked, so the API-client key cannot be read or changed yet; unlock it and try again');
}

/** The failure for a listen error on `port`, or undefined for one that is not about the port. */
export function listenFailure(error: unknown, port: number): ApiClientsError | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return new ApiClientsError('port-taken', `Port ${port} on 127.0.0.1 is already in use by another program; choose another port`);
  }
  if (code === 'EACCES') return new ApiClientsError('port-refused', `The system does not let the app listen on port ${port}; choose another port`);
  return undefined;
}
