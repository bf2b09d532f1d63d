/**
 * Saves text as a file through a Blob URL and an <a download>: no download
 * permission, and nothing leaves the device. The URL is revoked once the
 * browser has had time to start the download (revoking at once breaks it in Firefox).
 */
const REVOKE_AFTER_MS = 10_000;

export function downloadFile(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
