// Bundled into the single-file build by scripts/build-single.mjs, in the page's script and in its worker's:
// where the page's modules name one of their files with `new URL('./file', import.meta.url)` (the worker,
// the sample, the WebAssembly), the build puts `new URL(__chuthich_asset('file'))`, and this gives a blob: URL
// holding that file, taken from the data blocks the build writes into the page (`<script
// type="application/octet-stream" id="chuthich-asset:PATH" data-type="MIME" data-needs="PATH ...">BASE64`).
// A script file (the worker) starts with the files it needs in turn, since a worker cannot read the page.

const made = new Map();

/** A blob: URL for the file at `path` under www/ (one per file). */
export function __chuthich_asset(path) {
  let url = made.get(path);
  if (!url) {
    const { type, data, needs } = source(path);
    const parts = [bytes(data)];
    if (needs.length) {
      const table = Object.fromEntries(needs.map((p) => [p, source(p)]));
      parts.unshift(`self.__chuthich_assets = ${JSON.stringify(table)};\n`);
    }
    url = URL.createObjectURL(new Blob(parts, { type }));
    made.set(path, url);
  }
  return url;
}

/** `{ type, data, needs }` of a file: from the table a worker starts with, or from the page's data blocks. */
function source(path) {
  if (typeof document === 'undefined') {
    const s = self.__chuthich_assets && self.__chuthich_assets[path];
    if (!s) throw new Error(`not in the single file: ${path}`);
    return s;
  }
  const el = document.getElementById(`chuthich-asset:${path}`);
  if (!el) throw new Error(`not in the single file: ${path}`);
  return { type: el.dataset.type, data: el.textContent.trim(), needs: el.dataset.needs ? el.dataset.needs.split(' ') : [] };
}

function bytes(base64) {
  const text = atob(base64);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
