// Bytes of a text file to a string: UTF-8 (with or without a BOM) or UTF-16 with a BOM (LE or BE). Any
// other encoding (Windows-1258, TCVN3, UTF-16 without a BOM, a binary file) is refused with a reason, never
// guessed: a wrong guess would silently change the user's text. Decoding runs in slices so that a large
// file never blocks the page.

import { yieldToBrowser } from './render.js';

/** Bytes decoded per slice (even, so that a UTF-16 slice never splits a code unit). */
const SLICE = 1 << 20;

/** The encoding named by a byte-order mark at the start of `bytes`: [label, BOM length] or null. */
export function sniffBom(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return ['utf-8', 3];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return ['utf-16le', 2];
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return ['utf-16be', 2];
  return null;
}

/**
 * Decodes `bytes` (a Uint8Array). Resolves to `{ ok: true, text, encoding }` or `{ ok: false, reason }` with
 * `reason` one of: 'encoding' (not valid UTF-8, and no UTF-16 BOM), 'utf16' (a UTF-16 BOM but invalid
 * UTF-16 after it), 'binary' (a NUL character: a binary file, or UTF-16 without a BOM).
 */
export async function decodeBytes(bytes) {
  const bom = sniffBom(bytes);
  // A NUL byte never occurs in UTF-8 text: a binary file, or UTF-16 without its BOM.
  if (!bom && bytes.includes(0)) return { ok: false, reason: 'binary' };
  const [encoding, skip] = bom || ['utf-8', 0];
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const parts = [];
  try {
    for (let at = skip; at < bytes.length; at += SLICE) {
      const end = Math.min(bytes.length, at + SLICE);
      parts.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }));
      if (end < bytes.length) await yieldToBrowser();
    }
    parts.push(decoder.decode());
  } catch {
    return { ok: false, reason: encoding === 'utf-8' ? 'encoding' : 'utf16' };
  }
  const text = parts.join('');
  if (text.includes('\0')) return { ok: false, reason: 'binary' };
  return { ok: true, text, encoding: bom ? `${encoding.toUpperCase()} BOM` : 'UTF-8' };
}
