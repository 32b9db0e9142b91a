import { describe, expect, it } from 'vitest';
import { read } from './__fixtures__/probe-kit.ts';
import { post, probes, zh } from './__fixtures__/forum-engine-probes.ts';

// Session 20 forums pass: one thread page per forum engine (__fixtures__/forum-engine-probes.ts), each post's text read and
// none of the engine's chrome around it. What a probe still reads (its `left` list) is written down in docs/extraction-history.md (the forum passes of sessions 19–20).
const texts: Record<string, string[]> = { stackexchange: [0, 1, 2, 3].map(post), question2answer: [0, 1, 2, 3].map(post), discuz: [1, 2, 3, 4].map(zh) };

describe('forum engines: every post read, none of the chrome', () => {
  for (const [engine, probe] of Object.entries(probes)) {
    it(engine, () => {
      const r = read(probe.html, probe.url);
      const missing = (texts[engine] ?? [1, 2, 3, 4].map(post)).filter((t) => !r.contentText.includes(t));
      const kept = probe.chrome.filter((c) => r.contentText.includes(c));
      expect({ missing: missing.map((t) => t.slice(0, 12)), kept }).toEqual({ missing: [], kept: [] });
    });
  }
});

describe('forum engines: the rules one by one', () => {
  it('XenForo 1: drops "alice and bob like this." under each post', () => {
    const r = read(probes.xenforo1!.html, probes.xenforo1!.url);
    expect(r.contentText).toContain(post(4));
    expect(r.contentText).not.toContain('like this');
  });

  it('vBulletin 4: drops the thread information box (its heading, "Users Browsing this Thread" and its count) though it holds the page\'s only <p>', () => {
    const r = read(probes.vbulletin4!.html, probes.vbulletin4!.url);
    expect(r.contentText).toContain(post(4));
    for (const chrome of ['Thread Information', 'Users Browsing this Thread', 'There are currently 1 users browsing this thread'])
      expect(r.contentText).not.toContain(chrome);
  });

  it("SMF 2.0: drops the poster's membergroup, postgroup, karma and signature on a page with no <p> at all", () => {
    const html = probes.smf20!.html;
    expect(html).not.toMatch(/<p[\s>]/);
    const r = read(html, probes.smf20!.url);
    expect(r.contentText).toContain(post(1));
    for (const chrome of ['Global Moderator', 'Hero Member', 'Karma: +5/-0', 'Ryzen 5']) expect(r.contentText).not.toContain(chrome);
    expect(r.blocks).toContain('fanman');
  });

  it('SMF 2.1: drops the card\'s membergroup, postgroup and the guest\'s "Logged" line (`li.poster_ip`), in any language', () => {
    const german = probes.smf21!.html.replace(/>Logged</g, '>Gespeichert<');
    const r = read(german, probes.smf21!.url);
    expect(r.contentText).toContain(post(2));
    for (const chrome of ['Global Moderator', 'Hero Member', 'Gespeichert']) expect(r.contentText).not.toContain(chrome);
  });

  it('FluxBB: drops the signature (`div.postsignature`); PunBB: drops it too (`div.sig-content`)', () => {
    expect(read(probes.fluxbb!.html, probes.fluxbb!.url).contentText).not.toContain('Ryzen 5');
    const punbb = probes.fluxbb!.html.replace(
      /<div class="postsignature postmsg"><hr>(<p>.*?<\/p>)<\/div>/g,
      '<div class="sig-content"><span class="sig-line"><!-- --></span>$1</div>',
    );
    expect(punbb).toContain('sig-content');
    const r = read(punbb, probes.fluxbb!.url);
    expect(r.contentText).toContain(post(3));
    expect(r.contentText).not.toContain('Ryzen 5');
  });

  it('Invision Community 4: reads neither the guest prompt under the thread nor "Recently Browsing"', () => {
    const r = read(probes.invision4!.html, probes.invision4!.url);
    expect(r.contentText).toContain(post(4));
    for (const chrome of ['Create an account or sign in to comment', 'in order to leave a comment', 'Recently Browsing'])
      expect(r.contentText).not.toContain(chrome);
  });

  it('MyBB: drops the "Find" and "Reply Report" buttons under each post', () => {
    const r = read(probes.mybb!.html, probes.mybb!.url);
    expect(r.contentText).toContain(post(4));
    expect(r.blocks).not.toContain('Find');
    expect(r.blocks).not.toContain('Reply Report');
  });

  it('Question2Answer: reads the question and the answers each wrapped in its own form (`form` > `qa-post-content`), without the side panel', () => {
    const r = read(probes.question2answer!.html, probes.question2answer!.url);
    for (const n of [0, 1, 2, 3]) expect(r.contentText).toContain(post(n));
    for (const chrome of ['Related questions', 'Powered by Question2Answer', '+3 votes', '(5.6k points)']) expect(r.contentText).not.toContain(chrome);
  });

  it("MyBB: drops each poster's signature though the thread sits in a layout table's cell (`td#posts_container`)", () => {
    const r = read(probes.mybb!.html, probes.mybb!.url);
    expect(r.contentText).toContain(post(4));
    expect(r.contentText).not.toContain('Ryzen 5');
  });

  it("keeps the class words of a data table's cells unread elsewhere (a `signature` column of a table)", () => {
    const rows = [1, 2, 3].map((n) => `<tr><td>${n}</td><td><div class="signature">${post(n)}</div></td></tr>`).join('');
    const html = `<html><head><title>Signatures</title></head><body><article><h1>Signatures</h1><p>${post(9)}</p><table><tr><th>#</th><th>Signature</th></tr>${rows}</table></article></body></html>`;
    const r = read(html, 'https://example.com/a');
    for (const n of [1, 2, 3]) expect(r.contentText).toContain(post(n));
  });

  it('vBulletin 3: drops the signature after the post, an unmarked <div> opening with "__________________"', () => {
    const r = read(probes.vbulletin3!.html, probes.vbulletin3!.url);
    expect(r.contentText).toContain(post(4));
    expect(r.contentText).not.toContain('Ryzen 5');
    expect(r.contentText).not.toContain('__________');
  });

  it('keeps a rule of underscores that follows no post text (`div#post_message_N`)', () => {
    const html = `<html><head><title>Notes</title></head><body><article><h1>Notes</h1><p>${post(1)}</p><div>__________________<br>${post(2)}</div><p>${post(3)}</p></article></body></html>`;
    expect(read(html, 'https://example.com/a').contentText).toContain(post(2));
  });
});
