/**
 * A file downloaded from the pane's own page, as the hosts whose pane can download do it
 * (docs/DESIGN.md, "Files from the pane"): the bytes as a blob, and a link with a `download`
 * attribute clicked on the user's behalf, inside the click that asked for the file. The blob URL
 * stays valid while the page is open, so the pane can also show it as a link to click by hand.
 */

/** The blob URL of the last file, released when the next one is made. */
let lastUrl: string | undefined;

/**
 * Starts the download of `bytes` as the file `name`; returns the blob URL of the file.
 *
 * @param page the document of the pane (a test passes its own)
 * @example
 * const url = downloadFromPage("Trafford performance report 2022-23.docx", DOCX_MEDIA_TYPE, bytes);
 */
export function downloadFromPage(name: string, mediaType: string, bytes: Uint8Array, page: Document = document): string {
  if (lastUrl !== undefined) URL.revokeObjectURL(lastUrl);
  // A copy in a plain ArrayBuffer: a Blob takes that in every browser the hosts use.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  const url = URL.createObjectURL(new Blob([copy.buffer], { type: mediaType }));
  lastUrl = url;
  const link = page.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  page.body.append(link);
  link.click();
  link.remove();
  return url;
}
