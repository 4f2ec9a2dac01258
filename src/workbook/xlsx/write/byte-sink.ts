/**
 * UTF-8 bytes written from many small strings and handed on a chunk at a time. A generated
 * sheet of a 100,000-line budget is about 100 MB of XML: held as one string it is a rope of
 * millions of pieces, flattened and then encoded again; held as bytes it is still 100 MB of
 * fresh memory, and touching fresh memory is what costs most on a small machine. The sink
 * writes into one buffer of CHUNK bytes and gives it to its consumer each time it fills (the
 * consumer deflates it), then writes over it again.
 */
const encoder = new TextEncoder();
export const CHUNK = 1 << 20;

export class ByteSink {
  private readonly chunk = new Uint8Array(CHUNK);
  private at = 0;
  private total = 0;

  /** `consume` gets each full chunk, and the last one at `end()`; the chunk is reused once it returns. */
  constructor(private readonly consume: (chunk: Uint8Array, last: boolean) => void) {}

  /**
   * Appends text known to be ASCII (markup, references, numbers), a byte a character.
   * Anything else goes through `text`.
   */
  ascii(s: string): void {
    const n = s.length;
    if (this.at + n > CHUNK) {
      if (n > CHUNK) return this.text(s);
      this.flush();
    }
    const chunk = this.chunk;
    let at = this.at;
    for (let i = 0; i < n; i++) chunk[at++] = s.charCodeAt(i);
    this.at = at;
  }

  /** Appends any text as UTF-8. */
  text(s: string): void {
    const n = s.length;
    let ascii = true;
    for (let i = 0; i < n; i++) {
      if (s.charCodeAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      for (let from = 0; from < n; from += CHUNK) this.ascii(from === 0 && n <= CHUNK ? s : s.slice(from, from + CHUNK));
      return;
    }
    // UTF-8 takes at most 3 bytes for each UTF-16 unit (a surrogate pair's 4 bytes are 2 units).
    if (n * 3 > CHUNK - this.at) return this.bytes(encoder.encode(s));
    this.at += encoder.encodeInto(s, this.chunk.subarray(this.at)).written;
  }

  /** Appends bytes as they are. */
  bytes(b: Uint8Array): void {
    let from = 0;
    while (from < b.length) {
      if (this.at === CHUNK) this.flush();
      const take = Math.min(CHUNK - this.at, b.length - from);
      this.chunk.set(b.subarray(from, from + take), this.at);
      this.at += take;
      from += take;
    }
  }

  /** Bytes written so far. */
  get length(): number {
    return this.total + this.at;
  }

  /** Hands on what is left; nothing may be written after. */
  end(): void {
    this.total += this.at;
    this.consume(this.chunk.subarray(0, this.at), true);
    this.at = 0;
  }

  private flush(): void {
    this.total += this.at;
    this.consume(this.chunk.subarray(0, this.at), false);
    this.at = 0;
  }
}

/** Pieces of bytes joined into one array (the piece itself when there is only one). */
export function concatBytes(pieces: ReadonlyArray<Uint8Array>): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
