/**
 * Saves text the console holds (a sealed agreement, a revocation) as a file. A Blob URL, not a
 * `data:` link or a `style`/inline script: nothing here needs the CSP loosened.
 *
 * @example
 *   downloadText(`agreement-${id}.json`, JSON.stringify(sealed, null, 2), 'application/json');
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the URL by now; keep it a moment for slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
