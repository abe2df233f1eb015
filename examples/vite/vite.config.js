// Vite builds the app, the package's worker (an ES module worker, as the package ships it) and the
// WebAssembly as an asset. The dev server must not pre-bundle chuthich: pre-bundling would move its files
// away from chuthich_bg.wasm and worker.js, which they find through import.meta.url.
import { defineConfig } from 'vite';

export default defineConfig({
  optimizeDeps: { exclude: ['chuthich'] },
  worker: { format: 'es' },
  build: { target: 'es2022' },
});
