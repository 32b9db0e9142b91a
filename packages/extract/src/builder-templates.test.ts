import { describe, expect, it } from 'vitest';
import { en, read } from './__fixtures__/probe-kit.ts';

// Session 21 services pass: page builders' accordions, written from each builder's saved markup (Elementor's accordion, toggle and
// nested accordion, Divi's toggles, WPBakery's accordion and tabs, Beaver Builder, Kadence, Gutenberg's details block, Yoast's FAQ
// block, Squarespace, HubSpot, GenerateBlocks, Spectra on Astra, Avada, Webflow's tabs). A service page's FAQ answers and tab panels are
// collapsed until a reader opens them: they are read, and the site's header and footer are not. What the probes pin is the
// behaviour the dev golds agree on (answers kept); where the golds split (the questions of toggles whose title is a link or a
// button in a heading), the probes assert nothing.
const hdr =
  '<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/services/">Services</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>';
const ftr = '<footer class="site-footer"><p>© 2025 Acme Plumbing. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li></ul></footer>';
const q = (n: number) => `How long does repair number ${n} usually take?`;
const a = (n: number) => `Answer ${n}: most repairs are finished within a day, and our technicians call ahead before they arrive at your home.`;
const feat = (n: number) => `Feature ${n} text describes the service in a sentence or two so that it reads as real prose with a full stop.`;
const BUILDERS: Record<string, string> = {
  elementor: `<div class="elementor elementor-12"><section class="elementor-section"><div class="elementor-container"><div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title">Drain Cleaning Services</h1></div></div><div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container"><p>${en(1)}</p></div></div><div class="elementor-widget elementor-widget-button"><a class="elementor-button" href="/book"><span class="elementor-button-text">Book Now</span></a></div></div></section>
<section class="elementor-section"><div class="elementor-widget elementor-widget-icon-box"><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title">Fast</h3><p class="elementor-icon-box-description">${feat(1)}</p></div></div><div class="elementor-widget elementor-widget-icon-box"><div class="elementor-icon-box-content"><h3 class="elementor-icon-box-title">Clean</h3><p class="elementor-icon-box-description">${feat(2)}</p></div></div></section>
<section class="elementor-section"><div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">Frequently Asked Questions</h2></div><div class="elementor-widget elementor-widget-accordion"><div class="elementor-accordion" role="tablist">${[1, 2, 3].map((n) => `<div class="elementor-accordion-item"><div id="elementor-tab-title-${n}" class="elementor-tab-title" data-tab="${n}" role="tab" aria-controls="elementor-tab-content-${n}" aria-expanded="false"><span class="elementor-accordion-icon"></span><a class="elementor-accordion-title" href="">${q(n)}</a></div><div id="elementor-tab-content-${n}" class="elementor-tab-content elementor-clearfix" data-tab="${n}" role="tabpanel" aria-labelledby="elementor-tab-title-${n}"><p>${a(n)}</p></div></div>`).join('')}</div></div></section></div>`,
  elementorToggle: `<div class="elementor"><div class="elementor-widget-container"><h1>Drain Cleaning Services</h1><p>${en(1)}</p><p>${en(2)}</p><h2>FAQ</h2><div class="elementor-toggle" role="tablist">${[1, 2, 3].map((n) => `<div class="elementor-toggle-item"><div id="elementor-tab-title-${n}" class="elementor-tab-title" role="tab" aria-controls="elementor-tab-content-${n}" aria-expanded="false"><a class="elementor-toggle-title" href="">${q(n)}</a></div><div id="elementor-tab-content-${n}" class="elementor-tab-content elementor-clearfix" role="tabpanel" aria-labelledby="elementor-tab-title-${n}" style="display:none"><p>${a(n)}</p></div></div>`).join('')}</div></div></div>`,
  elementorNested: `<div class="elementor"><div class="elementor-widget-container"><h1>Drain Cleaning Services</h1><p>${en(1)}</p><p>${en(2)}</p><h2>FAQ</h2><div class="e-n-accordion">${[1, 2, 3].map((n) => `<details class="e-n-accordion-item"><summary class="e-n-accordion-item-title" aria-expanded="false"><span class="e-n-accordion-item-title-text">${q(n)}</span></summary><div role="region" class="e-con"><div class="elementor-widget-text-editor"><p>${a(n)}</p></div></div></details>`).join('')}</div></div></div>`,
  divi: `<div id="et-main-area"><div id="main-content"><div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content"><div class="et_pb_section et_pb_section_0"><div class="et_pb_row"><div class="et_pb_column"><div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><h1>Drain Cleaning Services</h1><p>${en(1)}</p></div></div><div class="et_pb_button_module_wrapper"><a class="et_pb_button" href="/book">Book Now</a></div></div></div></div>
<div class="et_pb_section"><div class="et_pb_row"><div class="et_pb_module et_pb_blurb"><div class="et_pb_blurb_content"><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span>Fast</span></h4><div class="et_pb_blurb_description"><p>${feat(1)}</p></div></div></div></div><div class="et_pb_module et_pb_blurb"><div class="et_pb_blurb_content"><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><span>Clean</span></h4><div class="et_pb_blurb_description"><p>${feat(2)}</p></div></div></div></div></div></div>
<div class="et_pb_section"><div class="et_pb_row"><h2>Frequently Asked Questions</h2><div class="et_pb_module et_pb_accordion">${[1, 2, 3].map((n) => `<div class="et_pb_module et_pb_toggle et_pb_accordion_item ${n === 1 ? 'et_pb_toggle_open' : 'et_pb_toggle_close'}"><h5 class="et_pb_toggle_title">${q(n)}</h5><div class="et_pb_toggle_content clearfix"><p>${a(n)}</p></div></div>`).join('')}</div>
<div class="et_pb_module et_pb_testimonial"><div class="et_pb_testimonial_description"><div class="et_pb_testimonial_description_inner"><div class="et_pb_testimonial_content"><p>They came the same day and fixed everything quickly.</p></div></div><span class="et_pb_testimonial_author">Jane Smith</span></div></div></div></div></div></div></div></div></div>`,
  wpbakery: `<div class="entry-content"><div class="vc_row wpb_row vc_row-fluid"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper"><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper"><h1>Drain Cleaning Services</h1><p>${en(1)}</p><p>${en(2)}</p></div></div>
<div class="vc_tta-container" data-vc-action="collapse"><div class="vc_general vc_tta vc_tta-accordion vc_tta-color-grey vc_tta-style-classic"><div class="vc_tta-panels-container"><div class="vc_tta-panels">${[1, 2, 3].map((n) => `<div class="vc_tta-panel${n === 1 ? ' vc_active' : ''}" id="faq-${n}" data-vc-content=".vc_tta-panel-body"><div class="vc_tta-panel-heading"><h4 class="vc_tta-panel-title"><a href="#faq-${n}" data-vc-accordion data-vc-container=".vc_tta-container"><span class="vc_tta-title-text">${q(n)}</span></a></h4></div><div class="vc_tta-panel-body"><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper"><p>${a(n)}</p></div></div></div></div>`).join('')}</div></div></div></div></div></div></div></div></div>`,
  wpbakeryTabs: `<div class="entry-content"><div class="wpb_wrapper"><h1>Drain Cleaning Services</h1><p>${en(1)}</p><p>${en(2)}</p><div class="vc_tta-container"><div class="vc_general vc_tta vc_tta-tabs"><div class="vc_tta-tabs-container"><ul class="vc_tta-tabs-list">${[1, 2, 3].map((n) => `<li class="vc_tta-tab${n === 1 ? ' vc_active' : ''}"><a href="#tab-${n}"><span class="vc_tta-title-text">Plan ${n}</span></a></li>`).join('')}</ul></div><div class="vc_tta-panels-container"><div class="vc_tta-panels">${[1, 2, 3].map((n) => `<div class="vc_tta-panel${n === 1 ? ' vc_active' : ''}" id="tab-${n}"><div class="vc_tta-panel-heading"><h4 class="vc_tta-panel-title"><a href="#tab-${n}"><span class="vc_tta-title-text">Plan ${n}</span></a></h4></div><div class="vc_tta-panel-body"><p>${a(n)}</p></div></div>`).join('')}</div></div></div></div></div></div>`,
  beaver: `<div class="fl-builder-content"><div class="fl-row"><div class="fl-row-content-wrap"><div class="fl-module fl-module-heading"><div class="fl-module-content"><h1 class="fl-heading"><span class="fl-heading-text">Drain Cleaning Services</span></h1></div></div><div class="fl-module fl-module-rich-text"><div class="fl-module-content"><div class="fl-rich-text"><p>${en(1)}</p><p>${en(2)}</p></div></div></div>
<div class="fl-module fl-module-accordion"><div class="fl-module-content"><div class="fl-accordion fl-accordion-small" role="tablist">${[1, 2, 3].map((n) => `<div class="fl-accordion-item"><div class="fl-accordion-button" id="fl-accordion-${n}-tab" aria-selected="false" aria-controls="fl-accordion-${n}-panel" aria-expanded="false" role="tab" tabindex="0"><a href="#" class="fl-accordion-button-label">${q(n)}</a><a href="#" class="fl-accordion-button-icon"><i class="fl-accordion-button-icon fas fa-plus"></i></a></div><div class="fl-accordion-content fl-clearfix" id="fl-accordion-${n}-panel" aria-labelledby="fl-accordion-${n}-tab" aria-hidden="true" role="tabpanel" aria-live="polite"><p>${a(n)}</p></div></div>`).join('')}</div></div></div></div></div></div>`,
  kadence: `<div class="entry-content single-content"><h1 class="wp-block-heading">Drain Cleaning Services</h1><p>${en(1)}</p><p>${en(2)}</p><div class="wp-block-kadence-accordion alignnone"><div class="kt-accordion-wrap kt-accordion-id_1 kt-accordion-has-3-panes kt-active-pane-0"><div class="kt-accordion-inner-wrap" data-allow-multiple-open="false" data-start-open="none">${[1, 2, 3].map((n) => `<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-${n}"><h3 class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header kt-acccordion-button-label-show" type="button"><span class="kt-blocks-accordion-title-wrap"><span class="kt-blocks-accordion-title">${q(n)}</span></span><span class="kt-blocks-accordion-icon-trigger"></span></button></h3><div class="kt-accordion-panel kt-accordion-panel-hidden"><div class="kt-accordion-panel-inner"><p>${a(n)}</p></div></div></div>`).join('')}</div></div></div></div>`,
  gutenbergDetails: `<div class="entry-content"><h1>Drain Cleaning Services</h1><p>${en(1)}</p><p>${en(2)}</p><h2 class="wp-block-heading">FAQ</h2>${[1, 2, 3].map((n) => `<details class="wp-block-details"><summary>${q(n)}</summary><p>${a(n)}</p></details>`).join('')}</div>`,
  yoastFaq: `<div class="entry-content"><h1>Drain Cleaning Services</h1><p>${en(1)}</p><p>${en(2)}</p><div class="schema-faq wp-block-yoast-faq-block">${[1, 2, 3].map((n) => `<div class="schema-faq-section" id="faq-question-${n}"><strong class="schema-faq-question">${q(n)}</strong> <p class="schema-faq-answer">${a(n)}</p></div>`).join('')}</div></div>`,
  webflow: `<div class="section hero"><div class="w-container"><h1 class="heading">Drain Cleaning Services</h1><p class="paragraph">${en(1)}</p><a href="/book" class="button w-button">Book Now</a></div></div><div class="section"><div class="w-layout-grid grid"><div class="feature"><h3>Fast</h3><p>${feat(1)}</p></div><div class="feature"><h3>Clean</h3><p>${feat(2)}</p></div></div></div>
<div class="section faq"><h2>Frequently asked questions</h2>${[1, 2, 3].map((n) => `<div data-hover="false" data-delay="0" class="faq-item w-dropdown"><div class="faq-question w-dropdown-toggle" id="w-dropdown-toggle-${n}" aria-controls="w-dropdown-list-${n}" aria-haspopup="menu" aria-expanded="false" role="button" tabindex="0"><div class="w-icon-dropdown-toggle"></div><div>${q(n)}</div></div><nav class="faq-answer w-dropdown-list" id="w-dropdown-list-${n}" aria-labelledby="w-dropdown-toggle-${n}"><p>${a(n)}</p></nav></div>`).join('')}</div>
<div class="section"><div data-current="Tab 1" class="w-tabs"><div class="w-tab-menu" role="tablist">${[1, 2, 3].map((n) => `<a data-w-tab="Tab ${n}" class="w-inline-block w-tab-link${n === 1 ? ' w--current' : ''}" role="tab"><div>Plan ${n}</div></a>`).join('')}</div><div class="w-tab-content">${[1, 2, 3].map((n) => `<div data-w-tab="Tab ${n}" class="w-tab-pane${n === 1 ? ' w--tab-active' : ''}" role="tabpanel"><p>${feat(n + 3)}</p></div>`).join('')}</div></div></div>`,
  squarespace: `<main id="page"><article class="sections"><section class="page-section"><div class="content-wrapper"><div class="sqs-layout sqs-grid-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><div class="sqs-html-content"><h1>Drain Cleaning Services</h1><p>${en(1)}</p><p>${en(2)}</p></div></div></div>
<div class="sqs-block accordion-block sqs-block-accordion"><div class="sqs-block-content"><ul class="accordion-items-container" data-should-allow-multiple-open-items="">${[1, 2, 3].map((n) => `<li class="accordion-item"><h4 class="accordion-item__title-wrapper" role="heading" aria-level="3"><button class="accordion-item__click-target" aria-expanded="false" aria-controls="accordion-${n}" id="button-${n}"><span class="accordion-item__title">${q(n)}</span><div class="accordion-icon-container"></div></button></h4><div class="accordion-item__dropdown" role="region" aria-labelledby="button-${n}" id="accordion-${n}"><div class="accordion-item__description"><p>${a(n)}</p></div></div></li>`).join('')}</ul></div></div></div></div></section></article></main>`,
  hubspot: `<main id="main-content" class="body-container-wrapper"><div class="body-container"><div class="row-fluid-wrapper"><div class="row-fluid"><div class="span12 widget-span widget-type-cell dnd-section"><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module"><h1>Drain Cleaning Services</h1><p>${en(1)}</p><p>${en(2)}</p></div>
<div class="hs_cos_wrapper hs_cos_wrapper_widget"><div class="accordion"><h2>FAQ</h2>${[1, 2, 3].map((n) => `<div class="accordion_group"><button class="accordion_header" aria-expanded="false">${q(n)}</button><div class="accordion_content" hidden><p>${a(n)}</p></div></div>`).join('')}</div></div></div></div></div></div></main>`,
  generatepressGB: `<main class="site-main"><article><div class="entry-content"><div class="gb-container gb-container-1"><div class="gb-inside-container"><h1 class="gb-headline gb-headline-1 gb-headline-text">Drain Cleaning Services</h1><p>${en(1)}</p><p>${en(2)}</p><div class="gb-accordion">${[1, 2, 3].map((n) => `<div class="gb-accordion__item"><button class="gb-accordion__toggle" aria-expanded="false" aria-controls="gb-acc-${n}">${q(n)}</button><div class="gb-accordion__content" id="gb-acc-${n}"><p>${a(n)}</p></div></div>`).join('')}</div></div></div></div></article></main>`,
  astraSpectra: `<div id="primary" class="content-area primary"><main id="main" class="site-main"><article class="page type-page ast-article-single"><div class="entry-content clear"><h1>Drain Cleaning Services</h1><p>${en(1)}</p><p>${en(2)}</p><div class="wp-block-uagb-faq uagb-faq__outer-wrap uagb-faq-layout-accordion">${[1, 2, 3].map((n) => `<div class="wp-block-uagb-faq-child uagb-faq-child__outer-wrap"><div class="uagb-faq-child__wrapper"><div class="uagb-faq-item" role="tab" tabindex="0"><div class="uagb-faq-questions-button uagb-faq-questions"><span class="uagb-question">${q(n)}</span></div><div class="uagb-faq-content"><p>${a(n)}</p></div></div></div></div>`).join('')}</div></div></article></main></div>`,
  avada: `<main id="main"><div class="fusion-fullwidth fullwidth-box"><div class="fusion-builder-row fusion-row"><div class="fusion-layout-column"><div class="fusion-column-wrapper"><div class="fusion-title title"><h1 class="title-heading-left">Drain Cleaning Services</h1></div><div class="fusion-text"><p>${en(1)}</p><p>${en(2)}</p></div><div class="accordian fusion-accordian"><div class="panel-group fusion-toggle-icon-boxed" id="accordion-1">${[1, 2, 3].map((n) => `<div class="fusion-panel panel-default"><div class="panel-heading"><h4 class="panel-title toggle"><a aria-expanded="false" aria-controls="p${n}" role="button" data-toggle="collapse" data-parent="#accordion-1" data-target="#p${n}" href="#p${n}"><span class="fusion-toggle-heading">${q(n)}</span></a></h4></div><div id="p${n}" class="panel-collapse collapse"><div class="panel-body toggle-content fusion-clearfix"><p>${a(n)}</p></div></div></div>`).join('')}</div></div></div></div></div></div></main>`,
  wix: `<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><section class="wixui-section"><div data-testid="richTextElement" class="wixui-rich-text"><h1 class="font_0 wixui-rich-text__text">Drain Cleaning Services</h1></div><div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8 wixui-rich-text__text">${en(1)}</p></div><div data-testid="richTextElement" class="wixui-rich-text"><p class="font_8 wixui-rich-text__text">${en(2)}</p></div><a data-testid="linkElement" class="wixui-button"><span class="wixui-button__label">Book Now</span></a></section></div></main>`,
};

const page = (body: string) => `<html lang="en"><head><title>Drain Cleaning Services | Acme Plumbing</title></head><body>${hdr}${body}${ftr}</body></html>`;

describe('builder templates: collapsed accordion answers and tab panels on service pages', () => {
  for (const [builder, body] of Object.entries(BUILDERS)) {
    if (builder === 'wix') continue;
    it(builder, () => {
      const { blocks, contentText } = read(page(body), 'https://acme-plumbing.example/drain-cleaning/');
      expect(blocks[0]).toBe(en(1));
      if (builder === 'webflow') {
        // Webflow's dropdown is its menu component (a <nav> list): the FAQ built from it is read as a menu, as on the dev pages,
        // where every w-dropdown but one is a site menu. Its tab panes are read.
        for (const n of [4, 5, 6]) expect(blocks).toContain(feat(n));
      } else {
        for (const n of [1, 2, 3]) expect(blocks).toContain(a(n));
      }
      expect(contentText).not.toMatch(/All rights reserved|Privacy/);
    });
  }

  it("wix: the rich-text elements' prose is read, the button is not", () => {
    const { blocks } = read(page(BUILDERS.wix!), 'https://acme-plumbing.example/drain-cleaning/');
    expect(blocks).toEqual([en(1), en(2)]);
  });
});

describe("builder templates: a quotation's figure names its speaker", () => {
  const quote = (n: number) => `Review ${n}: the classes were calm and friendly, and I left every session feeling stronger than when I arrived there.`;
  // Squarespace's quote block, the HTML standard's pattern for a quotation's attribution.
  const sqsQuote = (n: number) =>
    `<div class="sqs-block quote-block sqs-block-quote"><div class="sqs-block-content"><figure class="block-animation-none"><blockquote data-animation-role="quote"><span>“</span>${quote(n)}<span>”</span></blockquote><figcaption class="source">— Customer ${n}</figcaption></figure></div></div>`;

  it("reads the figcaption under a testimonial's <blockquote> on a page that is not an article (Squarespace's quote block)", () => {
    const html = page(
      `<main id="page"><article class="sections"><section class="page-section"><div class="sqs-layout"><div class="sqs-block html-block"><div class="sqs-html-content"><h1>Reviews</h1><p>${en(1)}</p></div></div>${[1, 2, 3].map(sqsQuote).join('')}</div></section></article></main>`,
    );
    const { blocks } = read(html, 'https://yoga.example/reviews');
    for (const n of [1, 2, 3]) {
      expect(blocks).toContain(`“${quote(n)}”`);
      expect(blocks).toContain(`— Customer ${n}`);
    }
  });

  it("leaves a pull quote's credit out, named so by its class, as on an article", () => {
    const pull =
      '<figure class="pull-quote"><blockquote class="pull-quote__blockquote">The right tool should match how customers actually buy, not how a demo was presented.</blockquote>' +
      '<figcaption class="pull-quote__attribution"><cite>Ben Example</cite> <div>Founder, Example Digital</div></figcaption></figure>';
    const html = page(`<div class="post-body"><h1>Choosing a tool</h1><p>${en(1)}</p>${pull}<p>${en(2)}</p><p>${en(3)}</p></div>`);
    const { blocks, contentText } = read(html, 'https://example.com/blog/choosing-a-tool');
    expect(blocks).toContain('The right tool should match how customers actually buy, not how a demo was presented.');
    expect(contentText).not.toContain('Ben Example');
  });
});

describe('builder templates: tab widgets read each tab once', () => {
  // Elementor's tabs widget writes every title twice (a desktop row of tabs and a phone title before each panel); Divi writes its
  // tab row as a list of links. Each panel is read, and a tab's name at most once.
  const TABS: Record<string, string> = {
    elementorTabs: `<div class="elementor-widget elementor-widget-tabs"><div class="elementor-widget-container"><div class="elementor-tabs"><div class="elementor-tabs-wrapper" role="tablist">${[1, 2, 3].map((n) => `<div id="elementor-tab-title-${n}" class="elementor-tab-title elementor-tab-desktop-title${n === 1 ? ' elementor-active' : ''}" aria-selected="${n === 1}" data-tab="${n}" role="tab" tabindex="0" aria-controls="elementor-tab-content-${n}" aria-expanded="false">Plan ${n}</div>`).join('')}</div><div class="elementor-tabs-content-wrapper" role="tablist" aria-orientation="vertical">${[1, 2, 3].map((n) => `<div class="elementor-tab-title elementor-tab-mobile-title" aria-selected="${n === 1}" data-tab="${n}" role="tab" tabindex="0" aria-controls="elementor-tab-content-${n}" aria-expanded="false">Plan ${n}</div><div id="elementor-tab-content-${n}" class="elementor-tab-content elementor-clearfix" data-tab="${n}" role="tabpanel" aria-labelledby="elementor-tab-title-${n}" tabindex="0"${n === 1 ? '' : ' hidden="hidden"'}><p>${a(n)}</p></div>`).join('')}</div></div></div></div>`,
    diviTabs: `<div class="et_pb_module et_pb_tabs"><ul class="et_pb_tabs_controls clearfix">${[1, 2, 3].map((n) => `<li class="et_pb_tab_${n}${n === 1 ? ' et_pb_tab_active' : ''}"><a href="#">Plan ${n}</a></li>`).join('')}</ul><div class="et_pb_all_tabs">${[1, 2, 3].map((n) => `<div class="et_pb_tab et_pb_tab_${n} clearfix${n === 1 ? ' et_pb_active_content' : ''}"><div class="et_pb_tab_content"><p>${a(n)}</p></div></div>`).join('')}</div></div>`,
  };
  for (const [builder, body] of Object.entries(TABS)) {
    it(builder, () => {
      const html = page(`<main><div class="entry-content"><h1>Drain Cleaning</h1><p>${en(1)}</p><p>${en(2)}</p><h2>Our plans</h2>${body}</div></main>`);
      const { blocks } = read(html, 'https://acme-plumbing.example/drain-cleaning/');
      for (const n of [1, 2, 3]) {
        expect(blocks).toContain(a(n));
        expect(blocks.filter((b) => b === `Plan ${n}`).length).toBeLessThanOrEqual(1);
      }
    });
  }
});
