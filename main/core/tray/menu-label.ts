/**
 * A menu label that shows `text` literally. Electron reads `&` as a mnemonic marker and hides it, on
 * every platform — macOS too (electron/electron #25028, labelled platform/all; #9978) although only
 * Windows and Linux underline the letter — and draws `&&` as one `&` (d.ts, `Menu.setApplicationMenu`).
 * So every `&` is doubled everywhere; profile names and emails may contain one.
 */
export function literalMenuLabel(text: string): string {
  return text.replaceAll('&', '&&');
}
