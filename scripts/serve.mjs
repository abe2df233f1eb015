#!/usr/bin/env node
// A tiny static file server for the page in www/ (no dependencies, no backend logic).
//
//   node scripts/serve.mjs [--port N] [--root DIR]     (or PORT=N; default 8000)
//
// Listens on 127.0.0.1 only, serves GET and HEAD, answers with the right MIME type (application/wasm for
// .wasm, which streaming compilation needs), and never serves a file outside the root: the path is decoded,
// normalised and checked to stay inside it, and symbolic links are resolved before that check.
// Tests import `startServer` and start it on port 0 (a free port).

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The page's directory, www/ beside scripts/. */
export const WWW = fileURLToPath(new URL('../www/', import.meta.url));

/** MIME types by file extension; anything else is application/octet-stream. */
export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Maps a request URL path to a file under `root`, or null when it is not a valid path inside it.
 * `/` and directories map to their index.html.
 */
export async function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rootReal = await realpath(root);
  let file = path.resolve(rootReal, '.' + path.posix.normalize('/' + decoded));
  if (!inside(rootReal, file)) return null;
  try {
    let st = await stat(file);
    if (st.isDirectory()) {
      file = path.join(file, 'index.html');
      st = await stat(file);
    }
    if (!st.isFile()) return null;
    const real = await realpath(file);
    return inside(rootReal, real) ? real : null;
  } catch {
    return null;
  }
}

function inside(root, file) {
  const rel = path.relative(root, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** A request handler serving the files under `root`. */
export function handler(root = WWW) {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, 'Method Not Allowed\n');
    }
    const file = await resolvePath(root, req.url || '/');
    if (!file) return send(res, 404, 'Not Found\n');
    let st;
    try {
      st = await stat(file);
    } catch {
      return send(res, 404, 'Not Found\n');
    }
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream',
      'Content-Length': st.size,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

/**
 * Starts the server on 127.0.0.1. `port: 0` picks a free port.
 * Resolves to `{ server, port, url, close }` where `url` is `http://127.0.0.1:PORT/`.
 */
export function startServer({ port = 8000, host = '127.0.0.1', root = WWW } = {}) {
  const server = createServer(handler(root));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        server,
        port: actual,
        url: `http://${host}:${actual}/`,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}

function parseArgs(argv) {
  const opts = { port: Number(process.env.PORT || 8000), root: WWW };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [key, inline] = a.includes('=') ? a.split(/=(.*)/s) : [a, undefined];
    const val = () => inline ?? argv[++i];
    if (key === '--port' || key === '-p') opts.port = Number(val());
    else if (key === '--root') opts.root = path.resolve(val());
    else if (key === '--help' || key === '-h') {
      console.log('usage: node scripts/serve.mjs [--port N] [--root DIR]   (env PORT; default 8000)');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error('bad port');
    process.exit(2);
  }
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const opts = parseArgs(process.argv.slice(2));
  const { url } = await startServer(opts);
  console.log(url);
}
