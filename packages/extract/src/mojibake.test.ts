import { describe, expect, it } from 'vitest';
import { Buffer } from 'node:buffer';
import { mayHoldDoubleUtf8, repairDoubleUtf8 } from './mojibake.ts';

/** Text as a page that read its UTF-8 bytes as Latin-1 and wrote them out again would hold it. */
const doubled = (text: string): string => String.fromCharCode(...new TextEncoder().encode(text));

describe('repairDoubleUtf8', () => {
  it('decodes doubly encoded UTF-8 once the page shows several C1 control characters', () => {
    const original = 'A DIY Investor’s Guide — “quoted” and it’s fine';
    expect(repairDoubleUtf8(doubled(original))).toBe(original);
  });

  it('leaves text without the signs alone, Latin-1 letters included', () => {
    expect(repairDoubleUtf8('Café, naïve, Ã©tude, Â» and ’ quotes')).toBe('Café, naïve, Ã©tude, Â» and ’ quotes');
    expect(repairDoubleUtf8(doubled('only one ’ here'))).toBe(doubled('only one ’ here'));
  });

  it('tells from the bytes whether the decoded text shows enough signs to repair', () => {
    expect(mayHoldDoubleUtf8(Buffer.from(doubled('A DIY Investor’s Guide — “quoted” and it’s fine')))).toBe(true);
    expect(mayHoldDoubleUtf8(Buffer.from(doubled('only one ’ here')))).toBe(false);
    const signs = /[\u00c2-\u00f4][\u0080-\u009f]/g;
    const atoms = [[0xc3, 0x82], [0xc3, 0xb4], [0xc3, 0xb5], [0xc3, 0x81], [0xc2, 0x80], [0xc2, 0x9f], [0xc2, 0xa0], [0x41], [0xe2], [0xc3], [0xc2], [0x9f]];
    let seed = 5;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let t = 0; t < 20000; t += 1) {
      const bytes = Buffer.from(Array.from({ length: random(16) }, () => atoms[random(atoms.length)]!).flat());
      expect(mayHoldDoubleUtf8(bytes), bytes.toString('hex')).toBe((bytes.toString('utf8').match(signs)?.length ?? 0) >= 3);
    }
  });
});
