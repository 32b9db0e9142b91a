import { validateSource } from '@feedwright/core/config.ts';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderAdminPage, type AdminPageData } from './admin-page.ts';

const checked = validateSource({
  id: 'gazette',
  name: 'The <Gazette>',
  site: 'https://gazette.example/',
  discover: [{ feed: 'https://gazette.example/atom.xml' }],
});
if (!checked.ok) throw new Error('bad fixture');

const data = (overrides: Partial<AdminPageData> = {}): AdminPageData => ({
  publicUrl: 'https://fw.example',
  formToken: 'tok"en',
  sources: [
    { source: { config: checked.source, origin: 'api', paused: false, addedAt: '2026-02-05T00:00:00Z', updatedAt: null }, health: undefined, recent: [] },
  ],
  invalid: [],
  subscriptions: [],
  now: new Date('2026-02-05T01:00:00Z'),
  ...overrides,
});

describe('renderAdminPage', () => {
  it('escapes what sites and operators wrote, and carries the form token in every form', () => {
    const { document } = parseHTML(renderAdminPage(data()));
    expect(document.querySelector('#source-gazette-name')!.textContent).toContain('The <Gazette>');
    const forms = [...document.querySelectorAll('form[method=post]')];
    expect(forms.length).toBeGreaterThanOrEqual(3);
    for (const form of forms) expect(form.querySelector('input[name=token]')!.getAttribute('value')).toBe('tok"en');
    expect(document.querySelectorAll('#source-gazette form[action="/admin/sources/gazette/pause"]').length).toBe(1);
    expect(document.querySelectorAll('#source-gazette a[href="https://fw.example/feeds/gazette.atom"]').length).toBe(1);
  });

  it('labels every field and shows a failed preview as a coded alert', () => {
    const { document } = parseHTML(
      renderAdminPage(
        data({ preview: { url: 'https://x.example/', id: '', inspection: null, error: { code: 'DISCOVER_NOTHING_FOUND', message: 'nothing <here>' } } }),
      ),
    );
    for (const input of document.querySelectorAll('input:not([type=hidden])'))
      expect(document.querySelectorAll(`label[for="${input.getAttribute('id')}"]`).length).toBe(1);
    expect(document.querySelector('#preview [role=alert]')!.textContent).toBe('DISCOVER_NOTHING_FOUND: nothing <here>');
    expect(document.querySelector('#site-url')!.getAttribute('value')).toBe('https://x.example/');
  });

  it('offers no delete for a source from feedwright.yaml', () => {
    const { document } = parseHTML(
      renderAdminPage(
        data({
          sources: [{ source: { config: checked.source, origin: 'yaml', paused: true, addedAt: null, updatedAt: null }, health: undefined, recent: [] }],
        }),
      ),
    );
    expect(document.querySelectorAll('#source-gazette form[action$="/delete"]').length).toBe(0);
    expect(document.querySelectorAll('#source-gazette form[action$="/resume"]').length).toBe(1);
    expect(document.querySelector('#source-gazette .pill')!.textContent).toBe('paused');
  });
});
