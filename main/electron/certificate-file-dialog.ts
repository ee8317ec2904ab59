// The system's open-file dialog, asked for one PEM certificate file (Preferences → Network).
import { dialog } from 'electron';

/** Shows the open-file dialog for a CA certificate; resolves with its path, or null when cancelled. */
export async function chooseCertificateFile(): Promise<string | null> {
  const { canceled, filePaths } = await dialog.showOpenDialog({
    title: 'Choose a CA certificate file (PEM)',
    properties: ['openFile', 'showHiddenFiles'],
    filters: [
      { name: 'Certificates (PEM)', extensions: ['pem', 'crt', 'cer'] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  return canceled ? null : (filePaths[0] ?? null);
}
