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

test('the table of @JSBody bodies is valid JavaScript that builds the functions', async () => {
  const { JSBODY_TABLE_SOURCE } = await import(join(root, 'src/build/jsbody-table.mjs'));
  const jsBodies = new Function(`${JSBODY_TABLE_SOURCE}; return jsBodies;`)();
  const refusal = jsBodies.get('["message","field","line","column","{return {error:message,field:field,line:line,column:column};}"]');
  assert.deepEqual(refusal(null)('bad', 'width', 1, 2), { error: 'bad', field: 'width', line: 1, column: 2 });
  assert.equal(jsBodies.get('["map","name","return Object.prototype.hasOwnProperty.call(map,name);"]')(null)({ a: 1 }, 'a'), true);
});
