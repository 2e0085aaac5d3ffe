import { errorMessage } from '../api';

/**
 * Saving exports as files: a Blob made in the page, or a file the server renders. Server
 * downloads go through fetch rather than a plain link so a refusal (a revoked key, say)
 * shows its message instead of saving the error as a file.
 */

export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; a moment later the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Fetches a server export and saves it under the name the server gave it. */
export async function downloadFromServer(url: string, fallbackName: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(await errorMessage(res));
  const filename = filenameFromDisposition(res.headers.get('content-disposition')) ?? fallbackName;
  saveBlob(await res.blob(), filename);
  return filename;
}

/**
 * The file name in a Content-Disposition header, plain or RFC 5987 encoded.
 *
 * @example filenameFromDisposition('attachment; filename="q3-okrs-2026-11-23.md"') // 'q3-okrs-2026-11-23.md'
 */
export function filenameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]!.trim());
    } catch {
      // Malformed escapes: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(header);
  const name = (plain?.[1] ?? plain?.[2])?.trim();
  return name || null;
}
