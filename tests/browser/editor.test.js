// The in-browser editor, end to end, in Debian's Chromium: load from file:// and from 127.0.0.1, type numbers and
// Chinese (CDP Input.insertText and an Input.imeSetComposition sequence), paste a tab-separated block, see a broken
// relation highlighted and listed, fix it, undo/redo, reload and find everything restored, download JSON and .docx
// and check them, load last year's report for the cross-year checks, and never request anything but the page.
//
//   node --test tests/browser/            (NIANBAO_PAGE=… to test another build; screenshots in tests/browser/output)
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const h = require('./harness.js');

const AGENCY = '文峰区商颂街道办事处';
let browser, server;

before(async () => ({ browser, server } = await h.startPage()));
after(() => h.stopPage({ browser, server }));

async function newPage(viewport = { width: 1400, height: 900 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const requests = h.recordRequests(page);
  return { context, page, errors, requests };
}

async function typeInto(page, mark, keys) {
  await h.clickMark(page, mark);
  await page.keyboard.type(keys);
  await h.idle(page);
}

test('the page opens from file:// with no request but itself', async () => {
  const { context, page, errors, requests } = await newPage();
  const url = 'file://' + h.PAGE;
  await h.openEditor(page, url);
  const st = await h.state(page);
  assert.equal(st.cell, -1);
  assert.ok(st.atlas[0] > 0 && st.atlas[1] > 0, 'the font atlas was built');
  await h.screenshot(page, '01-empty-file.png');

  // A finding about a missing text section: clicking it scrolls there and the section takes the keyboard.
  const lay = await h.layout(page);
  const f = (await h.findings(page)).findings;
  const i = f.findIndex((x) => x.cells.length === 0 && x.table.includes('存在的主要问题'));
  assert.ok(i >= 0, 'section 五 is reported missing');
  const mark = Object.keys(lay).filter((k) => k.startsWith('finding.')).sort((a, b) => lay[a][1] - lay[b][1])
    .find((k) => lay[k][4] === -1 && k === `finding.${f.filter((x) => x.severity === f[i].severity).indexOf(f[i])}`);
  assert.ok(mark, 'its entry is on screen');
  await h.clickMark(page, mark);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.insertText', { text: '本年度存在的主要问题是……' });
  await h.idle(page);
  assert.equal((await h.report(page)).sections.problems, '本年度存在的主要问题是……');
  assert.deepEqual(h.foreignRequests(requests, url), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page works from a static server on 127.0.0.1: entry, validation, paste, undo, autosave, downloads', async (t) => {
  const { context, page, errors, requests } = await newPage();
  await h.openEditor(page, server.url);
  const cdp = await context.newCDPSession(page);

  // ---- Chinese: plain committed text, then an input method's composition ----
  await h.clickMark(page, 'agency');
  await cdp.send('Input.insertText', { text: '文峰区' });
  await cdp.send('Input.imeSetComposition', { text: 'shang', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.imeSetComposition', { text: '商颂', selectionStart: 2, selectionEnd: 2 });
  await h.idle(page);
  await cdp.send('Input.insertText', { text: '商颂街道办事处' });
  await h.idle(page);
  assert.equal((await h.report(page)).agency, AGENCY, 'agency typed through insertText and an IME composition');
  // The hidden textarea (and so the IME candidate window) sits at the caret, inside the agency field.
  const [ime, field] = await Promise.all([
    page.evaluate(() => { const r = document.getElementById('ime').getBoundingClientRect(); return [r.left, r.top]; }),
    h.layout(page).then((l) => l.agency)]);
  assert.ok(ime[0] >= field[0] && ime[0] <= field[0] + field[2] && ime[1] >= field[1] - 2 && ime[1] <= field[1] + field[3],
    `IME anchor ${ime} inside the field ${field.slice(0, 4)}`);

  // Year: select the field's text and type over it.
  await h.clickMark(page, 'year', { clickCount: 3 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2024');
  await page.keyboard.press('Enter');
  await h.idle(page);
  assert.equal((await h.report(page)).year, 2024);

  await h.clickMark(page, 'text.overview');
  await cdp.send('Input.insertText', { text: '（一）主动公开。本机关严格落实《中华人民共和国政府信息公开条例》，全年主动公开政府信息 128 条，' +
    '涉及机构职能、政策文件、财政预决算、重点领域信息等，内容长到需要自动换行才能在一行里放不下的程度。' });
  await h.idle(page);
  assert.match((await h.report(page)).sections.overview, /^（一）主动公开。/);
  // Undo works over text too, even while the field has the keyboard.
  await page.keyboard.press('Control+Z');
  await h.idle(page);
  assert.equal((await h.report(page)).sections.overview, '', 'Ctrl+Z undid the typed paragraph');
  await page.keyboard.press('Control+Y');
  await h.idle(page);
  assert.match((await h.report(page)).sections.overview, /^（一）主动公开。/, 'Ctrl+Y redid it');
  await h.screenshot(page, '02-header-typed.png');

  // ---- Numbers: click a cell, type, Tab/Enter move; typing replaces; letters are refused ----
  await typeInto(page, 't2.rules.issued', '/');
  await page.keyboard.press('Tab');
  await page.keyboard.type('x');  // not a digit: refused
  await page.keyboard.type('2');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await h.idle(page);
  let r = await h.report(page);
  assert.equal(r.cells['t2.rules.issued'], '/');
  assert.equal(r.cells['t2.rules.repealed'], 2);
  assert.equal(r.cells['t2.rules.in_force'], 5);
  assert.equal((await h.state(page)).cell_id, 't2.norms.in_force', 'Enter moved down');

  // 表三, 自然人 column, by keyboard from the last row of 表二 (Down crosses into the next table).
  await h.clickMark(page, 't2.fees.amount');
  await page.keyboard.type('0.35');
  await page.keyboard.press('Enter');  // from the last row of 表二, Enter goes down into 表三
  await h.idle(page);
  assert.equal((await h.state(page)).cell_id, 't3.new.natural');
  // 一 21, 二 0, （一） 10, （二） 5, then jump to （七）总计 15 and 四 5: 21 + 0 ≠ 15 + 5.
  for (const v of ['21', '0', '10', '5']) {
    await page.keyboard.type(v);
    await page.keyboard.press('Enter');
  }
  for (let i = 0; i < 19; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.type('15');
  await page.keyboard.press('Enter');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await h.idle(page);
  r = await h.report(page);
  assert.equal(r.cells['t3.new.natural'], 21);
  assert.equal(r.cells['t3.granted.natural'], 10);
  assert.equal(r.cells['t3.total.natural'], 15);
  assert.equal(r.cells['t3.carried_out.natural'], 5);

  // ---- The broken relation: listed, highlighted, and a click on it selects its cell ----
  let f = await h.findings(page);
  const balance = () => (f.findings || []).filter((x) => x.rule === 'T3.BALANCE' && x.cells.length);
  assert.ok(balance().length >= 1, 'T3.BALANCE is reported');
  let lay = await h.layout(page);
  assert.equal(lay['t3.carried_out.natural'][4], 2, 'the cells of the broken relation are painted as errors');
  assert.equal(lay['t3.new.natural'][4], 2);
  assert.ok(Object.keys(lay).some((k) => k.startsWith('finding.') && lay[k][5]), 'the findings panel lists them');
  await h.screenshot(page, '03-broken-relation.png');
  // Click the first finding that points at a cell and check the cursor jumped there.
  const cellFinding = Object.keys(lay).filter((k) => k.startsWith('finding.') && lay[k][4] >= 0 && lay[k][5]);
  assert.ok(cellFinding.length > 0);
  await h.clickMark(page, 't3.partial.natural');
  await h.clickMark(page, cellFinding[0]);
  const jumped = await h.state(page);
  assert.equal(jumped.cell, lay[cellFinding[0]][4], 'clicking a finding selects its cell');

  // Fix: 四 = 6 makes 21 + 0 = 15 + 6.
  await h.clickMark(page, 't3.carried_out.natural');
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await h.idle(page);
  f = await h.findings(page);
  assert.equal(balance().filter((x) => x.cells.includes(
    Object.keys(r.cells).indexOf('t3.new.natural'))).length, 0, 'the 自然人 column balances');
  lay = await h.layout(page);
  assert.equal(lay['t3.carried_out.natural'][4], 0, 'no longer painted');
  await h.screenshot(page, '04-fixed.png');

  // ---- Undo / redo ----
  await page.keyboard.press('Control+Z');
  await h.idle(page);
  assert.equal((await h.report(page)).cells['t3.carried_out.natural'], 5, 'Ctrl+Z undid the fix');
  await page.keyboard.press('Control+Y');
  await h.idle(page);
  assert.equal((await h.report(page)).cells['t3.carried_out.natural'], 6, 'Ctrl+Y redid it');

  // ---- Paste a block copied from Excel/WPS at the cursor (商业企业 … 其他, rows 一 and 二) ----
  await h.clickMark(page, 't3.new.commercial');
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', '3\t1\t0\t2\t0\r\n1\t0\t0\t0\t0\r\n');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await h.idle(page);
  r = await h.report(page);
  assert.deepEqual(['commercial', 'research', 'nonprofit', 'legal', 'other'].map((c) => r.cells[`t3.new.${c}`]), [3, 1, 0, 2, 0]);
  assert.deepEqual(['commercial', 'research', 'nonprofit', 'legal', 'other'].map((c) => r.cells[`t3.carried_in.${c}`]), [1, 0, 0, 0, 0]);
  await h.screenshot(page, '05-pasted.png');

  // ---- 计算总计: 总计 column from its parts ----
  await h.clickMark(page, 'button.totals');
  r = await h.report(page);
  assert.equal(r.cells['t3.new.total'], 21 + 3 + 1 + 0 + 2 + 0);
  assert.equal(r.cells['t3.carried_in.total'], 1);

  // ---- Autosave, then reload: everything is back ----
  await page.waitForTimeout(1000);
  const before = await h.report(page);
  assert.equal((await h.state(page)).autosaved, true, 'autosaved within 1 s');
  await page.reload();
  await h.openEditor(page, page.url());
  assert.deepEqual(await h.report(page), before, 'the report is restored after a reload');
  assert.equal((await h.state(page)).unsaved, true, 'still marked as not saved to a file (the page keeps warning)');
  await h.screenshot(page, '06-restored.png');

  // ---- Downloads: JSON (Ctrl+S) and .docx ----
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+S')]);
  assert.equal(jsonDownload.suggestedFilename(), `${AGENCY}2024年政府信息公开工作年度报告.json`);
  const jsonPath = path.join(h.OUTPUT, 'download.json');
  await jsonDownload.saveAs(jsonPath);
  const saved = JSON.parse(fs.readFileSync(jsonPath, 'utf8'));
  assert.equal(saved.agency, AGENCY);
  assert.equal(saved.cells['t3.new.natural'], 21);
  assert.equal((await h.state(page)).unsaved, false, 'saving to a file clears the unsaved mark');

  const [docxDownload] = await Promise.all([page.waitForEvent('download'), h.clickMark(page, 'button.docx')]);
  assert.equal(docxDownload.suggestedFilename(), `${AGENCY}2024年政府信息公开工作年度报告.docx`);
  const docxPath = path.join(h.OUTPUT, 'download.docx');
  await docxDownload.saveAs(docxPath);
  const parts = h.unzip(fs.readFileSync(docxPath));
  const xml = parts['word/document.xml'].toString('utf8');
  assert.ok(xml.includes(AGENCY), 'document.xml names the agency');
  assert.ok(xml.includes('>21<'), 'document.xml holds the numbers');

  for (const [ext, mark, needle] of [['html', 'menu.export_html', '<table'], ['txt', 'menu.export_txt', '三、收到和处理政府信息公开申请情况']]) {
    await h.clickMark(page, 'menu.file');
    const [d] = await Promise.all([page.waitForEvent('download'), h.clickMark(page, mark)]);
    assert.equal(d.suggestedFilename(), `${AGENCY}2024年政府信息公开工作年度报告.${ext}`);
    const p = path.join(h.OUTPUT, `download.${ext}`);
    await d.saveAs(p);
    const body = fs.readFileSync(p, 'utf8');
    assert.ok(body.includes(AGENCY) && body.includes(needle), `the .${ext} export holds the report`);
  }

  // Check the download with the core's command-line tool when the native build is there.
  assert.equal(saved.schema, 'nianbao.report');
  assert.equal(saved.version, 1);
  const cli = process.env.NIANBAO_CLI || path.resolve(__dirname, '../../build/native/native/cli/nianbao');
  let out = '';
  if (fs.existsSync(cli)) {
    try { out = execFileSync(cli, ['validate', '--json', jsonPath], { encoding: 'utf8' }); }
    catch (e) { out = e.stdout || ''; }  // a non-zero exit means findings, which this report has (blank cells)
  }
  if (out.trim()) {
    const cliFindings = JSON.parse(out);
    assert.deepEqual(cliFindings, await page.evaluate(() => window.nianbao.validate()),
      'the core (CLI) finds in the saved file exactly what the page shows');
  } else {
    t.diagnostic(`no \`nianbao validate\` at ${cli}: the saved JSON was checked in the test only`);
  }

  // ---- Last year's report: the cross-year checks ----
  const previous = JSON.parse(JSON.stringify(saved));
  previous.year = 2023;
  previous.cells['t3.carried_out.natural'] = 4;  // ≠ this year's 二、上年结转 (0)
  const prevPath = path.join(h.OUTPUT, 'previous.json');
  fs.writeFileSync(prevPath, JSON.stringify(previous));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), h.clickMark(page, 'button.previous')]);
  await chooser.setFiles(prevPath);
  await page.waitForFunction(() => JSON.parse(window.nianbao.state()).previous === true, null, { timeout: 5000 });
  await h.idle(page);
  f = await h.findings(page);
  assert.ok(f.findings.some((x) => /CARRY/.test(x.rule)), 'a cross-year finding appears');
  await h.screenshot(page, '07-previous-year.png');

  // ---- Browser shortcuts the editor does not use stay the browser's ----
  await page.evaluate(() => {
    window.__prevented = {};
    window.addEventListener('keydown', (e) => { window.__prevented[(e.ctrlKey ? 'Ctrl+' : '') + e.code] = e.defaultPrevented; });
  });
  await page.keyboard.down('Control');
  await page.evaluate(() => { window.print = () => {}; });  // no print dialog in a headless browser
  for (const k of ['KeyF', 'KeyP', 'KeyL', 'KeyZ']) await page.keyboard.press(k);
  await page.keyboard.up('Control');
  const prevented = await page.evaluate(() => window.__prevented);
  // Ctrl+F and Ctrl+P are the editor's own (its find bar; printing the official document, editor-clerk.test.js):
  // the browser's would search or print the canvas.
  assert.equal(prevented['Ctrl+KeyF'], true, 'Ctrl+F is the editor\'s find');
  assert.equal(prevented['Ctrl+KeyP'], true, 'Ctrl+P is the editor\'s print');
  assert.equal(prevented['Ctrl+KeyL'], false, 'Ctrl+L (address bar) is left to the browser');
  assert.equal(prevented['Ctrl+KeyZ'], true, 'Ctrl+Z is the editor\'s');
  await h.idle(page);
  await page.keyboard.press('Escape');  // close the find bar Ctrl+F opened
  await h.idle(page);

  // ---- Zoom ----
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Equal');
  await h.idle(page);
  assert.ok((await h.state(page)).zoom > 1.1);
  await h.screenshot(page, '08-zoomed.png');
  await page.keyboard.press('Control+0');
  await h.idle(page);

  // ---- Unsaved work: the browser asks before leaving ----
  await h.clickMark(page, 't3.granted.commercial');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await h.idle(page);
  assert.equal((await h.state(page)).unsaved, true);
  let asked = false;
  page.on('dialog', async (d) => { asked = d.type() === 'beforeunload'; await d.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await new Promise((res) => setTimeout(res, 500));
  assert.ok(asked, 'beforeunload warns about changes not saved to a file');

  assert.deepEqual(h.foreignRequests(requests, server.url), [], 'no request beyond the page');
  assert.deepEqual(server.hits.filter((u) => u !== '/'), [], 'the server was asked for nothing but the page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a published report pasted as text opens; several reports are kept and switchable; files open by drag and drop', async () => {
  const { context, page, errors, requests } = await newPage();
  await h.openEditor(page, server.url);
  const text = fs.readFileSync(path.join(__dirname, '../fixtures/import/jiedao_web_2024.txt'), 'utf8');
  // Ctrl+V of a whole report's text, with no field or cell taking it: the editor offers to open it.
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
  await h.idle(page);
  await h.clickMark(page, 'button.paste_open');
  await page.waitForFunction(() => window.nianbao.get().agency !== '', null, { timeout: 5000 });
  await h.idle(page);
  const r = await h.report(page);
  assert.ok(r.agency.length > 0);
  assert.ok(r.cells['t3.new.total'] !== null, 'the tables were read');
  await h.screenshot(page, '09-imported.png');
  await page.keyboard.press('Escape');  // close the import notes
  await h.idle(page);

  // A second report (JSON, dropped): both are kept; the 报告 menu switches back to the first.
  const second = { ...r, agency: '青石区文化和旅游局', year: 2024 };
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], '文旅局.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, JSON.stringify(second));
  await page.waitForFunction(() => window.nianbao.get().agency === '青石区文化和旅游局', null, { timeout: 5000 });
  await page.waitForTimeout(600);
  let st = await h.state(page);
  assert.deepEqual(st.reports.map((x) => x.agency).sort(), [r.agency, '青石区文化和旅游局'].sort());
  await h.clickMark(page, 'menu.reports');
  await h.screenshot(page, '11-report-menu.png');
  await h.clickMark(page, `report.${r.agency}/${r.year}`);
  assert.equal((await h.report(page)).agency, r.agency, 'switched back to the first report');
  assert.deepEqual(h.foreignRequests(requests, server.url), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a name with characters beyond GB2312 shows (browser-drawn glyphs); cells copy out as tab-separated text', async () => {
  const { context, page, errors } = await newPage();
  await h.openEditor(page, server.url);
  const cdp = await context.newCDPSession(page);
  // 堃 and 昇 are not in GB2312 (the embedded subset); 𠮷 is beyond the BMP.
  await h.clickMark(page, 'agency');
  await page.keyboard.press('Control+A');
  await cdp.send('Input.insertText', { text: '王堃昇𠮷街道办事处' });
  await h.idle(page);
  assert.equal((await h.report(page)).agency, '王堃昇𠮷街道办事处');
  const st = await h.state(page);
  assert.ok(st.host_glyphs >= 3, `the browser drew the characters the font lacks (${st.host_glyphs})`);
  await page.mouse.click(1300, 820);  // leave the field (Escape would revert it, as in any ImGui field)
  await h.idle(page);
  assert.equal((await h.report(page)).agency, '王堃昇𠮷街道办事处');
  await page.screenshot({ path: path.join(h.OUTPUT, '10-rare-characters.png'), clip: { x: 0, y: 30, width: 960, height: 150 } });

  // Copy a 2×2 block of 表三 with Ctrl+C: the copy event carries it as TSV.
  await h.clickMark(page, 't3.new.natural');
  await page.keyboard.type('7');
  await page.keyboard.press('Tab');
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  await h.clickMark(page, 't3.new.natural');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await h.idle(page);
  await page.evaluate(() => {
    window.__copied = null;
    window.addEventListener('copy', (e) => { window.__copied = e.clipboardData.getData('text/plain'); });
  });
  await page.keyboard.press('Control+C');
  await h.idle(page);
  const copied = await page.evaluate(() => window.__copied);
  assert.equal(copied, '7\t8\r\n\t\r\n', 'Ctrl+C put the selected block on the clipboard as tab-separated text');

  // Text copied out of a wrapped section has no line breaks the wrapping made.
  const long = '一二三四五六七八九十'.repeat(12) + '。';
  await h.clickMark(page, 'text.overview');
  await cdp.send('Input.insertText', { text: long });
  await h.idle(page);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  await h.idle(page);
  assert.equal(await page.evaluate(() => window.__copied), long, 'the copied paragraph is the paragraph');
  assert.deepEqual(errors, []);
  await context.close();
});

test('sharp on HiDPI screens (canvas in device pixels) and follows window resizes', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await h.openEditor(page, 'file://' + h.PAGE);
  const size = () => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return [c.width, c.height, window.innerWidth, window.innerHeight, window.devicePixelRatio];
  });
  let [w, hgt, cw, ch, dpr] = await size();
  assert.equal(dpr, 2);
  assert.deepEqual([w, hgt], [cw * 2, ch * 2], 'the canvas has one pixel per device pixel');
  await h.screenshot(page, '12-hidpi.png');
  await page.setViewportSize({ width: 760, height: 560 });
  await h.idle(page);
  [w, hgt, cw, ch] = await size();
  assert.deepEqual([w, hgt, cw, ch], [1520, 1120, 760, 560], 'the canvas followed the resize');
  const lay = await h.layout(page);
  assert.ok(lay.agency[0] + lay.agency[2] <= 760, 'the layout fits the narrower window');
  await h.screenshot(page, '13-narrow.png');
  await context.close();
});

test('a 20-character burst of keys all arrives without further input (ImGui\'s queued input keeps frames coming)', async () => {
  const { context, page, errors } = await newPage();
  await h.openEditor(page, server.url);
  const cdp = await context.newCDPSession(page);
  await h.clickMark(page, 'agency');
  // Key down/up pairs, all sent before the page draws once: ImGui takes one key change per frame and queues the rest.
  const burst = 'abcdefghijklmnopqrst';
  const sends = [];
  for (const ch of burst) {
    const code = `Key${ch.toUpperCase()}`, vk = ch.toUpperCase().charCodeAt(0);
    sends.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, code, text: ch, windowsVirtualKeyCode: vk }));
    sends.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch, code, windowsVirtualKeyCode: vk }));
  }
  await Promise.all(sends);
  // Then one burst of committed text (an input method, a paste of keys).
  await cdp.send('Input.insertText', { text: '街道办事处' });
  // No input at all from here on: the page must keep drawing until ImGui's queue is empty (one key change per frame
  // takes a few seconds in headless Chromium's software GL).
  const want = burst + '街道办事处';
  await page.waitForFunction((w) => window.nianbao.get().agency === w, want, { timeout: 20000, polling: 250 })
    .catch(() => {});
  assert.equal((await h.report(page)).agency, want, 'every character arrived without another event');

  // The same into a table cell, where typing changes no report until Enter commits it (so no other rule asks for
  // frames meanwhile): 20 digits and Enter in one burst.
  await h.clickMark(page, 't3.new.natural');
  const digits = '00000000000000000042';
  const keys = [];
  for (const d of digits) {
    const code = `Digit${d}`, vk = d.charCodeAt(0);
    keys.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: d, code, text: d, windowsVirtualKeyCode: vk }));
    keys.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: d, code, windowsVirtualKeyCode: vk }));
  }
  keys.push(cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 }));
  keys.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 }));
  await Promise.all(keys);
  await page.waitForFunction(() => window.nianbao.get().cells['t3.new.natural'] === 42, null,
    { timeout: 20000, polling: 250 }).catch(() => {});
  assert.equal((await h.report(page)).cells['t3.new.natural'], 42, 'the digits and Enter all arrived without another event');
  assert.deepEqual(errors, []);
  await context.close();
});

test('first start: opening a file stores only that file\'s report; it is saved until changed; restored work is not', async () => {
  const { context, page, errors } = await newPage();
  await h.openEditor(page, server.url);
  assert.deepEqual((await h.state(page)).reports, [], 'a fresh page stores nothing');
  const file = JSON.parse(fs.readFileSync(path.join(__dirname, '../desktop/fixtures/rare_names_report.json'), 'utf8'));
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'report.json', { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, JSON.stringify(file));
  await page.waitForFunction((a) => window.nianbao.get().agency === a, file.agency, { timeout: 5000 });
  await page.waitForTimeout(600);
  await h.idle(page);
  let st = await h.state(page);
  assert.deepEqual(st.reports, [{ agency: file.agency, year: file.year }], 'no blank "(未命名)" entry beside the opened file');
  assert.equal(st.unsaved, false, 'a JSON file just opened is saved');
  assert.equal(await page.evaluate(() => Module.nbUnsaved), false, 'so closing the page does not warn');

  // Reloaded unchanged, the report comes back as it is in the file: still saved, no warning.
  await page.reload();
  await h.openEditor(page, page.url());
  st = await h.state(page);
  assert.equal((await h.report(page)).agency, file.agency);
  assert.equal(st.unsaved, false, 'a report unchanged since its file was opened comes back saved');
  assert.match(st.status, /已恢复上次的工作（自动保存在本浏览器中）/);

  // Changed and reloaded without saving: the restored work is not in the file, and closing warns.
  await typeInto(page, 't3.new.natural', '7');
  await page.keyboard.press('Enter');
  await h.idle(page);
  await page.waitForTimeout(1300);  // autosave within 1 s
  await page.reload();
  await h.openEditor(page, page.url());
  st = await h.state(page);
  assert.equal((await h.report(page)).cells['t3.new.natural'], 7);
  assert.equal(st.unsaved, true, 'restored work changed since its file is not saved to a file');
  assert.equal(await page.evaluate(() => Module.nbUnsaved), true, 'and closing the page warns');
  await h.screenshot(page, '14-restored-unsaved.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a full localStorage (QuotaExceededError) is told to the user in the editor, and so is its recovery', async () => {
  const { context, page, errors } = await newPage();
  await h.openEditor(page, server.url);
  // Fill the origin's storage to the last character.
  await page.evaluate(() => {
    let i = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem(`fill/${i++}`, chunk); } catch (e) { break; }
      }
    }
  });
  const cdp = await context.newCDPSession(page);
  await h.clickMark(page, 'agency');
  await cdp.send('Input.insertText', { text: AGENCY });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
  await h.idle(page);
  let st = await h.state(page);
  assert.match(st.status, /^自动保存失败：本浏览器的存储空间已满/, `status: ${st.status}`);
  await h.screenshot(page, '15-autosave-failed.png');

  // Space again: the next change is autosaved and the warning goes.
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith('fill/')) localStorage.removeItem(k);
  });
  await h.clickMark(page, 'year', { clickCount: 3 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2023');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
  await h.idle(page);
  st = await h.state(page);
  assert.equal(st.status, '自动保存已恢复正常');
  assert.deepEqual(st.reports, [{ agency: AGENCY, year: 2023 }]);
  await h.screenshot(page, '16-autosave-back.png');
  assert.deepEqual(errors.filter((e) => !/quota/i.test(e)), []);
  await context.close();
});

test('nothing lost: a tab closed right after a keystroke keeps it; a failed open leaves the current report untouched', async () => {
  const { context, page, errors } = await newPage();
  await h.openEditor(page, server.url);
  await typeInto(page, 'agency', '东岭镇人民政府');
  await typeInto(page, 't3.new.natural', '12');
  await page.keyboard.press('Enter');
  await typeInto(page, 't3.carried_in.natural', '3');
  // Closed at once, well inside the 1 s autosave delay: the page flushes on pagehide.
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await h.openEditor(again, server.url);
  let r = await h.report(again);
  assert.equal(r.agency, '东岭镇人民政府');
  assert.equal(r.cells['t3.new.natural'], 12);
  assert.equal(r.cells['t3.carried_in.natural'], 3, 'the last keystroke before closing is kept');

  // Files that cannot be read: broken JSON, a JSON of another schema, binary bytes, a text that is no report.
  const before = await again.evaluate(() => window.nianbao.get());
  const bad = [['坏的.json', '{"schema": "nianbao.report", "version": 1, "cells": {'],
               ['别的.json', '{"hello": "world"}'],
               ['乱码.txt', '\u0000\u0001\u0002\u00ff\u00fe'],
               ['通知.txt', '关于做好春节期间值班工作的通知\n各科室：请按时值班。']];
  for (const [name, content] of bad) {
    await again.evaluate(([n, t]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], n));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, [name, content]);
    await h.idle(again, 300);
    assert.deepEqual(await again.evaluate(() => window.nianbao.get()), before, `${name}: the current report is untouched`);
    const st = await h.state(again);
    assert.match(st.status, /无法/, `${name}: the status line says it could not be opened (${st.status})`);
    await again.keyboard.press('Escape');  // close any message dialog
    await h.idle(again);
  }
  await h.screenshot(again, '15-failed-open.png');
  assert.deepEqual(errors, []);
  await context.close();
});
