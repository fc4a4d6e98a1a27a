// Types queries into a built site's search page in headless Chromium and prints what the page lists: the
// site's own search.js against its own index, as a reader's browser runs them (the unit tests run the same
// script in Jint). The site is served from its output folder under BASE_PATH by a small server started here.
//
// Usage: NODE_PATH=<dir with playwright-core>/node_modules node .tools/search-in-browser.cjs SITE_DIR BASE_PATH QUERY=EXPECTED_TITLE...
//   e.g. node .tools/search-in-browser.cjs /tmp/site/_site /news/ 'turkey=Grain ships leave Odesa'
// Each QUERY=EXPECTED_TITLE passes when a listed result's title starts with EXPECTED_TITLE (an empty
// EXPECTED_TITLE: when nothing is found). Prints one line per query; exits 1 when any query fails.
// Environment: CHROME_PATH (default /usr/bin/chromium). playwright-core: the site audit's tool folder has it
// (/tmp/site-audit-tools/node_modules), or `npm install playwright-core` anywhere.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { chromium } = require('playwright-core');

const [siteDir, basePath, ...checks] = process.argv.slice(2);
if (!siteDir || !basePath || checks.length === 0 || !basePath.startsWith('/') || !basePath.endsWith('/')) {
  console.error('usage: search-in-browser.cjs SITE_DIR /BASE/PATH/ QUERY=EXPECTED_TITLE...');
  process.exit(2);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.xml': 'application/xml' };

function serve() {
  const root = path.resolve(siteDir);
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = url.startsWith(basePath) ? path.join(root, url.slice(basePath.length)) : null;
    if (file && !file.startsWith(root)) file = null;
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !fs.existsSync(file)) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main() {
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true });
  let failed = 0;
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    for (const check of checks) {
      const at = check.indexOf('=');
      const query = at < 0 ? check : check.slice(0, at);
      const expected = at < 0 ? '' : check.slice(at + 1);
      await page.goto(`${origin}${basePath}search/`, { waitUntil: 'load' });
      await page.fill('#search-input', query);
      await page.press('#search-input', 'Enter');
      // The status line says how many were found (or none) once the shards it needed have loaded.
      await page.waitForFunction(() => {
        const status = document.querySelector('#search-status');
        return status && status.textContent.trim() !== '' && !status.hasAttribute('aria-busy') &&
          (document.querySelectorAll('#search-results li').length > 0 || /\d|no |nothing/i.test(status.textContent));
      }, null, { timeout: 15000 });
      const titles = await page.$$eval('#search-results li a', (links) => links.map((a) => a.textContent.trim()).filter(Boolean));
      const status = (await page.textContent('#search-status')).trim();
      const ok = expected === '' ? titles.length === 0 : titles.some((t) => t.startsWith(expected));
      if (!ok) failed++;
      console.log(`${ok ? 'PASS' : 'FAIL'} "${query}": ${status} | ${titles.slice(0, 5).join(' | ') || '(no results)'}`);
    }
    if (errors.length) { console.log(`page errors: ${errors.join('; ')}`); failed++; }
    console.log(`chromium ${browser.version()}, served at ${origin}${basePath}`);
  } finally {
    await browser.close();
    server.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(2); });
