import type { RequestRecord } from './mock-server';

/**
 * One log line for a finished request: time, method, path, email and status (or why there is none).
 * Built from the record, which never holds the password, so the line cannot contain it.
 */
export function requestLogLine(record: Readonly<RequestRecord>): string {
  const time = record.at.toISOString().slice(11, 19);
  const email = record.email ?? '(no email)';
  const password = record.passwordSent ? (record.passwordCorrect ? 'password ok' : 'wrong password') : 'no password';
  const outcome = record.status === undefined ? 'no answer' : String(record.status);
  const left = record.clientClosedEarly ? ', client left early' : '';
  return `${time} ${record.method} ${record.path} ${email} → ${outcome} (${record.behaviour}, ${password}${left})`;
}
