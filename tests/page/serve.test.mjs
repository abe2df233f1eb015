// scripts/serve.mjs: MIME types, index, methods, and no way out of www/.

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer, resolvePath, WWW } from '../../scripts/serve.mjs';

/** A raw GET (fetch would normalise `..` away before sending). */
function get(port, path, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve.mjs', () => {
  let srv;
  before(async () => { srv = await startServer({ port: 0 }); });
  after(async () => { await srv.close(); });

  it('listens on 127.0.0.1 and tells its URL', () => {
    assert.match(srv.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.ok(srv.port > 0);
  });

  it('serves the page with the right MIME types', async () => {
    const cases = [
      ['/', 'text/html; charset=utf-8'],
      ['/index.html', 'text/html; charset=utf-8'],
      ['/main.js', 'text/javascript; charset=utf-8'],
      ['/style.css', 'text/css; charset=utf-8'],
      ['/sample.txt', 'text/plain; charset=utf-8'],
      ['/favicon.svg', 'image/svg+xml'],
    ];
    for (const [path, type] of cases) {
      const r = await get(srv.port, path);
      assert.equal(r.status, 200, path);
      assert.equal(r.headers['content-type'], type, path);
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
    }
    const wasm = await get(srv.port, '/pkg/chuthich_bg.wasm');
    if (wasm.status === 200) {
      assert.equal(wasm.headers['content-type'], 'application/wasm');
      assert.deepEqual([...wasm.body.subarray(0, 4)], [0, 0x61, 0x73, 0x6d]);
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(srv.port, '/index.html', 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    assert.ok(Number(head.headers['content-length']) > 0);
    const post = await get(srv.port, '/index.html', 'POST');
    assert.equal(post.status, 405);
  });

  it('never serves a file outside www/', async () => {
    for (const path of [
      '/../Cargo.toml', '/..%2fCargo.toml', '/%2e%2e/Cargo.toml', '/%2e%2e%2fCargo.toml', '/pkg/../../Cargo.toml',
      '/..%5cCargo.toml', '/%00', '/index.html%00.txt', '/%E0%A4%A', '//etc/passwd', '/../../../../etc/passwd',
      '/nope.html',
    ]) {
      const r = await get(srv.port, path);
      assert.equal(r.status, 404, path);
      assert.ok(!r.body.toString().includes('[package]'), path);
    }
  });

  it('resolves paths only inside the root', async () => {
    assert.equal(await resolvePath(WWW, '/../Cargo.toml'), null);
    assert.ok((await resolvePath(WWW, '/')).endsWith('index.html'));
    assert.ok((await resolvePath(WWW, '/index.html?x=1#y')).endsWith('index.html'));
  });

  it('runs as a command and prints its URL', async () => {
    const script = fileURLToPath(new URL('../../scripts/serve.mjs', import.meta.url));
    const child = spawn(process.execPath, [script, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const line = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          if (out.includes('\n')) resolve(out.trim());
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}`)));
      });
      assert.match(line, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const port = Number(new URL(line).port);
      assert.equal((await get(port, '/')).status, 200);
    } finally {
      child.kill();
    }
  });
});
