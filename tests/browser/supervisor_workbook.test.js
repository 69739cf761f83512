// The supervisor's charts, workbook and dashboard in Debian's Chromium: three reports go into the table; the 图表 tab
// draws a bar per report in each chart; "导出 Excel" downloads a workbook that python3-openpyxl (an independent reader)
// reads back with one 检查结果 row per file and the table's counts, 200 labelled data columns and five chart parts;
// nianbao.supervisor.workbook() returns the same workbook; the dashboard page opens in Chromium with its five SVG
// charts drawn (screenshots saved).
//
//   node --test tests/browser/supervisor_workbook.test.js   (screenshots and downloads in tests/browser/output)
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness.js');

const READER = path.join(__dirname, '../support/read_workbook.py');
let browser, server;

before(async () => ({ browser, server } = await h.startPage()));
after(() => h.stopPage({ browser, server }));

// openpyxl from Debian's python3 (a python3 earlier on PATH may lack it).
const readWorkbook = (file) => JSON.parse(execFileSync('/usr/bin/python3', [READER, file], { encoding: 'utf8' }));

async function pageWithThreeReports() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await h.openEditor(page, server.url);
  const blank = await h.report(page);
  const files = ['甲局', '乙局', '丙局'].map((agency, i) => {
    const r = JSON.parse(JSON.stringify(blank));
    r.agency = agency;
    r.year = 2024;
    return { name: `${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(r)) };
  });
  files.push({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
  await page.setInputFiles('#nb-multi-picker', files);
  await page.waitForFunction(() => window.nianbao.supervisor.rows().count === 4);
  await h.idle(page);
  return { context, page, errors };
}

function checkWorkbook(book, rows) {
  assert.deepEqual(book.sheets, ['检查结果', '数据', '汇总', '图表']);
  assert.equal(book.checks.length, rows.rows.length, 'one 检查结果 row per file');
  for (const r of rows.rows) {
    const got = book.checks.find((c) => c['文件'] === r.file);
    assert.ok(got, `${r.file} has a row`);
    if (!r.ok) {
      assert.match(got['第一个问题'], /^无法读取/);
      continue;
    }
    assert.equal(got['机关'], r.agency);
    assert.equal(got['错误'], r.errors, `${r.file}: errors as in the table`);
    assert.equal(got['提醒'], r.warnings, `${r.file}: warnings as in the table`);
  }
  assert.equal(book.data_lower.length, 3 + 200, '200 cell columns after 文件, 机关, 年度');
  assert.ok(book.data_lower.slice(3).every((x) => typeof x === 'string' && x.length > 0), 'every cell column labelled');
  assert.equal(book.data.length, 3, 'one 数据 row per readable report');
  assert.equal(book.chart_parts.length, 5, 'five native charts in xl/charts/');
}

test('the 图表 tab draws the charts; 导出 Excel downloads a workbook openpyxl reads back; workbook() returns one too', async () => {
  const { context, page, errors } = await pageWithThreeReports();
  await h.clickMark(page, 'button.sup.tab.charts');
  const rows = await page.evaluate(() => window.nianbao.supervisor.rows());
  assert.equal(rows.tab, 1);
  const l = await h.layout(page);
  assert.ok(l['sup.chart.0'] && l['sup.chart.0'][5], 'the findings chart is on screen');
  assert.equal(l['sup.chart.0'][4], 3, 'a bar per readable report');
  assert.ok(l['sup.chart.0.bar.0'], 'its first bar is drawn');
  await h.screenshot(page, 'supervisor-06-charts.png');

  const download = page.waitForEvent('download');
  await h.clickMark(page, 'button.sup.xlsx');
  const file = await download;
  assert.equal(file.suggestedFilename(), '检查结果.xlsx');
  const saved = path.join(h.OUTPUT, 'supervisor-download.xlsx');
  await file.saveAs(saved);
  checkWorkbook(readWorkbook(saved), rows);

  const bytes = await page.evaluate(() => Array.from(window.nianbao.supervisor.workbook()));
  const viaApi = path.join(h.OUTPUT, 'supervisor-api.xlsx');
  fs.writeFileSync(viaApi, Buffer.from(bytes));
  checkWorkbook(readWorkbook(viaApi), rows);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the dashboard page opens in Chromium with its five charts drawn and no script', async () => {
  const { context, page, errors } = await pageWithThreeReports();
  const html = await page.evaluate(() => window.nianbao.supervisor.dashboard());
  assert.ok(!html.includes('<script'), 'no script');
  const file = path.join(h.OUTPUT, 'supervisor-dashboard.html');
  fs.writeFileSync(file, html);
  const view = await context.newPage();
  await view.goto('file://' + file);
  const charts = await view.evaluate(() => Array.from(document.querySelectorAll('figure.chart svg')).map((s) => {
    const box = s.getBoundingClientRect();
    return { w: box.width, h: box.height, bars: s.querySelectorAll('g').length };
  }));
  assert.equal(charts.length, 5);
  for (const c of charts) assert.ok(c.w > 300 && c.h > 40 && c.bars === 3, `a bar per readable report: ${JSON.stringify(c)}`);
  assert.equal(await view.evaluate(() => document.querySelectorAll('table.checks tbody tr').length), 4);
  await view.screenshot({ path: path.join(h.OUTPUT, 'supervisor-dashboard.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('comparison mode: last year\'s reports pair with this year\'s by agency; a pair opens with last year\'s report', async () => {
  const { context, page, errors } = await pageWithThreeReports();
  const blank = await h.report(page);
  const lastYear = ['甲局', '乙局', '丁局'].map((agency, i) => {
    const r = JSON.parse(JSON.stringify(blank));
    r.agency = agency;
    r.year = 2023;
    return { name: `上年${i + 1}.json`, text: JSON.stringify(r) };
  });
  await page.evaluate((files) => window.nianbao.supervisor.addPrevious(files), lastYear);
  await page.waitForFunction(() => window.nianbao.supervisor.rows().previous === 3);
  await h.idle(page);
  const r = await page.evaluate(() => window.nianbao.supervisor.rows());
  assert.equal(r.tab, 2, 'the comparison is shown once last year\'s set is in');
  assert.equal(r.count, 4, 'this year\'s table is unchanged');
  assert.deepEqual(r.pairs.map((p) => p.agency).sort(), ['乙局', '甲局']);
  for (const p of r.pairs) assert.equal(p.previous_year, 2023);
  assert.equal(r.unpaired_previous, 1, '丁局 has no report this year');
  assert.equal(r.unpaired_current, 1, '丙局 has no report last year');
  const l = await h.layout(page);
  assert.ok(l['sup.pair.0'] && l['sup.pair.0'][5], 'the first pair is on screen');
  assert.ok(l['sup.chart.10'], 'the chart of last year beside this year is drawn');
  await h.screenshot(page, 'supervisor-07-comparison.png');
  await h.clickMark(page, 'sup.pair.0');
  const opened = await h.report(page);
  assert.equal(opened.agency, r.pairs[0].agency);
  assert.equal(opened.year, 2024);
  assert.equal((await h.state(page)).previous, true, 'last year\'s report is loaded for the cross-year checks');
  assert.deepEqual(errors, []);
  await context.close();
});
