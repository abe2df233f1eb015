#!/usr/bin/env node
// Builds dist/chuthich.html: the whole page in one file that works when opened from disk (file://), to carry
// on a USB stick or send by mail. Run by scripts/build-wasm.sh after www/pkg/ is made.
//
//   node scripts/build-single.mjs [--out FILE]
//
// From www/index.html: the stylesheet goes inline, the favicon becomes a data: URL, the manifest and module
// preload links go (a file on disk has no service worker), and the page's module scripts are bundled with
// esbuild into one inline module script. A file a module names with `new URL('./file', import.meta.url)` —
// the worker, the sample text, the WebAssembly — goes into the page gzipped, as a base64 data block that the
// browser inflates (DecompressionStream), and the code gets a blob: URL for it instead
// (scripts/single-file-assets.js). The worker is bundled too (with the wasm-bindgen glue), so the annotator
// runs in a Web Worker made from a blob: URL; if the browser refuses it, main.js's own fallback runs it on the
// main thread. The Content-Security-Policy keeps scripts to the
// inline ones by their SHA-256 hashes (no 'unsafe-inline'), allows WebAssembly, workers and fetches from
// blob: URLs, and the data: favicon.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { MIME, WWW } from './serve.mjs';

export const OUT = fileURLToPath(new URL('../dist/chuthich.html', import.meta.url));
const RUNTIME = fileURLToPath(new URL('./single-file-assets.js', import.meta.url));

/** `new URL('./file', import.meta.url)` in a module: the file it names, relative to the module. */
const FILE_URL = /new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const mimeOf = (file) => (MIME[path.extname(file).toLowerCase()] || 'application/octet-stream').replace(/;.*/, '');

/**
 * Bundles the module `entry` (source text, resolved in `root`) into one ES module with nothing to import.
 * Returns `{ code, assets }`, `assets` being the files under `root` the code names by URL.
 */
async function bundle(root, entry) {
  const assets = new Set();
  const fileUrls = {
    name: 'file-urls',
    setup(build) {
      build.onLoad({ filter: /\.js$/ }, (args) => {
        if (path.relative(root, args.path).startsWith('..')) return undefined; // not the page's
        const source = readFileSync(args.path, 'utf8');
        const code = source.replace(FILE_URL, (_, _q, rel) => {
          const file = path.relative(root, path.resolve(path.dirname(args.path), rel)).split(path.sep).join('/');
          if (file.startsWith('..')) throw new Error(`${args.path} names ${rel}, outside ${root}`);
          assets.add(file);
          return `new URL(__chuthich_asset(${JSON.stringify(file)}))`;
        });
        return { contents: code, loader: 'js' };
      });
    },
  };
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, sourcefile: 'single-file-entry.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    legalComments: 'none',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    inject: [RUNTIME],
    plugins: [fileUrls],
  });
  const code = result.outputFiles[0].text;
  if (/import\.meta/.test(code)) throw new Error('a module uses import.meta in a way the single file cannot serve');
  if (/<\/script|<!--/i.test(code)) throw new Error('the bundle holds </script or <!--, which would end the inline script');
  return { code, assets };
}

/** The data blocks for every file the code names, bundling the scripts among them (the worker) in turn. */
async function dataBlocks(root, assets) {
  const blocks = new Map();
  const todo = [...assets];
  while (todo.length) {
    const file = todo.shift();
    if (blocks.has(file)) continue;
    let bytes;
    let needs = [];
    if (file.endsWith('.js')) {
      const b = await bundle(root, `import ${JSON.stringify(`./${file}`)};`);
      bytes = Buffer.from(b.code);
      needs = [...b.assets];
      todo.push(...needs);
    } else {
      bytes = readFileSync(path.join(root, file));
    }
    const needsAttr = needs.length ? ` data-needs="${needs.join(' ')}"` : '';
    blocks.set(file, `<script type="application/octet-stream" id="chuthich-asset:${file}" data-type="${mimeOf(file)}"`
      + ` data-encoding="gzip"${needsAttr}>${gzipSync(bytes, { level: 9 }).toString('base64')}</script>`);
  }
  return [...blocks.values()];
}

/** The single-file page as text, from the page in `root`. */
export async function singleFile(root = WWW) {
  let html = readFileSync(path.join(root, 'index.html'), 'utf8');
  const scripts = [];
  let css = '';
  html = html.replace(/<script\b([^>]*)><\/script>\n?/g, (tag, attrs) => {
    const src = attrs.match(/\ssrc="([^"]+)"/);
    if (!src || !/\stype="module"/.test(attrs)) throw new Error(`not a module script from a file: ${tag}`);
    scripts.push(src[1]);
    return scripts.length === 1 ? '<!--page-script-->' : '';
  });
  html = html.replace(/<link\b([^>]*)>\n?/g, (tag, attrs) => {
    const rel = attrs.match(/\srel="([^"]+)"/)?.[1];
    const href = attrs.match(/\shref="([^"]+)"/)?.[1];
    if (rel === 'modulepreload' || rel === 'manifest') return '';
    if (rel === 'stylesheet') {
      css += readFileSync(path.join(root, href), 'utf8');
      return '<!--page-style-->';
    }
    if (rel === 'icon') {
      const data = readFileSync(path.join(root, href)).toString('base64');
      return tag.replace(`href="${href}"`, `href="data:${mimeOf(href)};base64,${data}"`);
    }
    throw new Error(`a link the single file cannot hold: ${tag}`);
  });
  if (/<\/style/i.test(css)) throw new Error('style.css holds </style');
  const page = await bundle(root, scripts.map((s) => `import ${JSON.stringify(`./${s}`)};`).join('\n'));
  const blocks = await dataBlocks(root, page.assets);
  const style = `\n${css}`;
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(page.code)} 'wasm-unsafe-eval'`,
    'worker-src blob:',
    'connect-src blob:',
    `style-src ${sha256(style)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  const meta = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(">)/;
  if (!meta.test(html)) throw new Error('index.html has no Content-Security-Policy meta');
  html = html.replace(meta, `$1${csp}$2`)
    .replace('<!--page-style-->', () => `<style>${style}</style>\n`)
    .replace('<!--page-script-->', () => `<script type="module">${page.code}</script>\n`)
    .replace('</body>', () => `${blocks.join('\n')}\n</body>`);
  const leftover = html.replace(/<script type="module">[\s\S]*?<\/script>/, '').match(/\s(?:src|href)="(?!data:)[^"]*"/);
  if (leftover) throw new Error(`the single file still points to a file: ${leftover[0]}`);
  return html;
}

/** Writes the single file to `out`; returns its size, raw and gzipped, in bytes. */
export async function buildSingle({ root = WWW, out = OUT } = {}) {
  const html = await singleFile(root);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, html);
  return { out, bytes: Buffer.byteLength(html), gzipped: gzipSync(html, { level: 9 }).length };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const i = process.argv.indexOf('--out');
  const { out, bytes, gzipped } = await buildSingle(i > 0 ? { out: path.resolve(process.argv[i + 1]) } : {});
  console.error(`${path.relative(process.cwd(), out)}: ${bytes} bytes, ${gzipped} gzipped`);
}
