// Embedding, end to end in Debian's Chromium: the page-level API (nianbao.load/get/validate, the change event), the
// URL parameters (agency, year, lockAgency, ?load= same-origin only), the Content-Security-Policy (the single-file
// wasm runs under it; a request to another server is blocked), and examples/intranet-host.html embedding the editor
// in an <iframe> from another origin: the allowed origin collects the JSON and gets change notifications, a refused
// origin gets no answer at all. The editor and the hosts are served from 127.0.0.1 on different ports.
//
//   node --test tests/browser/embed.test.js   (NIANBAO_PAGE=… for another build; screenshots in tests/browser/output)
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const h = require('./harness.js');

const HOST_PAGE = path.join(__dirname, '../../examples/intranet-host.html');
const AGENCY = '文峰区商颂街道办事处';
let browser, editorSrv, hostSrv, otherSrv;

// A static server on 127.0.0.1 whose routes are set after it listens (the page needs the other servers' ports).
function server() {
  const routes = {};
  const hits = [];
  const srv = http.createServer((req, res) => {
    hits.push(req.url);
    const p = new URL(req.url, 'http://x').pathname;
    const r = routes[p];
    if (!r) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': r.type, 'cache-control': 'no-store' });
    res.end(r.body);
  });
  return new Promise((resolve) => srv.listen(0, '127.0.0.1', () => {
    const origin = `http://127.0.0.1:${srv.address().port}`;
    resolve({ origin, routes, hits, close: () => new Promise((r) => srv.close(r)) });
  }));
}

let blank;  // a blank report (from the page itself), to build reports from
function reportOf(agency, year, cells = {}) {
  const r = JSON.parse(JSON.stringify(blank));
  r.agency = agency;
  r.year = year;
  Object.assign(r.cells, cells);
  return r;
}

before(async () => {
  if (!fs.existsSync(h.PAGE)) throw new Error(`${h.PAGE} is missing: build the web page first`);
  fs.mkdirSync(h.OUTPUT, { recursive: true });
  browser = await h.launch();
  [editorSrv, hostSrv, otherSrv] = await Promise.all([server(), server(), server()]);
  // The administrator's one deployment step: the allowed host origin in the page's meta tag.
  const html = fs.readFileSync(h.PAGE, 'utf8').replace('<meta name="nianbao-allowed-origins" content="">',
    `<meta name="nianbao-allowed-origins" content="${hostSrv.origin}">`);
  assert.ok(html.includes(`content="${hostSrv.origin}"`), 'the page has the allowlist meta tag');
  editorSrv.routes['/index.html'] = { type: 'text/html; charset=utf-8', body: html };
  const host = fs.readFileSync(HOST_PAGE);
  hostSrv.routes['/intranet-host.html'] = { type: 'text/html; charset=utf-8', body: host };
  otherSrv.routes['/intranet-host.html'] = { type: 'text/html; charset=utf-8', body: host };
  otherSrv.routes['/reports/other.json'] = { type: 'application/json', body: '{}' };
  otherSrv.routes['/x'] = { type: 'text/plain', body: 'secret' };

  const { context, page } = await newPage();
  await h.openEditor(page, editorSrv.origin + '/index.html');
  blank = await h.report(page);
  await context.close();
  editorSrv.routes['/reports/good.json'] = { type: 'application/json',
    body: JSON.stringify(reportOf('文峰区财政局', 2023, { 't3.new.natural': 4 })) };
  editorSrv.routes['/reports/bad.json'] = { type: 'application/json', body: '{"schema":"nianbao.report","version":1,"cells":{"t3.new.natural":-3}}' };
});

after(async () => {
  if (browser) await browser.close();
  for (const s of [editorSrv, hostSrv, otherSrv]) if (s) await s.close();
});

async function newPage(viewport = { width: 1400, height: 900 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const requests = h.recordRequests(page);
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text()); });
  return { context, page, errors, requests, violations };
}

test('the page API: load, get, validate, a change event at most a few times a second; a bad report is refused', async () => {
  const { context, page, errors } = await newPage();
  await h.openEditor(page, editorSrv.origin + '/index.html');
  await page.evaluate(() => {
    window.changes = [];
    window.calls = [];
    window.addEventListener('nianbao:change', (e) => window.changes.push({ t: performance.now(), ...e.detail }));
    window.nianbao.on('change', (d) => window.calls.push(d.revision));
  });

  const mine = reportOf(AGENCY, 2024, { 't3.new.natural': 21, 't3.carried_in.natural': 0 });
  const res = await page.evaluate((r) => window.nianbao.load(r), mine);
  assert.equal(res.ok, true, JSON.stringify(res));
  await h.idle(page);
  let now = await h.report(page);
  assert.equal(now.agency, AGENCY);
  assert.equal(now.year, 2024);
  assert.equal(now.cells['t3.new.natural'], 21);
  await page.waitForFunction(() => window.changes.length > 0, null, { timeout: 3000 });
  const first = await page.evaluate(() => window.changes[0]);
  assert.equal(JSON.parse(first.report).agency, AGENCY, 'the change event carries the report JSON');
  assert.ok((await page.evaluate(() => window.calls.length)) >= 1, 'nianbao.on("change") was called');

  // Bad reports: refused with a Chinese message, the work stays.
  for (const bad of ['{"schema":"nianbao.report","version":1,"cells":{"t3.new.natural":-3}}', '{not json', 42,
    { schema: 'other' }]) {
    const r = await page.evaluate((b) => window.nianbao.load(b), bad);
    assert.equal(r.ok, false);
    assert.match(r.error, /^未载入：/);
    assert.match(r.error, /[\u4e00-\u9fff]/);
  }
  const r1 = await page.evaluate(() => window.nianbao.load('{"schema":"nianbao.report","version":1,"cells":{"t3.new.natural":-3}}'));
  assert.match(r1.details.join(), /自然人/, 'the core names the place: ' + r1.details.join());
  now = await h.report(page);
  assert.equal(now.agency, AGENCY, 'the current work is untouched');
  assert.equal(now.cells['t3.new.natural'], 21);

  const v = await page.evaluate(() => window.nianbao.validate());
  assert.ok(typeof v.errors === 'number' && Array.isArray(v.findings));
  // get() and validate() return objects; String() of them is still their JSON text, for code written for text.
  const kinds = await page.evaluate(() => [typeof window.nianbao.get(), typeof window.nianbao.validate(),
    JSON.parse(String(window.nianbao.get())).agency, JSON.parse(window.nianbao.validate()).errors]);
  assert.deepEqual(kinds, ['object', 'object', AGENCY, v.errors]);

  // Typing: one event per edit would be ~25; debounced to at most ~4 a second.
  await page.evaluate(() => { window.changes = []; });
  await h.clickMark(page, 'preface');
  const t0 = Date.now();
  for (const ch of 'abcdefghijklmnopqrstuvwxy') await page.keyboard.type(ch, { delay: 40 });
  const typingMs = Date.now() - t0;
  // Wait for the state, not for a time: the debounced last event must come, however busy the machine is.
  await page.waitForFunction(() => {
    const c = window.changes;
    return c.length > 0 && JSON.parse(c[c.length - 1].report).preface.endsWith('abcdefghijklmnopqrstuvwxy');
  }, null, { timeout: 20000 });
  const waitedMs = Date.now() - t0 - typingMs;
  const changes = await page.evaluate(() => window.changes);
  const last = JSON.parse(changes[changes.length - 1].report);
  assert.ok(last.preface.endsWith('abcdefghijklmnopqrstuvwxy'), 'the last event has the final text');
  const perSecond = changes.length / ((typingMs + waitedMs) / 1000);
  console.log(`# typing 25 characters in ${typingMs} ms gave ${changes.length} change events (${perSecond.toFixed(1)}/s)`);
  assert.ok(changes.length >= 2 && perSecond <= 5, `${changes.length} events`);
  for (let i = 1; i < changes.length; i++) assert.ok(changes[i].t - changes[i - 1].t >= 200, 'events are spaced');
  assert.deepEqual(errors, []);
  await context.close();
});

test('URL parameters: agency and year preset, the agency locked, ?load= only from the same server', async () => {
  const { context, page, errors } = await newPage();
  const q = `?agency=${encodeURIComponent(AGENCY)}&year=2024&lockAgency=1`;
  await h.openEditor(page, editorSrv.origin + '/index.html' + q);
  let r = await h.report(page);
  assert.equal(r.agency, AGENCY);
  assert.equal(r.year, 2024);
  await h.clickMark(page, 'agency');
  await page.keyboard.press('End');
  await page.keyboard.type('XYZ');
  await page.keyboard.press('Backspace');
  await h.idle(page);
  await h.screenshot(page, 'embed-01-locked-agency.png');
  r = await h.report(page);
  assert.equal(r.agency, AGENCY, 'the locked agency name cannot be typed over');
  const other = await page.evaluate((x) => window.nianbao.load(x), reportOf('别的机关', 2024));
  assert.equal(other.ok, false);
  assert.match(other.error, /锁定/);
  const same = await page.evaluate((x) => window.nianbao.load(x), reportOf(AGENCY, 2024, { 't3.new.natural': 9 }));
  assert.equal(same.ok, true);
  await context.close();

  // Same origin: loaded.
  {
    const { context: c, page: p } = await newPage();
    await h.openEditor(p, editorSrv.origin + '/index.html?load=reports/good.json');
    const res = await p.evaluate(() => window.nianbao.embed.urlLoad);
    assert.equal(res.ok, true);
    await h.idle(p);
    const got = await h.report(p);
    assert.equal(got.agency, '文峰区财政局');
    assert.equal(got.cells['t3.new.natural'], 4);
    await c.close();
  }
  // A bad file: refused with the core's words; the status line says so.
  {
    const { context: c, page: p } = await newPage();
    await h.openEditor(p, editorSrv.origin + '/index.html?load=reports/bad.json');
    const res = await p.evaluate(() => window.nianbao.embed.urlLoad);
    assert.equal(res.ok, false);
    assert.match(res.error, /未载入/);
    await h.idle(p);
    assert.match((await h.state(p)).status, /未载入/);
    await c.close();
  }
  // Another origin: refused before any request is made.
  {
    const { context: c, page: p, requests } = await newPage();
    const before = otherSrv.hits.length;
    await h.openEditor(p, editorSrv.origin + '/index.html?load=' + encodeURIComponent(otherSrv.origin + '/reports/other.json'));
    const res = await p.evaluate(() => window.nianbao.embed.urlLoad);
    assert.equal(res.ok, false);
    assert.match(res.error, /同一服务器/);
    await h.idle(p);
    await h.screenshot(p, 'embed-02-load-refused.png');
    assert.equal(otherSrv.hits.length, before, 'nothing was requested from the other server');
    assert.deepEqual(requests.filter((u) => u.startsWith(otherSrv.origin)), []);
    await c.close();
  }
  assert.deepEqual(errors, []);
});

test('the Content-Security-Policy: the single-file wasm runs under it and no request can leave for another server', async () => {
  const { context, page, errors, requests, violations } = await newPage();
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  await h.openEditor(page, editorSrv.origin + '/index.html');
  const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'self' data:/);
  assert.match(csp, /wasm-unsafe-eval/);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], 'the page itself needs nothing the policy forbids');
  assert.equal((await h.state(page)).cell, -1, 'the editor runs');

  const before = otherSrv.hits.length;
  const outcome = await page.evaluate(async (u) => {
    const tries = {};
    try { await fetch(u + '/x'); tries.fetch = 'loaded'; } catch (e) { tries.fetch = 'blocked'; }
    try {
      await new Promise((ok, fail) => { const i = new Image(); i.onload = ok; i.onerror = fail; i.src = u + '/x'; });
      tries.img = 'loaded';
    } catch (e) { tries.img = 'blocked'; }
    try {
      await new Promise((ok, fail) => { const s = document.createElement('script'); s.onload = ok; s.onerror = fail; s.src = u + '/x'; document.head.appendChild(s); });
      tries.script = 'loaded';
    } catch (e) { tries.script = 'blocked'; }
    navigator.sendBeacon(u + '/x', 'data');  // "queued" by the API, then blocked by connect-src (no hit below)
    return tries;
  }, otherSrv.origin);
  await page.waitForTimeout(300);
  assert.deepEqual(outcome, { fetch: 'blocked', img: 'blocked', script: 'blocked' });
  assert.equal(otherSrv.hits.length, before, 'the other server got no request');
  const v = await page.evaluate(() => window.cspViolations);
  assert.ok(v.some((x) => x.startsWith('connect-src')) && v.some((x) => x.startsWith('img-src')), v.join('; '));
  console.log(`# CSP blocked: ${v.join('; ')}`);
  assert.deepEqual(h.foreignRequests(requests, editorSrv.origin + '/index.html').filter((u) => !u.startsWith(otherSrv.origin)), []);
  assert.deepEqual(errors, []);
  void violations;
  await context.close();
});

async function openHost(hostOrigin, editorQuery = '') {
  const { context, page, errors } = await newPage({ width: 1500, height: 950 });
  const editorUrl = editorSrv.origin + '/index.html' + editorQuery;
  await page.goto(`${hostOrigin}/intranet-host.html?editor=${encodeURIComponent(editorUrl)}`);
  const frame = await (await page.waitForSelector('#editor')).contentFrame();
  await frame.waitForFunction(() => window.nianbao && window.nianbao.firstFrameAt && window.nianbao.firstFrameAt() > 0,
    null, { timeout: 30000 });
  await h.idle(frame);
  return { context, page, frame, errors };
}

test('an intranet page on an allowed origin embeds the editor, loads a report, collects the JSON and hears changes', async () => {
  const { context, page, frame, errors } = await openHost(hostSrv.origin, `?agency=${encodeURIComponent(AGENCY)}&year=2024&lockAgency=1`);
  await page.waitForFunction(() => /已连接|已就绪/.test(document.getElementById('connection').textContent), null, { timeout: 8000 });
  assert.ok(await page.evaluate(() => window.hostEvents.some((e) => e.type === 'nianbao:ready')), 'the editor announced itself');
  assert.equal(await frame.evaluate(() => window.nianbao.embed.parentOrigin()), hostSrv.origin);

  // Collect: the JSON lands in the host's text box.
  await page.click('#collect');
  await page.waitForFunction(() => document.getElementById('json').value.includes('nianbao.report'));
  const collected = JSON.parse(await page.inputValue('#json'));
  assert.equal(collected.agency, AGENCY);
  assert.equal(collected.year, 2024);

  // Load: the host edits the JSON and sends it back.
  collected.cells['t3.new.natural'] = 33;
  collected.preface = '由内网系统载入。';
  await page.fill('#json', JSON.stringify(collected));
  await page.click('#load');
  await page.waitForFunction(() => /已载入到编辑器/.test(document.getElementById('log').textContent));
  await h.idle(frame);
  const inFrame = await frame.evaluate(() => window.nianbao.get());
  assert.equal(inFrame.cells['t3.new.natural'], 33);
  assert.equal(inFrame.preface, '由内网系统载入。');

  // A refused load answers ok:false with the Chinese reason (the agency is locked).
  const refusedLoad = await page.evaluate(() => call('nianbao:load', { report: { schema: 'nianbao.report', version: 1, agency: '别的机关', year: 2024 } })
    .then(() => 'loaded', (e) => e.message));
  assert.match(refusedLoad, /锁定/);

  // Typing in the embedded editor: change notifications reach the host.
  const changesBefore = await page.evaluate(() => window.hostEvents.filter((e) => e.type === 'nianbao:change').length);
  const box = await (await page.$('#editor')).boundingBox();
  const l = await frame.evaluate(() => window.nianbao.layout());
  const cell = l['t3.new.legal'] || l['t3.new.commercial'];
  assert.ok(cell, 'a 表三 cell is on screen');
  const preface = l.preface;
  await page.mouse.click(box.x + preface[0] + preface[2] / 2, box.y + preface[1] + preface[3] / 2);
  await page.keyboard.type('内网填报');
  await page.waitForFunction((n) => window.hostEvents.filter((e) => e.type === 'nianbao:change').length > n, changesBefore, { timeout: 5000 });
  await page.click('#check');
  await page.waitForFunction(() => /错误 \d+ 项/.test(document.getElementById('counts').textContent));
  await page.click('#collect');
  await page.waitForFunction(() => document.getElementById('json').value.includes('内网填报'));
  await h.screenshot(page, 'embed-03-intranet-host.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page on an origin not in the allowlist gets no answer and no notification', async () => {
  const { context, page, frame, errors } = await openHost(otherSrv.origin);
  await page.waitForFunction(() => /无法连接/.test(document.getElementById('connection').textContent), null, { timeout: 8000 });
  const answer = await page.evaluate(() => call('nianbao:get').then((d) => JSON.stringify(d), (e) => 'no answer: ' + e.message));
  assert.match(answer, /^no answer/);
  // Change the report inside the frame: still nothing may reach the foreign host.
  await frame.evaluate(() => window.nianbao.load({ schema: 'nianbao.report', version: 1, agency: '测试', year: 2024 }));
  await page.waitForTimeout(800);
  const events = await page.evaluate(() => window.hostEvents);
  assert.deepEqual(events, [], 'the foreign host received nothing');
  assert.ok(await frame.evaluate(() => window.nianbao.embed.refused()) >= 2, 'the editor counted the refused requests');
  assert.equal(await frame.evaluate(() => window.nianbao.embed.parentOrigin()), null);
  await h.screenshot(page, 'embed-04-refused-origin.png');
  assert.deepEqual(errors, []);
  await context.close();
});
