// Vite builds the app, the package's worker (an ES module worker, as the package ships it) and the
// WebAssembly as an asset. In the dev server chuthich is not pre-bundled (pre-bundling would move its files
// away from chuthich_bg.wasm and worker.js, which they find through import.meta.url), and it may be served
// from where the `file:` dependency links to.
import { fileURLToPath } from 'node:url';
import { defineConfig, searchForWorkspaceRoot } from 'vite';

export default defineConfig({
  optimizeDeps: { exclude: ['chuthich'] },
  server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), fileURLToPath(new URL('../../dist/npm', import.meta.url))] } },
  worker: { format: 'es' },
  build: { target: 'es2022' },
});
