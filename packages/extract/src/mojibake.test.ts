import { describe, expect, it } from 'vitest';
import { repairDoubleUtf8 } from './mojibake.ts';

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
});
