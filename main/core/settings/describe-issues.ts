import type { z } from 'zod';

/** Turns a schema failure into per-field messages plus one summary line. */
export function describeIssues(error: z.ZodError): {
  message: string;
  fieldErrors: Record<string, string[]>;
} {
  const fieldErrors: Record<string, string[]> = {};
  const general: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string') (fieldErrors[field] ??= []).push(issue.message);
    else general.push(issue.message);
  }
  const message =
    general[0] ??
    (Object.keys(fieldErrors).length > 0
      ? 'Some values were not accepted; see the messages by the fields.'
      : 'The request was not understood.');
  return { message, fieldErrors };
}
