// Embeds <chuthich-view> (build the package with bash scripts/build-wasm.sh, serve the repository with
// `node scripts/serve.mjs --root .` and open /examples/element/). In a project: import 'chuthich/element'.

import '../../dist/npm/element.js';

const input = document.getElementById('input');
const view = document.getElementById('property');
view.text = input.value;
input.addEventListener('input', () => {
  view.text = input.value;
});
