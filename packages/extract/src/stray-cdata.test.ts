import { describe, expect, it } from 'vitest';
import { seededRandom } from '@feedwright/core/testing/seeded-random.ts';
import { dropStrayCdata, mayNeedWholeText } from './stray-cdata.ts';

const CDATA = '<![CDATA[';

/** The two passes mayNeedWholeText replaces: a search for the marker (within a piece, across each cut) and a count of the `<`s. */
function reference(pieces: readonly string[], tagLimit: number): boolean {
  for (let i = 0; i < pieces.length; i += 1) {
    if (pieces[i]!.includes(CDATA)) return true;
    if (i > 0 && (pieces[i - 1]!.slice(-(CDATA.length - 1)) + pieces[i]!.slice(0, CDATA.length - 1)).includes(CDATA)) return true;
  }
  return pieces.join('').split('<').length - 1 > tagLimit;
}

describe('mayNeedWholeText', () => {
  it('answers as the marker search and the tag count it replaces, markers cut anywhere', () => {
    const atoms = ['<', '!', '[', 'CDATA', '<![CDATA[', '<![CD', 'ATA[', 'a', ' ', '<b>', ']]>', '>'];
    const random = seededRandom(7);
    for (let run = 0; run < 20000; run += 1) {
      let text = '';
      for (let i = random(30); i > 0; i -= 1) text += atoms[random(atoms.length)];
      const pieces: string[] = [];
      for (let at = 0; at < text.length;) {
        const size = 1 + random(10);
        pieces.push(text.slice(at, at + size));
        at += size;
      }
      const tagLimit = random(12);
      expect(mayNeedWholeText(pieces, tagLimit), JSON.stringify({ pieces, tagLimit })).toBe(reference(pieces, tagLimit));
    }
  });

  it('finds a marker split between two pieces', () => {
    expect(mayNeedWholeText(['<p>a<![CD', 'ATA[b]]>'], 100)).toBe(true);
    expect(mayNeedWholeText(['<p>a<![CD', 'AT'], 100)).toBe(false);
  });
});

describe('dropStrayCdata', () => {
  it('cuts a CDATA marker outside scripts up to the first >', () => {
    expect(dropStrayCdata('<p>a<![CDATA[x>b</p><script>"<![CDATA[y>"</script>')).toBe('<p>ab</p><script>"<![CDATA[y>"</script>');
  });
});
