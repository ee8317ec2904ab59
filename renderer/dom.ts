/** The element with `id`, checked to be of the expected kind; throws if the page is not what the code expects. */
export function byId<T extends HTMLElement = HTMLElement>(id: string, kind?: new () => T): T {
  const element = document.getElementById(id);
  if (element === null || (kind !== undefined && !(element instanceof kind))) {
    throw new Error(`The settings page has no #${id} of the expected kind.`);
  }
  return element as T;
}

/** Shows a message with a tone (`error`, `success` or none) in a status line. */
export function showMessage(element: HTMLElement, text: string, tone?: 'error' | 'success'): void {
  element.textContent = text;
  element.classList.toggle('error', tone === 'error');
  element.classList.toggle('success', tone === 'success');
}

/** Disables a form's or section's buttons while a request runs, then restores them. */
export async function whileBusy<T>(container: HTMLElement, work: () => Promise<T>): Promise<T> {
  const buttons = [...container.querySelectorAll('button')];
  container.setAttribute('aria-busy', 'true');
  for (const button of buttons) button.disabled = true;
  try {
    return await work();
  } finally {
    container.removeAttribute('aria-busy');
    for (const button of buttons) button.disabled = false;
  }
}
