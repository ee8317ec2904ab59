/** A notification title naming the profile it is about ("Sign in again — Staging"); unchanged without a name. */
export function titleForProfile(title: string, profileName: string | undefined): string {
  return profileName === undefined ? title : `${title} — ${profileName}`;
}
