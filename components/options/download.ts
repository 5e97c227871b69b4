/**
 * Saves text as a file through a Blob link: no `downloads` permission needed,
 * and nothing leaves the device (a blob: URL lives in this page's memory).
 */
export function download(text: string, mimeType: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
