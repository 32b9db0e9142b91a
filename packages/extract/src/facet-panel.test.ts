import { describe, expect, it } from 'vitest';
import { read } from './__fixtures__/probe-kit.ts';
import { isElement } from './dom.ts';
import { isCountedOption } from './facet-panel.ts';
import { parseHtml } from './parse-html.ts';

// Session 30 facet pass: a shop's filter panel of counted options known by its structure (facet-panel.ts), with class words a hash the extractor
// cannot read (the class-hashed proxy's markup, as on a template never seen).

const products = [
  ['Trail runner', 'A light shoe with a grippy sole for rocky paths and wet roots, built to last a whole season.', '$120.00'],
  ['Road racer', 'A stiff, springy shoe for race day on the road, with a carbon plate under a soft foam.', '$180.00'],
  ['Daily trainer', 'A cushioned shoe for easy miles every day of the week, with room for the toes to spread.', '$95.00'],
  ['Walking shoe', 'A wide, steady shoe for long walks in the city and the park, with a sole that rolls forward.', '$85.00'],
];

/** A collection page: its heading and lead, a side panel (`panel`), then one card per product (a picture, a link, a blurb, a price). */
const collectionPage = (panel: string) =>
  '<html lang="en"><head><title>Running shoes</title></head><body><div class="x11111111"><a href="/">Home</a></div>' +
  '<div class="x22222222"><h1>Running shoes</h1><p>Shoes for every kind of runner, from the first mile to the marathon, fitted in our shops.</p></div>' +
  `<div class="x33333333"><div class="x44444444">${panel}</div><div class="x55555555">` +
  products
    .map(
      ([name, blurb, price], i) =>
        `<div class="x66666666"><img src="/img/${i}.jpg" alt=""><h3><a href="/p/${i}">${name}</a></h3><p>${blurb}</p><span>${price}</span></div>`,
    )
    .join('') +
  '</div></div></body></html>';

const countedPanel =
  '<div class="x88888888"><span>Brand</span><ul>' +
  ['Acme (12)', 'Zenith (4)', 'Northwind (9)', 'Contoso (2)', 'Fabrikam (7)', 'Tailspin (3)', 'Litware (1)']
    .map((brand) => `<li class="x99999999"><span>${brand.replace(' (', '</span> <span>(')}</span></li>`)
    .join('') +
  '</ul></div>';

describe('facet panels: a filter panel of short options with their counts', () => {
  it('reads an option by the parenthesis its text ends on, past trailing white space of any kind', () => {
    const option = (html: string): boolean => {
      const element = parseHtml(html).document.children.find(isElement)!;
      return isCountedOption(element, 10);
    };
    expect(option('<li>Canon (261)</li>')).toBe(true);
    expect(option('<li><a>Black</a> <span>(10 products)</span>\n\u00a0\u3000 </li>')).toBe(true);
    expect(option('<a>Under $25 ( 39 )\ufeff</a>')).toBe(true);
    expect(option('<li>Canon (261) new</li>')).toBe(false);
    expect(option('<li>Canon (261)\u200b</li>')).toBe(false);
    expect(option('<li>(261)</li>')).toBe(false);
    expect(option('<p>Canon (261)</p>')).toBe(false);
  });

  it('leaves out a panel of short options that end in their counts, and keeps the products', () => {
    const page = read(collectionPage(countedPanel), 'https://shop.example/collections/running-shoes');
    for (const [name, blurb] of products) {
      expect(page.contentText).toContain(name);
      expect(page.contentText).toContain(blurb);
    }
    expect(page.contentText).not.toMatch(/Acme \(12\)|Zenith|Litware/);
  });

  it('keeps subcategory tiles that show a picture beside their count', () => {
    const names = ['Radios (4)', 'Power banks (158)', 'Speakers (44)', 'Cameras (10)', 'Keyboards (51)', 'Phone cases (23)'];
    const tiles = names
      .map((name, i) => `<li class="x99999999"><a href="/c/${i}"><img src="/c/${i}.jpg" alt=""><h2>${name.replace(' (', ' <mark>(')}</mark></h2></a></li>`)
      .join('');
    const html =
      '<html lang="en"><head><title>Electronics</title></head><body><div class="x11111111"><a href="/">Home</a></div>' +
      `<div class="x22222222"><h1>Electronics</h1><ul class="x33333333">${tiles}</ul></div></body></html>`;
    const page = read(html, 'https://shop.example/product-category/electronics/');
    for (const name of names.slice(0, 5)) expect(page.contentText).toContain(name);
  });
});
