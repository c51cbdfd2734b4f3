// A zip file of files stored as they are (no compression: PNG frames are compressed already), built
// in memory: what a recording without WebCodecs gives, its frames as PNG files in one download.
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of `bytes`, as zip wants it. */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

/** The most files a zip without its 64-bit extension can list. */
export const MAX_FILES = 0xffff;

export class ZipStore {
  constructor() {
    this.parts = [];
    this.entries = [];
    this.offset = 0;
  }

  /** Adds a file `name` (ASCII) holding `bytes` (a Uint8Array). */
  add(name, bytes) {
    const nameBytes = new TextEncoder().encode(name);
    const crc = crc32(bytes);
    const header = new DataView(new ArrayBuffer(30));
    header.setUint32(0, 0x04034b50, true);
    header.setUint16(4, 20, true);
    header.setUint32(14, crc, true);
    header.setUint32(18, bytes.length, true);
    header.setUint32(22, bytes.length, true);
    header.setUint16(26, nameBytes.length, true);
    this.parts.push(new Uint8Array(header.buffer), nameBytes, bytes);
    this.entries.push({ nameBytes, crc, size: bytes.length, offset: this.offset });
    this.offset += 30 + nameBytes.length + bytes.length;
    if (this.offset > 0xffffffff || this.entries.length > MAX_FILES) {
      throw new RangeError(`a zip of stored files holds at most 4 GB and ${MAX_FILES} files`);
    }
  }

  /** The zip file. */
  blob() {
    const central = [];
    let size = 0;
    for (const entry of this.entries) {
      const header = new DataView(new ArrayBuffer(46));
      header.setUint32(0, 0x02014b50, true);
      header.setUint16(4, 20, true);
      header.setUint16(6, 20, true);
      header.setUint32(16, entry.crc, true);
      header.setUint32(20, entry.size, true);
      header.setUint32(24, entry.size, true);
      header.setUint16(28, entry.nameBytes.length, true);
      header.setUint32(42, entry.offset, true);
      central.push(new Uint8Array(header.buffer), entry.nameBytes);
      size += 46 + entry.nameBytes.length;
    }
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, this.entries.length, true);
    end.setUint16(10, this.entries.length, true);
    end.setUint32(12, size, true);
    end.setUint32(16, this.offset, true);
    return new Blob([...this.parts, ...central, new Uint8Array(end.buffer)], { type: 'application/zip' });
  }
}
