import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './site.mjs';

const script = join(root, 'src/build/eval-free-runtime.mjs');

function rewrite(text) {
  const file = join(mkdtempSync(join(tmpdir(), 'runtime-')), 'runtime.js');
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
  return { status: run.status, stderr: run.stderr, text: readFileSync(file, 'utf8') };
}

test('a runtime whose shape changed stops the build, naming the place, and is left as it was', () => {
  const changed = 'function getGlobalName(name) {\n  return eval(name);\n}\n';
  const run = rewrite(changed);
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /TeaVM's runtime changed shape: cannot find setGlobalName/);
  assert.equal(run.text, changed);
});

/** Bodies as TeaVM hands them over at run time (printed again: braces added, spaces dropped), with a call and its result. */
const AS_TEAVM_PASSES_THEM = [
  [['message', 'field', 'line', 'column', '{return {error:message,field:field,line:line,column:column};}'], ['bad', 'width', 1, 2],
    { error: 'bad', field: 'width', line: 1, column: 2 }],
  [['map', 'name', 'return Object.prototype.hasOwnProperty.call(map,name);'], [{ a: 1 }, 'a'], true],
  [['entry', '{return entry.error===undefined?null:String(entry.error);}'], [{ error: 7 }], '7'],
  [['width', 'height', '{return {width:width,height:height};}'], [3, 4], { width: 3, height: 4 }],
  [['{return {};}'], [], {}],
  [['str', 'return str;'], ['x'], 'x'],
  // A void method's single call, which TeaVM prints with a return in front.
  [['progress', 'step', 'unit', 'done', 'total', 'return progress(step,unit,done,total);'], [(...heard) => heard.join(' '), 'orbit', 'iterations', 1, 2],
    undefined],
];

test('the table of @JSBody bodies, written from the Java sources, finds each body as TeaVM hands it over', async () => {
  const { jsBodyTableSource } = await import(join(root, 'src/build/jsbody-table.mjs'));
  const source = jsBodyTableSource(join(root, 'src/main/java'));
  const { jsBodies, jsBodyKey } = new Function(`${source}; return { jsBodies, jsBodyKey };`)();
  for (const [paramsAndBody, args, expected] of AS_TEAVM_PASSES_THEM) {
    const factory = jsBodies.get(jsBodyKey(paramsAndBody));
    assert.ok(factory, JSON.stringify(paramsAndBody));
    assert.deepEqual(factory(null)(...args), expected, JSON.stringify(paramsAndBody));
  }
});

test('every @JSBody in the Java sources is in the table, and one the reader cannot parse stops the build', async () => {
  const { jsBodiesIn } = await import(join(root, 'src/build/jsbody-table.mjs'));
  const folder = join(root, 'src/main/java');
  const annotations = spawnSync('grep', ['-r', '-c', '@JSBody', folder], { encoding: 'utf8' }).stdout
    .split('\n').filter(Boolean).reduce((sum, line) => sum + Number(line.split(':').pop()), 0);
  assert.ok(annotations >= 15, `${annotations} annotations`);
  assert.equal(jsBodiesIn(folder).length, annotations);
  const odd = mkdtempSync(join(tmpdir(), 'java-'));
  writeFileSync(join(odd, 'Odd.java'), 'class Odd { @JSBody(script = "return 1;", params = {}) static native int one(); }');
  assert.throws(() => jsBodiesIn(odd), /Odd.java has 1 @JSBody annotations, 0 of them in the form params = …, script = "…"/);
});
