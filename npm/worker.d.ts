// chuthich/worker is a script for a module Web Worker (see worker.js); it exports nothing.
export {};
