import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteModule } from './site.mjs';

const { ZipStore, crc32 } = await siteModule('runtime/zip-store.js');

test('crc32 is the zip checksum', () => {
  assert.equal(crc32(new TextEncoder().encode('The quick brown fox jumps over the lazy dog')), 0x414fa339);
  assert.equal(crc32(new Uint8Array(0)), 0);
});

test('Debian unzip reads the files back, whole and in order', async () => {
  const zip = new ZipStore();
  const first = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
  zip.add('frame-00000.png', first);
  zip.add('frame-00001.png', new TextEncoder().encode('second'));
  const folder = mkdtempSync(join(tmpdir(), 'zip-'));
  const file = join(folder, 'frames.zip');
  writeFileSync(file, new Uint8Array(await zip.blob().arrayBuffer()));
  assert.match(execFileSync('unzip', ['-t', file]).toString(), /No errors detected/);
  assert.match(execFileSync('unzip', ['-l', file]).toString(), /frame-00000\.png[\s\S]*frame-00001\.png/);
  execFileSync('unzip', ['-q', file, '-d', folder]);
  assert.deepEqual(new Uint8Array(readFileSync(join(folder, 'frame-00000.png'))), first);
  assert.equal(readFileSync(join(folder, 'frame-00001.png'), 'utf8'), 'second');
});
