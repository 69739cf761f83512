// Shared helpers for the browser tests: Debian's Chromium through playwright-core (no browser download), a tiny
// static server on 127.0.0.1, request recording, and small readers for what the page downloads.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const zlib = require('node:zlib');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.NIANBAO_CHROMIUM || '/usr/bin/chromium';
const PAGE = path.resolve(process.env.NIANBAO_PAGE || path.join(__dirname, '../../build/web/index.html'));
const OUTPUT = path.resolve(process.env.NIANBAO_TEST_OUTPUT || path.join(__dirname, 'output'));

const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader', '--disable-features=Translate,OptimizationHints,MediaRouter',
  '--disable-default-apps', '--no-default-browser-check', '--metrics-recording-only', '--mute-audio'];

function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
}

// Serves the one page (and 404 for anything else) on 127.0.0.1, port chosen by the system.
function serve(file) {
  const body = fs.readFileSync(file);
  const hits = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url);
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ url: `http://127.0.0.1:${server.address().port}/`, hits, close: () => new Promise((r) => server.close(r)) });
  }));
}

// Records every request a page makes (including those Chromium blocks).
function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

// Requests that leave the page: anything but the page itself and in-page data:/blob: URLs.
function foreignRequests(urls, pageUrl) {
  return urls.filter((u) => u !== pageUrl && !u.startsWith('data:') && !u.startsWith('blob:'));
}

async function openEditor(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.nianbao && window.nianbao.firstFrameAt && window.nianbao.firstFrameAt() > 0,
    null, { timeout: 30000 });
  await idle(page);
}

// Waits until the page has drawn its pending frames (it draws nothing when idle).
async function idle(page, ms = 120) {
  let last = -1;
  for (let i = 0; i < 50; i++) {
    const n = await page.evaluate(() => window.nianbao.frames());
    if (n === last) return;
    last = n;
    await page.waitForTimeout(ms);
  }
}

const state = (page) => page.evaluate(() => JSON.parse(window.nianbao.state()));
// get() and validate() return objects (docs/embedding.md).
const report = (page) => page.evaluate(() => window.nianbao.get());
const findings = (page) => page.evaluate(() => window.nianbao.validate());
const layout = (page) => page.evaluate(() => window.nianbao.layout());

// Scrolls the document with the mouse wheel until the named thing is in view.
async function scrollTo(page, name) {
  const vp = page.viewportSize();
  for (let i = 0; i < 40; i++) {
    const r = (await layout(page))[name];
    if (!r) throw new Error(`nothing called ${name} on screen`);
    if (r[5] && r[1] > 40 && r[1] + r[3] < vp.height - 40) return r;
    await page.mouse.move(Math.min(r[0] + 5, vp.width / 3), vp.height / 2);
    await page.mouse.wheel(0, Math.max(-600, Math.min(600, r[1] + r[3] / 2 - vp.height / 2)));
    await idle(page, 60);
  }
  throw new Error(`${name} does not scroll into view`);
}

async function clickMark(page, name, opts = {}) {
  const r = name.startsWith('t') && /^t[234]\./.test(name) || name.startsWith('text.') ? await scrollTo(page, name)
    : (await layout(page))[name];
  if (!r) throw new Error(`nothing called ${name} on screen`);
  if (!r[5]) throw new Error(`${name} is scrolled out of view`);
  await page.mouse.click(r[0] + (opts.dx ?? r[2] / 2), r[1] + r[3] / 2, { clickCount: opts.clickCount || 1 });
  await idle(page);
}

async function screenshot(page, name) {
  fs.mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: path.join(OUTPUT, name) });
}

// Reads the entries of a zip (stored or deflated) into {name: Buffer}.
function unzip(buf) {
  const files = {};
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(p + 10), size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(dataAt, dataAt + size);
    files[name] = method === 0 ? raw : zlib.inflateRawSync(raw);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

// The page served on 127.0.0.1 and a Chromium to open it, for a test file's before() hook; stopPage() for after().
async function startPage() {
  if (!fs.existsSync(PAGE)) throw new Error(`${PAGE} is missing: build it with cmake --preset web && cmake --build --preset web`);
  fs.mkdirSync(OUTPUT, { recursive: true });
  return { browser: await launch(), server: await serve(PAGE) };
}
async function stopPage({ browser, server }) {
  if (browser) await browser.close();
  if (server) await server.close();
}

module.exports = { LAUNCH_ARGS, launch, serve, startPage, stopPage, recordRequests, foreignRequests, openEditor, idle, state, report, findings, layout,
  clickMark, scrollTo, screenshot, unzip, PAGE, OUTPUT };
