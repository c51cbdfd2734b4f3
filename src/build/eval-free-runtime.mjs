// Turns TeaVM's WebAssembly GC runtime (the readable one its Maven plugin copies into the site)
// into one that never evaluates a string, so that the site runs under
// `script-src 'self' 'wasm-unsafe-eval'` with no 'unsafe-eval'. TeaVM builds its JS call helpers
// with `new Function` when it loads; each such place is replaced here by a closure doing the same.
// The bodies of @JSBody methods, which TeaVM also compiles at load, come from a table written
// here from the annotations in the Java sources (src/build/jsbody-table.mjs). Every place must be found exactly as expected: if TeaVM's
// runtime changes shape, the build stops and says where.
//
// Usage: node eval-free-runtime.mjs RUNTIME.js   (rewrites the file in place)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsBodyTableSource } from './jsbody-table.mjs';

const file = process.argv[2];
let runtime = readFileSync(file, 'utf8');

/** Replaces the one place `from … to` (inclusive) starts and ends, or stops the build naming it. */
function replace(what, from, to, replacement) {
  const start = runtime.indexOf(from);
  const end = start < 0 ? -1 : runtime.indexOf(to, start + from.length);
  if (start < 0 || end < 0 || runtime.indexOf(from, start + 1) >= 0) {
    throw new Error(`TeaVM's runtime changed shape: cannot find ${what} (starting "${from.slice(0, 60)}") exactly once in ${file}`);
  }
  runtime = runtime.slice(0, start) + replacement + runtime.slice(end + to.length);
}

replace('getGlobalName', 'function getGlobalName(name) {', '\n}\n', `function getGlobalName(name) {
  return name.split(".").reduce((scope, key) => scope[key], globalThis);
}
`);
replace('setGlobalName', 'function setGlobalName(name, value) {', '\n}\n', `function setGlobalName(name, value) {
  const path = name.split(".");
  const last = path.pop();
  path.reduce((scope, key) => scope[key], globalThis)[last] = value;
}
`);
replace('defineFunction', '  function defineFunction(fn, vararg) {', ')(rethrowJavaAsJs, fn);\n  }\n', `  function defineFunction(fn, vararg) {
    const arity = fn.length;
    return function(...args) {
      try {
        return fn(...callArguments(args, arity, vararg));
      } catch (e) {
        rethrowJavaAsJs(e);
      }
    };
  }
  /** The arguments a generated wrapper of \`arity\` parameters would pass on; with \`vararg\`, the last ones as an array. */
  function callArguments(args, arity, vararg) {
    const fixed = Array.from({ length: vararg ? arity - 1 : arity }, (_, i) => args[i]);
    return vararg ? [...fixed, args.slice(arity - 1)] : fixed;
  }
`);
replace('renameConstructor', '  function renameConstructor(name, c) {', '\n    )(c);\n  }\n', `  function renameConstructor(name, c) {
    const renamed = function(marker, javaObject) {
      return c.call(this, marker, javaObject);
    };
    Object.defineProperty(renamed, "name", { value: name });
    return renamed;
  }
`);
replace('defineMethod', '      cls.prototype[name] = new Function(', ')(rethrowJavaAsJs, fn);\n', `      const arity = fn.length - 1;
      cls.prototype[name] = function(...args) {
        try {
          return fn(this, ...callArguments(args, arity, vararg));
        } catch (e) {
          rethrowJavaAsJs(e);
        }
      };
`);
const javaSources = join(dirname(fileURLToPath(import.meta.url)), '..', 'main', 'java');
replace('the helpers of every arity', '  const argumentList = [];\n  for (let i = 0; i < 32; ++i) {', '    argumentList.push("p" + (i + 1));\n  }\n', `  ${jsBodyTableSource(javaSources)}
  for (let i = 0; i < 32; ++i) {
    imports.teavmJso["createFunction" + i] = (...paramsAndBody) => {
      const factory = jsBodies.get(jsBodyKey(paramsAndBody));
      if (factory === undefined) {
        throw new Error("this @JSBody was not written ahead from the Java sources (src/build/jsbody-table.mjs): " + JSON.stringify(paramsAndBody));
      }
      return factory(wrapCallFromJavaToJs);
    };
    imports.teavmJso["bindFunction" + i] = (f, ...bindArgs) => f.bind(null, ...bindArgs);
    imports.teavmJso["callFunction" + i] = (fn, ...args) => {
      try {
        return fn(...args);
      } catch (e) {
        rethrowJsAsJava(e);
      }
    };
    imports.teavmJso["callMethod" + i] = (instance, method, ...args) => {
      try {
        return instance !== null ? instance[method](...args) : getGlobalName(method)(...args);
      } catch (e) {
        rethrowJsAsJava(e);
      }
    };
    imports.teavmJso["construct" + i] = (constructor, ...args) => {
      try {
        return new constructor(...args);
      } catch (e) {
        rethrowJsAsJava(e);
      }
    };
    imports.teavmJso["arrayOf" + i] = (...items) => items;
  }
`);

const left = /new Function|\beval\s*\(/.exec(runtime);
if (left) {
  throw new Error(`TeaVM's runtime still evaluates strings after the rewrite: "${runtime.slice(left.index, left.index + 80)}" in ${file}`);
}
writeFileSync(file, `// Rewritten by src/build/eval-free-runtime.mjs: no string is evaluated.\n${runtime}`);
