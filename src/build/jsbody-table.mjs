// The @JSBody methods of the compiled module, as JavaScript written ahead: TeaVM would otherwise
// compile each body from its text with `new Function` when the module loads. The table is made at
// build time from the annotations in the Java sources, so a body changed there cannot drift from
// it; TeaVM's own bodies (its JSO conversions, which are in no source of ours) are listed below.
// TeaVM hands a body over as it prints it (braces added round it, spaces dropped), so bodies are
// looked up by a key that ignores exactly that (jsBodyKey); a body with no entry stops the render
// with an error naming it, and the browser tests exercise every one.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** TeaVM's own bodies, as [parameter names, body]. */
const TEAVM_BODIES = [
  [['str'], 'return str;'],
  [['buffer'], 'return buffer;'],
  [['number'], 'return number;'],
  [['value'], 'return value;'],
  [['array'], 'return array;'],
  [['__this__'], 'return __this__;'],
  [[], 'return {};'],
];

/** Whether every brace in `text` is closed, none before it opens. */
function balanced(text) {
  let depth = 0;
  for (const c of text) {
    depth += c === '{' ? 1 : c === '}' ? -1 : 0;
    if (depth < 0) {
      return false;
    }
  }
  return depth === 0;
}

/**
 * The key of a body, from what TeaVM passes ([...parameter names, body]) or the annotation's own
 * text: the names, and the body without whitespace, semicolons, braces enclosing all of it or a
 * `return` in front of it (TeaVM prints a void method's single call `f(x);` as `return f(x);`).
 */
export function jsBodyKey(paramsAndBody) {
  const params = paramsAndBody.slice(0, -1);
  let body = paramsAndBody[paramsAndBody.length - 1].replace(/;/g, ' ').trim();
  while (body.startsWith('{') && body.endsWith('}') && balanced(body.slice(1, -1))) {
    body = body.slice(1, -1).trim();
  }
  body = body.replace(/^return\b/, '').replace(/\s/g, '');
  return `${params.join(',')}|${body}`;
}

/** The text of a run of Java string literals joined by +, as Java reads it. */
function javaStrings(text) {
  return [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)]
    .map((m) => m[1].replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e) => (e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16))
      : { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', 0: '\0' }[e] ?? e)))
    .join('');
}

const JS_BODY = /@JSBody\s*\(\s*params\s*=\s*(\{[^}]*\}|"[^"]*")\s*,\s*script\s*=\s*((?:"(?:[^"\\]|\\.)*"\s*\+?\s*)+)\)/g;

/** Every @JSBody in the Java files under `folder`, as {file, params, body}. */
export function jsBodiesIn(folder) {
  const found = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      found.push(...jsBodiesIn(path));
    } else if (name.endsWith('.java')) {
      const text = readFileSync(path, 'utf8');
      const count = (text.match(/@JSBody\b/g) ?? []).length;
      const bodies = [...text.matchAll(JS_BODY)].map((m) => ({
        file: path, params: [...m[1].matchAll(/"([^"]*)"/g)].map((p) => p[1]), body: javaStrings(m[2]),
      }));
      if (bodies.length !== count) {
        throw new Error(`${path} has ${count} @JSBody annotations, ${bodies.length} of them in the form params = …, script = "…"`);
      }
      found.push(...bodies);
    }
  }
  return found;
}

/**
 * The table as JavaScript source, for the rewritten runtime: `jsBodyKey` and a Map `jsBodies`
 * from key to a factory (taking TeaVM's wrapCallFromJavaToJs, which no body here needs) of the
 * function. The bodies are written out as code here, at build time; nothing is evaluated at run time.
 */
export function jsBodyTableSource(javaFolder) {
  const entries = [
    ...TEAVM_BODIES.map(([params, body]) => ({ file: 'TeaVM', params, body })),
    ...jsBodiesIn(javaFolder),
  ];
  const seen = new Map();
  const lines = [];
  for (const { file, params, body } of entries) {
    const key = jsBodyKey([...params, body]);
    if (seen.has(key)) {
      continue;
    }
    seen.set(key, file);
    lines.push(`    [${JSON.stringify(key)}, () => (${params.join(', ')}) => { ${body} }],`);
  }
  return `${balanced.toString()}
  ${jsBodyKey.toString()}
  const jsBodies = new Map([
${lines.join('\n')}
  ]);`;
}
