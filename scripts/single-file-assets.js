// Bundled into the single-file build by scripts/build-single.mjs, in the page's script and in its worker's:
// where the page's modules name one of their files with `new URL('./file', import.meta.url)` (the worker,
// the sample, the WebAssembly), the build puts `new URL(__chuthich_asset('file'))`, and this gives a blob: URL
// holding that file. The files are data blocks in the page (`<script type="application/octet-stream"
// id="chuthich-asset:PATH" data-type="MIME" data-encoding="gzip" data-needs="PATH ...">BASE64`), gzipped to
// keep the file small; before the page's code runs, each becomes a blob: URL. A script among them (the
// worker) starts with a table of the blob: URLs it needs in turn, since a worker cannot read the page.

const urls = typeof document === 'undefined' ? self.__chuthich_assets : await fromPage();

/** The blob: URL standing for the file at `path` under www/. */
export function __chuthich_asset(path) {
  const url = urls && urls[path];
  if (!url) throw new Error(`not in the single file: ${path}`);
  return url;
}

/** A blob: URL for every data block of the page: plain files first, then the scripts that name them. */
async function fromPage() {
  const blocks = [...document.querySelectorAll('script[type="application/octet-stream"][id^="chuthich-asset:"]')];
  const made = {};
  const needs = (el) => (el.dataset.needs ? el.dataset.needs.split(' ') : []);
  for (const el of [...blocks.filter((b) => !needs(b).length), ...blocks.filter((b) => needs(b).length)]) {
    const parts = [await contents(el)];
    if (needs(el).length) {
      const table = Object.fromEntries(needs(el).map((p) => [p, made[p]]));
      parts.unshift(`self.__chuthich_assets = ${JSON.stringify(table)};\n`);
    }
    made[el.id.slice('chuthich-asset:'.length)] = URL.createObjectURL(new Blob(parts, { type: el.dataset.type }));
  }
  return made;
}

/** A data block's file, as a Blob. */
async function contents(el) {
  const text = atob(el.textContent.trim());
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  const blob = new Blob([bytes]);
  if (el.dataset.encoding !== 'gzip') return blob;
  return new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).blob();
}
