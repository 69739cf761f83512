// The comparison in the page, as a user reaches it: 报告 → 与上年对比… asks for last year's report, the file chooser
// gives it, and the view shows the summary (rates, the largest changes, cross-year problems) and both years side by
// side with the repeated passage highlighted; a summary item jumps to its table; the comparison downloads as HTML.
// Also the API: window.nianbao.compare(previous, current) gives the object the CLI prints (docs/compare-json.md).
//
//   node --test tests/browser/compare.test.js   (NIANBAO_PAGE=… for another build; screenshots in tests/browser/output)
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness.js');

const AGENCY = '示例县青松街道办事处';
const SHARED = '（三）政府信息管理情况。严格执行信息发布审核制度。';
let env, blank;

// Two years of one made-up agency: one paragraph of 一、总体情况 repeated, 行政许可 +74, 行政处罚 −3.
function pair() {
  const previous = JSON.parse(JSON.stringify(blank));
  previous.agency = AGENCY;
  previous.year = 2023;
  previous.sections.overview = '（一）主动公开情况。本街道全年主动公开政府信息98条。\n' + SHARED;
  for (const id of Object.keys(previous.cells)) previous.cells[id] = 0;  // every cell filled in, both years
  previous.cells['t2.fees.amount'] = '0.35';
  Object.assign(previous.cells, { 't2.licensing.decisions': 46, 't2.penalty.decisions': 38 });
  const current = JSON.parse(JSON.stringify(previous));
  current.year = 2024;
  // Enough further paragraphs that the view scrolls (the jump below must move it).
  const more = [];
  for (let i = 1; i <= 16; i++) more.push(`（四）第${i}项工作：按照年度要点推进政务公开标准化规范化建设，完成第${i}批目录梳理。`);
  current.sections.overview = '（一）今年新建了政务公开专区，接待群众咨询。\n' + SHARED + '\n' + more.join('\n');
  Object.assign(current.cells, { 't2.licensing.decisions': 120, 't2.penalty.decisions': 35 });
  return { previous, current };
}

before(async () => {
  env = await h.startPage();
  const page = await env.browser.newPage();
  await h.openEditor(page, env.server.url);
  blank = await h.report(page);
  await page.close();
});
after(() => h.stopPage(env));

test('报告 → 与上年对比… compares with last year\'s file: summary, highlighted passage, jump, HTML download', async () => {
  const { previous, current } = pair();
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await h.openEditor(page, env.server.url);
  assert.equal((await page.evaluate((r) => window.nianbao.load(r), current)).ok, true);
  await h.idle(page);

  await h.clickMark(page, 'menu.reports');
  await h.clickMark(page, 'menu.compare');
  let view = await page.evaluate(() => window.nianbao.compareView.state());
  assert.equal(view.open, true);
  assert.equal(view.compared, false, 'no last year\'s report yet: the view asks for one');
  const prevPath = path.join(h.OUTPUT, 'compare-2023.json');
  fs.writeFileSync(prevPath, JSON.stringify(previous));
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), h.clickMark(page, 'button.cmp.pick_file')]);
  await chooser.setFiles(prevPath);
  await page.waitForFunction(() => window.nianbao.compareView.state().compared === true, null, { timeout: 10000 });
  await h.idle(page);

  // The summary is the core's comparison of the same two reports.
  view = await page.evaluate(() => window.nianbao.compareView.state());
  const api = await page.evaluate(([p, c]) => window.nianbao.compare(p, c), [previous, current]);
  assert.ok(Math.abs(view.rates.text - api.repetition.text) < 1e-6, `${view.rates.text} vs ${api.repetition.text}`);
  assert.equal(view.rates.tables, 198 / 200);
  assert.equal(view.changed_cells, 2);
  assert.ok(view.passages.overview >= 1);
  await h.screenshot(page, 'compare-01-view.png');
  const lay = await h.layout(page);
  for (const name of ['cmp.rate.0', 'cmp.rate.1', 'cmp.rate.2', 'cmp.change.0', 'cmp.change.1', 'cmp.section.overview'])
    assert.ok(lay[name] && lay[name][5], `${name} is shown`);
  // The repeated paragraph is highlighted in both columns, last year's on the left.
  const left = lay['cmp.passage.overview.previous'], right = lay['cmp.passage.overview.current'];
  assert.ok(left && right, 'a highlighted passage in each year\'s column');
  assert.ok(left[2] > 50 && right[2] > 50, 'the highlights have the passage\'s width');
  assert.ok(left[0] < right[0], 'last year on the left, this year on the right');

  // The largest change (+74, 行政许可) jumps to 表二's changed cells.
  await h.clickMark(page, 'cmp.change.0');
  const after = await h.layout(page);
  assert.ok(after['cmp.cell.t2.licensing.decisions'] && after['cmp.cell.t2.licensing.decisions'][5],
    '表二\'s changed cells are in view after the jump');
  assert.ok(after['cmp.section.proactive'][1] < lay['cmp.section.proactive'][1] - 100, 'the view scrolled down to 二');
  await h.screenshot(page, 'compare-02-jumped.png');

  // The same comparison downloads as HTML with the passage marked.
  const [download] = await Promise.all([page.waitForEvent('download'), h.clickMark(page, 'button.cmp.html')]);
  const htmlPath = path.join(h.OUTPUT, 'compare-download.html');
  await download.saveAs(htmlPath);
  const html = fs.readFileSync(htmlPath, 'utf8');
  assert.ok(html.includes('<mark>' + SHARED + '</mark>'), 'the download marks the repeated paragraph');
  assert.ok(html.includes('<td>+74</td>'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('window.nianbao.compare returns the comparison as an object and refuses a bad report in Chinese', async () => {
  const { previous, current } = pair();
  const page = await env.browser.newPage();
  await h.openEditor(page, env.server.url);
  const c = await page.evaluate(([p, cur]) => window.nianbao.compare(p, JSON.stringify(cur)), [previous, current]);
  assert.equal(c.previous.year, 2023);
  assert.equal(c.current.agency, AGENCY);
  assert.deepEqual(Object.keys(c), ['previous', 'current', 'repetition', 'sections', 'cells', 'checks']);
  assert.equal(c.sections.length, 6);
  assert.deepEqual(c.cells.map((x) => [x.id, x.change]), [['t2.licensing.decisions', 74], ['t2.penalty.decisions', -3]]);
  // Without `current`: against the report being edited.
  assert.equal((await page.evaluate((r) => window.nianbao.load(r), current)).ok, true);
  const mine = await page.evaluate((p) => window.nianbao.compare(p), previous);
  assert.deepEqual(mine.cells, c.cells);
  const bad = await page.evaluate(() => window.nianbao.compare('{"schema":"nianbao.report","version":1,"cells":{"t3.new.natural":-3}}'));
  assert.match(bad.error, /^未对比：上年报告无法读取/);
  assert.match(bad.details.join(), /自然人/);
  const wrong = await page.evaluate(() => window.nianbao.compare(42));
  assert.match(wrong.error, /^未对比/);
  await page.close();
});
