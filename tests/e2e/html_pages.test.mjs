// Saved web pages through webpage.js and Readability: loaded only when a page
// arrives (over HTTP and from file://), forms keep their text, and an extraction
// that keeps too little is said so in the alert region with the offer of the
// whole page text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, withPage, dropFiles, FILE_URL, settled } from './harness.mjs';

let server;
before(async () => { server = await serve(); });
after(async () => { await server.close(); });

// A page wrapped in one <form>, with unclosed <input>s between the paragraphs.
const FORM_PAGE = '<!doctype html><html><head><title>Port news</title></head><body>'
  + '<form action="/subscribe" method="post"><input type="hidden" name="token" value="1">'
  + '<h1>Ferry reaches Limassol</h1>'
  + '<p>A ferry carrying 300 evacuees reached Limassol on Sunday after a night crossing from Beirut, port officials said.</p>'
  + '<input type="text" name="q"><p>Another ship is expected on Monday with 250 people aboard, the officials added.</p>'
  + '<img src="quay.jpg" alt=""><p>Volunteers met the passengers at the quay with water and blankets.</p>'
  + '<input type="submit" value="Subscribe"></form></body></html>';

const SHELTERS = Array.from({ length: 30 }, (_, i) => `<li>Shelter number ${i + 1} in the northern district opened its doors to families arriving from the coast overnight</li>`).join('');
// Readability takes the one scored paragraph; the list beside it, most of the text, is left out.
const THIN_PAGE = '<!doctype html><html><head><title>Relief list</title></head><body><main>'
  + '<div class="story"><h1>Shelters open across the north</h1><p>Shelters opened on Monday, officials said, and more will open soon.</p></div>'
  + `<div class="list"><ul>${SHELTERS}</ul></div></main></body></html>`;

for (const [where, url] of [['over HTTP', () => server.url], ['from file://', () => FILE_URL]]) {
  test(`Readability loads only when a web page arrives; a page wrapped in a form keeps its text ${where}`, async () => {
    await withPage(url(), async (page) => {
      const loaded = [];
      page.on('request', (request) => { if (request.url().endsWith('/pkg/webpage.js')) loaded.push(request.url()); });
      assert.equal(await page.evaluate(() => typeof self.Readability + typeof Sitrep.webpage), 'undefinedundefined', 'not loaded at start');
      await dropFiles(page, [{ name: 'port-news.html', type: 'text/html', content: FORM_PAGE }]);
      await page.waitForSelector('[data-article-id="port-news"]');
      await settled(page);
      assert.equal(loaded.length, 1, 'loaded once the page arrived');
      const text = await page.textContent('[data-reader]');
      assert.equal(text, 'Ferry reaches Limassol\n\n'
        + 'A ferry carrying 300 evacuees reached Limassol on Sunday after a night crossing from Beirut, port officials said.\n\n'
        + 'Another ship is expected on Monday with 250 people aboard, the officials added.\n\n'
        + 'Volunteers met the passengers at the quay with water and blankets.');
    }, { clean: true });
  });
}

test('renamed void elements stay empty: nothing after an <input> or <img> ends up inside it', async () => {
  await withPage(server.url, async (page) => {
    const shape = await page.evaluate(async (html) => {
      const doc = (await Sitrep.ingest.webpageReader()).parseInert(html);
      return {
        paragraphsInForm: doc.querySelectorAll('form > p').length,
        inert: [...doc.querySelectorAll('x-inert-input, x-inert-img')].map((el) => `${el.tagName.toLowerCase()}:${el.childNodes.length}`),
        loading: doc.querySelectorAll('input, img').length,
      };
    }, FORM_PAGE);
    assert.deepEqual(shape, {
      paragraphsInForm: 3, inert: ['x-inert-input:0', 'x-inert-input:0', 'x-inert-img:0', 'x-inert-input:0'], loading: 0,
    });
  }, { clean: true });
});

test('an extraction that keeps too little is said so, naming the file, with the whole page text on offer', async () => {
  await withPage(server.url, async (page) => {
    await dropFiles(page, [{ name: 'shelters.html', type: 'text/html', content: THIN_PAGE }]);
    await page.waitForSelector('[data-article-id="shelters"]');
    await settled(page);
    const alert = page.locator('[role="alert"] .alert', { hasText: 'shelters.html' });
    assert.match(await alert.textContent(), /shelters\.html: the article found in this web page keeps only \d+ of its [\d,]+ characters of text/);
    assert.ok(!(await page.textContent('[data-reader]')).includes('Shelter number 30'));
    const count = await page.$$eval('[data-article-id]', (items) => items.length);
    await alert.getByRole('button', { name: 'Use the whole page text' }).click();
    await page.waitForFunction(() => document.querySelector('[data-reader]').textContent.includes('Shelter number 30'));
    await settled(page);
    assert.equal(await page.$$eval('[data-article-id]', (items) => items.length), count, 'the same article, not another');
    assert.equal(await alert.count(), 0, 'the offer is gone once taken');
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('[data-article-id="shelters"] .article-open');
    assert.ok((await page.textContent('[data-reader]')).includes('Shelter number 30'), 'the whole text is kept');
  }, { clean: true });
});
