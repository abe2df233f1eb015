// A stand-in for the annotator (pkg/chuthich.js), replaced in the browser only, by request routing: it marks
// fixed strings wherever they occur, so tests of the page's mechanics do not depend on what the extractors
// find. `routeStub(marks)` is an openPage `setup` that serves it; `marks` are [label, exact text, value].

/** The stand-in module's source for `marks`. */
export function stubSource(marks) {
  return `const MARK = ${JSON.stringify(marks)};
export default async function init() {}
export function labels() {
  return ['DATE','TIME','DURATION','LEGAL_REF','PROVISION','ORG','LOC','PER','EVENT','TERM','NUMBER','PERCENT','MONEY','QUANTITY','EMAIL','URL','PHONE'];
}
export function version() { return 'stub'; }
export function annotate(text, options) {
  if (options && options.referenceDate && !/^\\d{4}-\\d{2}-\\d{2}$/.test(options.referenceDate)) throw new Error('bad date');
  const entities = [];
  for (const [label, s, value] of MARK) {
    for (let k = text.indexOf(s); k >= 0; k = text.indexOf(s, k + s.length)) {
      entities.push({ label, start: k, end: k + s.length, text: s, value });
    }
  }
  entities.sort((a, b) => a.start - b.start || b.end - a.end);
  // Within a label, the longest wins (as the real resolver does). In one pass, so that texts of megabytes
  // are quick: in this order, an entity lies inside a longer one of its label exactly when the earliest of
  // the entities before it that reaches furthest reaches its end and is another span.
  const reach = new Map();
  const kept = entities.filter((e) => {
    const r = reach.get(e.label);
    const inside = r !== undefined && r.end >= e.end && (r.start !== e.start || r.end !== e.end);
    if (r === undefined || e.end > r.end) reach.set(e.label, e);
    return !inside;
  });
  // One sentence; words as the real annotator gives them only where the tests need none: none.
  return { text, entities: kept, sentences: [{ start: 0, end: text.length, text }], words: [] };
}
`;
}

/** An openPage `setup`: the context gets the stand-in instead of pkg/chuthich.js. */
export function routeStub(marks) {
  const body = stubSource(marks);
  return (ctx) => ctx.route('**/pkg/chuthich.js', (r) => r.fulfill({ contentType: 'text/javascript', body }));
}
