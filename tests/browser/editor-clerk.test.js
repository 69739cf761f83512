// The editor as a clerk meets it (issue 12), in Debian's Chromium: small screens (1024×700 up), keyboard focus that
// never eats input, an input method's composition shown at the caret, tooltips that give way to typing, printing the
// official document, finding text, where the view lands, a refused "-5", exports that count errors first, the import
// notes shown again from a menu. Screenshots go to tests/browser/output/clerk-*.png.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const h = require('./harness.js');

const FIXTURES = path.join(__dirname, '../fixtures/import');
let browser, server;

before(async () => ({ browser, server } = await h.startPage()));
after(() => h.stopPage({ browser, server }));

async function newPage(viewport = { width: 1400, height: 900 }, deviceScaleFactor = 1) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await h.openEditor(page, server.url);
  return { context, page, errors };
}

// Opens a published report's text through the page's own file picker (as Ctrl+O does).
async function openFixture(page, name) {
  await page.setInputFiles('#picker', path.join(FIXTURES, name));
  await page.waitForFunction(() => JSON.parse(window.nianbao.state()).status.startsWith('已打开'), null, { timeout: 20000 });
  await h.idle(page);
}

// The rows of 表三 as drawn: [top, height] of each row's first cell, in CSS pixels.
function table3Rows(lay) {
  return Object.keys(lay).filter((k) => k.startsWith('t3.') && k.endsWith('.natural')).map((k) => [k, lay[k][1], lay[k][3]]);
}

for (const [width, height] of [[1024, 700], [1152, 720], [1366, 768]]) {
  test(`at ${width}×${height} every row of 表三 is at most two text lines high`, async () => {
    const { context, page, errors } = await newPage({ width, height });
    await h.scrollTo(page, 't3.granted.natural');
    const rows = table3Rows(await h.layout(page));
    assert.equal(rows.length, 25, 'all 25 rows of 表三 are drawn');
    // A one-line row is the smallest; a two-line row adds one line (less than a one-line row's height), three lines
    // would add two.
    const one = Math.min(...rows.map((r) => r[2]));
    for (const [id, , hgt] of rows) assert.ok(hgt < 2 * one, `${id}: ${hgt}px high, one-line rows are ${one}px`);
    await h.screenshot(page, `clerk-${width}x${height}-table3.png`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the findings panel folds away and is resized by dragging its edge', async () => {
  const { context, page } = await newPage({ width: 1024, height: 700 });
  await h.scrollTo(page, 't3.granted.natural');
  const before = (await h.layout(page))['t3.granted.natural'];
  const split = (await h.layout(page)).splitter;
  assert.ok(split, 'the splitter is drawn');
  // Drag the splitter 120 px to the right: the panel gets narrower, the document wider.
  await page.mouse.move(split[0] + split[2] / 2, split[1] + 200);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) { await page.mouse.move(split[0] + split[2] / 2 + 20 * i, split[1] + 200); await h.idle(page, 30); }
  await page.mouse.up();
  await h.idle(page);
  const moved = (await h.layout(page)).splitter;
  assert.ok(moved[0] > split[0] + 60, `the splitter moved from ${split[0]} to ${moved[0]}`);
  await h.clickMark(page, 'button.panel_fold');
  const lay = await h.layout(page);
  assert.ok(!lay.splitter, 'folded: no splitter');
  assert.ok(lay['button.panel_unfold'], 'folded: a button to unfold it');
  const after = lay['t3.granted.natural'];
  assert.ok(after[2] >= before[2], `cells are no narrower with the panel folded (${before[2]} → ${after[2]})`);
  await h.screenshot(page, 'clerk-1024-panel-folded.png');
  await h.clickMark(page, 'button.panel_unfold');
  assert.ok((await h.layout(page)).splitter, 'unfolded again');
  await context.close();
});

test('Esc then digits ends in the cell or in a visible message, never lost silently', async () => {
  const { context, page } = await newPage();
  await h.clickMark(page, 't3.new.natural');
  await page.keyboard.press('Escape');
  await h.idle(page);
  let st = await h.state(page);
  assert.equal(st.grid_active, false, 'Esc took the keyboard from the grid');
  await page.keyboard.type('7');
  await h.idle(page);
  st = await h.state(page);
  const cell = (await h.report(page)).cells['t3.new.natural'];
  assert.ok(cell === 7 || /没有选中的单元格/.test(st.status), `the 7 went into the cell (${cell}) or the status says why not (${st.status})`);
  await h.screenshot(page, 'clerk-esc-then-digit.png');

  // A menu closed with Esc: the next click still selects the cell it lands on.
  await h.clickMark(page, 'menu.file');
  await page.keyboard.press('Escape');
  await h.idle(page);
  await h.clickMark(page, 't3.new.commercial');
  st = await h.state(page);
  assert.equal(st.cell_id, 't3.new.commercial', 'the click after closing the menu with Esc selected the cell');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await h.idle(page);
  assert.equal((await h.report(page)).cells['t3.new.commercial'], 4, 'and digits typed then went into it');
  await context.close();
});

test('a typed "-5" or a letter in a count cell is refused with a note at the cell', async () => {
  const { context, page } = await newPage();
  await h.clickMark(page, 't3.new.natural');
  await page.keyboard.type('-5');
  await h.idle(page);
  let lay = await h.layout(page);
  let st = await h.state(page);
  assert.equal((await h.report(page)).cells['t3.new.natural'], null, 'the cell stays blank: no 5, no -5');
  assert.match(st.status, /“-5”未填入：不能为负数/, `status: ${st.status}`);
  assert.ok(lay['note.refused'] && lay['note.refused'][5], 'a note is drawn at the cell');
  const cell = lay['t3.new.natural'];
  assert.ok(Math.abs(lay['note.refused'][1] - (cell[1] + cell[3])) < 8, 'right under the cell');
  await h.screenshot(page, 'clerk-minus-five-refused.png');
  // A letter is refused the same way; the digit after it is typed as usual.
  await h.clickMark(page, 't3.new.legal');
  await page.keyboard.type('a');
  await h.idle(page);
  assert.match((await h.state(page)).status, /“a”未填入：件数只能填非负整数/);
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await h.idle(page);
  assert.equal((await h.report(page)).cells['t3.new.legal'], 3);
  await context.close();
});

test('an input method\'s composition shows at the caret, underlined', async () => {
  const { context, page } = await newPage();
  const cdp = await context.newCDPSession(page);
  await h.clickMark(page, 'text.overview');
  await cdp.send('Input.imeSetComposition', { text: 'gongkai', selectionStart: 7, selectionEnd: 7 });
  await h.idle(page);
  const ime = await page.evaluate(() => {
    const e = document.getElementById('ime');
    const r = e.getBoundingClientRect();
    const cs = getComputedStyle(e);
    return { value: e.value, opacity: cs.opacity, color: cs.color, underline: cs.textDecorationLine, box: [r.left, r.top, r.width, r.height] };
  });
  const area = (await h.layout(page))['text.overview'];
  assert.equal(ime.value, 'gongkai');
  assert.equal(ime.opacity, '1', 'visible while composing');
  assert.notEqual(ime.color, 'rgba(0, 0, 0, 0)');
  assert.match(ime.underline, /underline/);
  assert.ok(ime.box[2] > 20, `wide enough for the composition (${ime.box[2]}px)`);
  assert.ok(ime.box[0] >= area[0] && ime.box[0] <= area[0] + area[2] && ime.box[1] >= area[1] - 2 && ime.box[1] <= area[1] + area[3],
    `at the caret inside the text area: ${ime.box} in ${area.slice(0, 4)}`);
  await h.screenshot(page, 'clerk-ime-composition.png');
  await cdp.send('Input.imeCommitComposition', { text: '公开' }).catch(() => cdp.send('Input.insertText', { text: '公开' }));
  await h.idle(page);
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('ime')).opacity), '0', 'hidden again after');
  assert.match((await h.report(page)).sections.overview, /公开/);
  await context.close();
});

test('a tooltip hides on a keypress and does not come back over the typing', async () => {
  const { context, page } = await newPage();
  await h.clickMark(page, 't3.new.natural');
  const cell = (await h.layout(page))['t3.granted.natural'];
  await page.mouse.move(cell[0] + cell[2] / 2, cell[1] + cell[3] / 2);
  await page.waitForFunction(() => !!window.nianbao.layout()['tooltip.cell'], null, { timeout: 5000 });
  await h.screenshot(page, 'clerk-tooltip-shown.png');
  await page.keyboard.press('ArrowRight');
  await h.idle(page);
  assert.ok(!(await h.layout(page))['tooltip.cell'], 'the keypress hid the tooltip');
  await page.keyboard.type('12');
  await h.idle(page, 300);
  assert.ok(!(await h.layout(page))['tooltip.cell'], 'no tooltip while typing into the cell');
  await context.close();
});

test('打印 (Ctrl+P) prints the official document, not the canvas', async () => {
  const { context, page } = await newPage();
  // Headless Chromium has no print dialog: count the calls, then render the page as it prints (page.pdf uses print media).
  await page.evaluate(() => { window.nbPrintCalls = 0; window.print = () => { window.nbPrintCalls++; }; });
  await h.clickMark(page, 'agency');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.insertText', { text: '西岭县测试局' });
  await h.clickMark(page, 't3.new.natural');
  await page.keyboard.type('31');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await page.waitForFunction(() => window.nbPrintCalls === 1, null, { timeout: 5000 });
  const pdf = path.join(h.OUTPUT, 'clerk-print.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  assert.match(text, /西岭县测试局/, 'the title is printed');
  for (const heading of ['一、总体情况', '三、收到和处理政府信息公开申请情况', '六、其他需要报告的事项'])
    assert.ok(text.includes(heading), `${heading} is printed`);
  assert.match(text, /一、本年新收政府信息公开申请数量\s+31/, 'the number typed is in its row');
  assert.ok(!/计算总计|检查结果/.test(text), 'no toolbar or panel text');
  const images = execFileSync('pdfimages', ['-list', pdf]).toString().trim().split('\n').slice(2);
  assert.equal(images.length, 0, 'no image of the canvas in the printout');
  assert.ok(Number(execFileSync('pdfinfo', [pdf]).toString().match(/Pages:\s+(\d+)/)[1]) >= 2, 'A4 pages');
  execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '2', pdf, path.join(h.OUTPUT, 'clerk-print-page')]);
  await context.close();
});

test('查找 (Ctrl+F) finds a number and a label and jumps to the cell', async () => {
  const { context, page } = await newPage();
  await h.clickMark(page, 't4.review.upheld');
  await page.keyboard.type('4321');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await h.clickMark(page, 't3.new.natural');  // another cell selected, so a jump is seen
  await page.keyboard.press('Escape');
  await h.scrollTo(page, 'agency');  // far from the cell
  await page.keyboard.press('Control+F');
  await h.idle(page);
  assert.ok((await h.layout(page))['find.field'], 'the find bar is open');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.insertText', { text: '4321' });
  await h.idle(page);
  assert.match((await h.state(page)).status, /^(?!没有选中)/, 'the typed query went into the find field');
  await page.keyboard.press('Enter');
  await h.idle(page);
  let st = await h.state(page);
  assert.equal(st.cell_id, 't4.review.upheld', 'the number was found');
  const lay = await h.layout(page);
  assert.ok(lay['t4.review.upheld'][5], 'and scrolled into view');
  await h.screenshot(page, 'clerk-find-number.png');
  // A row label: its first cell.
  await h.clickMark(page, 'find.field');
  await page.keyboard.press('Control+A');
  await cdp.send('Input.insertText', { text: '予以公开' });
  await page.keyboard.press('Enter');
  await h.idle(page);
  st = await h.state(page);
  assert.equal(st.cell_id, 't3.granted.natural', 'the label was found');
  await context.close();
});

test('an opened report starts at its top; a jump to a finding shows the cell with room above it', async () => {
  const { context, page } = await newPage({ width: 1280, height: 760 });
  await h.scrollTo(page, 't4.review.upheld');
  await openFixture(page, 'layout_2019.txt');
  await page.keyboard.press('Escape');  // the import notes
  await h.idle(page);
  let lay = await h.layout(page);
  assert.ok(lay.agency[5], 'the agency field (top of the report) is in view after opening');
  await h.screenshot(page, 'clerk-opened-at-top.png');
  // The import notes come back from the menu.
  await h.clickMark(page, 'menu.file');
  await h.clickMark(page, 'menu.import_notes');
  assert.match((await h.state(page)).status, /重新显示上次导入的说明（\d+ 条）/);
  await h.screenshot(page, 'clerk-import-notes-again.png');
  await page.keyboard.press('Escape');
  await h.idle(page);
  // A finding with cells: its cell lands with room above it, not at the top edge.
  lay = await h.layout(page);
  const entry = Object.keys(lay).find((k) => k.startsWith('finding.') && lay[k][4] >= 0 && lay[k][5]);
  assert.ok(entry, 'a finding that points at a cell is listed');
  await h.clickMark(page, entry);
  await h.idle(page);
  const st = await h.state(page);
  lay = await h.layout(page);
  const cell = lay[st.cell_id];
  assert.ok(cell && cell[5], `the finding's cell ${st.cell_id} is in view`);
  assert.ok(cell[1] > 760 * 0.2, `with room above it for its headers (top at ${cell[1]}px)`);
  await context.close();
});

test('exporting a report with errors says how many first and still exports', async () => {
  const { context, page } = await newPage();
  await h.clickMark(page, 't4.review.upheld');
  await page.keyboard.type('1');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('9');  // 总计 9 ≠ 1
  await page.keyboard.press('Enter');
  await h.idle(page);
  const errors = (await h.state(page)).errors;
  assert.ok(errors > 0, 'the report has errors');
  const [download] = await Promise.all([page.waitForEvent('download'), h.clickMark(page, 'button.docx')]);
  assert.match(download.suggestedFilename(), /\.docx$/);
  // Counted as the whole report is checked (blanks are errors there), so at least the errors shown while typing.
  const said = (await h.state(page)).status.match(/^报告有 (\d+) 个错误.*仍已导出/);
  assert.ok(said && Number(said[1]) >= errors, `status: ${(await h.state(page)).status}`);
  await h.screenshot(page, 'clerk-export-with-errors.png');
  await context.close();
});

test('the status line stops asking for 机关名称 and 年度 once both are filled', async () => {
  const { context, page } = await newPage();
  assert.match((await h.state(page)).status, /请填写机关名称和报告年度/);
  const cdp = await context.newCDPSession(page);
  await h.clickMark(page, 'agency');
  await cdp.send('Input.insertText', { text: '西岭县测试局' });
  await h.idle(page);
  await h.clickMark(page, 'year', { clickCount: 3 });
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2024');
  await page.keyboard.press('Enter');
  await h.idle(page);
  const st = await h.state(page);
  assert.doesNotMatch(st.status, /请填写机关名称/);
  assert.equal(st.status, '机关名称和报告年度已填写');
  // 帮助 lists the shortcuts, and says a whole published report can be pasted (looked at in the screenshot).
  await h.clickMark(page, 'menu.help');
  await h.screenshot(page, 'clerk-help.png');
  await context.close();
});

test('one wheel notch scrolls the same distance at devicePixelRatio 1 and 2', async () => {
  const moved = [];
  for (const dpr of [1, 2]) {
    const { context, page } = await newPage({ width: 1280, height: 760 }, dpr);
    const before = (await h.layout(page)).agency[1];
    await page.mouse.move(300, 400);
    await page.mouse.wheel(0, 100);
    await h.idle(page);
    moved.push(before - (await h.layout(page)).agency[1]);
    await context.close();
  }
  assert.ok(moved[0] > 10, `one notch scrolls (${moved[0]} CSS px)`);
  assert.ok(Math.abs(moved[0] - moved[1]) <= 2, `the same distance at both ratios: ${moved.join(' and ')} CSS px`);
});

test('a relation still being filled in is 未填完, not an error; 计算总计 names the blank parts it met', async () => {
  const { context, page } = await newPage();
  await h.clickMark(page, 't3.new.natural');
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await h.idle(page);
  const lay = await h.layout(page);
  assert.equal(lay['t3.new.natural'][4], 0, 'the first number of an empty column is not marked as an error');
  await h.screenshot(page, 'clerk-pending.png');
  // 计算总计: the column's blanks are counted as 0, and the status line says so.
  await h.clickMark(page, 'button.totals');
  const st = await h.state(page);
  assert.match(st.status, /已按各项之和填写 \d+ 个总计.*空白/, `status: ${st.status}`);
  await context.close();
});
