// The annotator's side of `createAnnotator({ worker: true })` in Node: this module runs in a worker_threads
// Worker (node.js starts it), where importing node.js loads the WebAssembly, and answers each request in
// the order it came (the protocol is in transfer.js). Imported on the main thread, it does nothing.

import { parentPort } from 'node:worker_threads';
import { annotate, version } from './node.js';
import { answerRequests } from './transfer.js';

if (parentPort) {
  parentPort.on('message', answerRequests(async () => {}, annotate, version, (m, transfer) => parentPort.postMessage(m, transfer)));
}
