// Documents in the page (issue 10): a .docx and a PDF dropped on the page open as the report with its findings;
// nianbao.importDocument(bytes, filename) returns the report; files that are no report (a PNG, random bytes, a
// program, an old .doc) are refused with a Chinese message naming the file while the open report stays byte for byte
// as it was; the supervisor's view lists such a file as unreadable, not as a report with errors.
//
// The documents are made here from our own fixture, by programs the page did not write: the `nianbao` CLI
// (NIANBAO_CLI) exports the .docx, LibreOffice turns it into a PDF.
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const h = require('./harness.js');

const CLI = process.env.NIANBAO_CLI;
const FIXTURE = path.join(__dirname, '../fixtures/import/jiedao_web_2024.txt');
let browser, server, work, expected, docx, pdf;

before(async () => {
  ({ browser, server } = await h.startPage());
  assert.ok(CLI && fs.existsSync(CLI), 'NIANBAO_CLI names the built nianbao program');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'nianbao-documents-'));
  execFileSync(CLI, ['import', FIXTURE, '-o', path.join(work, 'imported.json')]);
  // One broken relation, so the page has a finding to show: 自然人 new applications one more than it handled.
  expected = JSON.parse(fs.readFileSync(path.join(work, 'imported.json'), 'utf8'));
  expected.cells['t3.new.natural'] += 1;
  fs.writeFileSync(path.join(work, 'report.json'), JSON.stringify(expected));
  execFileSync(CLI, ['export', path.join(work, 'report.json'), '--to', 'docx', '-o', path.join(work, 'report.docx')]);
  docx = fs.readFileSync(path.join(work, 'report.docx'));
  fs.mkdirSync(path.join(work, 'profile'));
  execFileSync('timeout', ['240', 'soffice', '--headless', '--norestore', `-env:UserInstallation=file://${work}/profile`,
    '--convert-to', 'pdf', '--outdir', work, path.join(work, 'report.docx')], { stdio: 'ignore' });
  pdf = fs.readFileSync(path.join(work, 'report.pdf'));
});
after(async () => {
  await h.stopPage({ browser, server });
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await h.openEditor(page, server.url);
  await page.evaluate(BYTES_OF);
  return { context, page, errors };
}

// Bytes go into the page as base64 (a 300 KB array as JSON numbers is slow to pass); `bytesOf` turns them back.
const b64 = (bytes) => Buffer.from(bytes).toString('base64');
const BYTES_OF = 'window.bytesOf = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));';

// Drops one file on the page, as a user drags it from the desktop.
async function drop(page, name, bytes, type) {
  await page.evaluate(([n, b, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([window.bytesOf(b)], n, { type: t }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, b64(bytes), type]);
}

const importDocument = (page, bytes, name) =>
  page.evaluate(([b, n]) => window.nianbao.importDocument(window.bytesOf(b), n), [b64(bytes), name]);

// A PDF keeps no space characters, only gaps between glyphs: where a gap becomes a space ("信息 86条" for
// "信息86条", at a change of font) is the reader's guess, so texts read from a PDF are compared without white space.
const withoutSpaces = (sections) => Object.fromEntries(Object.entries(sections).map(([k, v]) => [k, String(v).replace(/\s+/g, '')]));
function sameReport(got, want, { fromPdf = false } = {}) {
  assert.equal(got.agency, want.agency);
  assert.equal(got.year, want.year);
  assert.deepEqual(got.cells, want.cells, 'every cell');
  if (fromPdf) assert.deepEqual(withoutSpaces(got.sections), withoutSpaces(want.sections), 'the section texts');
  else assert.deepEqual(got.sections, want.sections, 'the section texts');
}

test('a .docx dropped on the page opens as the report, with its findings', async () => {
  const { context, page, errors } = await newPage();
  await drop(page, '望江街道2024年报.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  await page.waitForFunction((a) => JSON.parse(window.nianbao.get()).agency === a, expected.agency, { timeout: 10000 });
  await h.idle(page);
  sameReport(await h.report(page), expected);
  const findings = await h.findings(page);
  const st = await h.state(page);
  assert.equal(st.errors, findings.errors, 'the findings panel counts what validation found');
  assert.ok(findings.findings.some((f) => f.severity === 'error' && f.column === '自然人'),
    'the broken 自然人 column is found: ' + JSON.stringify(findings.findings.map((f) => f.message)));
  assert.ok(st.errors > 0);
  assert.match(st.status, /已打开/);
  await h.screenshot(page, 'documents-docx.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('nianbao.importDocument returns the report of a .docx as an object', async () => {
  const { context, page, errors } = await newPage();
  const res = await importDocument(page, docx, '年报.docx');
  assert.equal(res.ok, true, JSON.stringify(res));
  sameReport(res.report, expected);
  assert.ok(Array.isArray(res.messages));
  sameReport(await h.report(page), expected);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a PNG, random bytes, a program and an old .doc are refused by name; the open report stays byte for byte', async () => {
  const { context, page, errors } = await newPage();
  assert.equal((await importDocument(page, docx, '年报.docx')).ok, true);
  await h.idle(page);
  const before = await page.evaluate(() => String(window.nianbao.get()));
  let seed = 7;
  const random = Buffer.alloc(300 * 1024);
  for (let i = 0; i < random.length; i++) { seed = (seed * 1103515245 + 12345) >>> 0; random[i] = seed >>> 24; }
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(400, 7)]);
  const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2000, 0)]);
  const doc = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4000, 0)]);
  const cases = [['截图.png', png, 'image/png', /PNG 图片/], ['随机.bin', random, 'application/octet-stream', /不是/],
    ['setup.exe', exe, 'application/x-msdownload', /程序/], ['2023年报.doc', doc, 'application/msword', /另存为.*\.docx/]];
  for (const [name, bytes, type, why] of cases) {
    // Through the 打开 path (drop) …
    const revision = (await h.state(page)).revision;
    await drop(page, name, bytes, type);
    await page.waitForFunction((n) => JSON.parse(window.nianbao.state()).status.includes(n), name, { timeout: 10000 });
    await h.idle(page);
    const said = JSON.parse(await page.evaluate(() => window.nianbao.opened()));
    assert.ok(said.messages.some((m) => m.includes(`“${name}”`) && why.test(m)), `${name}: ${JSON.stringify(said)}`);
    assert.equal(await page.evaluate(() => String(window.nianbao.get())), before, `${name}: the open report is untouched`);
    assert.equal((await h.state(page)).revision, revision, `${name}: no edit was recorded`);
    // … and through the embedding API.
    const res = await importDocument(page, bytes, name);
    assert.equal(res.ok, false);
    assert.match(res.error, new RegExp(`“${name.replace('.', '\\.')}”`));
    assert.equal(await page.evaluate(() => String(window.nianbao.get())), before, `${name}: untouched after importDocument`);
  }
  await h.screenshot(page, 'documents-refused.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the supervisor\'s view lists a PNG as unreadable and a .docx as a report', async () => {
  const { context, page, errors } = await newPage();
  await page.evaluate((d) => window.nianbao.supervisor.add([
    new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], '图.png'),
    new File([window.bytesOf(d)], '年报.docx')]), b64(docx));
  await page.waitForFunction(() => window.nianbao.supervisor.rows().count === 2, null, { timeout: 10000 });
  const rows = (await page.evaluate(() => window.nianbao.supervisor.rows())).rows;
  const png = rows.find((r) => r.file === '图.png'), word = rows.find((r) => r.file === '年报.docx');
  assert.equal(png.ok, false);
  assert.match(png.error, /PNG 图片/);
  assert.equal(png.errors, 0, 'no findings for a file that is no report');
  assert.equal(word.ok, true);
  assert.equal(word.agency, expected.agency);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a PDF (LibreOffice from our .docx) dropped on the page opens as the report, with its findings', async () => {
  const { context, page, errors } = await newPage();
  const res = await importDocument(page, pdf, '年报.pdf');
  assert.equal(res.ok, true, JSON.stringify(res.error));
  await page.evaluate(() => window.nianbao.load({ schema: 'nianbao.report', version: 1, agency: '占位', year: 2020 }));
  await drop(page, '年报.pdf', pdf, 'application/pdf');
  await page.waitForFunction((a) => JSON.parse(window.nianbao.get()).agency === a, expected.agency, { timeout: 20000 });
  await h.idle(page);
  sameReport(await h.report(page), expected, { fromPdf: true });
  assert.ok((await h.findings(page)).findings.length > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

// Many published PDFs are encrypted with an owner password only (to stop copying): they open without a password and
// must read like the plain file; one that needs a password is refused and the open report stays. qpdf encrypts.
test('an encrypted PDF that opens without a password reads like the plain one; one that needs a password is refused', async (t) => {
  try { execFileSync('qpdf', ['--version'], { stdio: 'ignore' }); } catch { t.skip('no qpdf (apt-get install qpdf)'); return; }
  const plain = path.join(work, 'report.pdf');
  const { context, page, errors } = await newPage();
  for (const [name, options] of [['aes-256.pdf', ['--encrypt', '', 'owner', '256', '--']],
                                 ['rc4-128.pdf', ['--allow-weak-crypto', '--encrypt', '', 'owner', '128', '--use-aes=n', '--']]]) {
    execFileSync('qpdf', [...options, plain, path.join(work, name)]);
    await page.evaluate(() => window.nianbao.load({ schema: 'nianbao.report', version: 1, agency: '占位', year: 2020 }));
    const res = await importDocument(page, fs.readFileSync(path.join(work, name)), name);
    assert.equal(res.ok, true, `${name}: ${JSON.stringify(res.error)}`);
    await h.idle(page);
    sameReport(await h.report(page), expected, { fromPdf: true });
  }
  execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', plain, path.join(work, 'locked.pdf')]);
  const before = await h.report(page);
  const locked = await importDocument(page, fs.readFileSync(path.join(work, 'locked.pdf')), 'locked.pdf');
  assert.equal(locked.ok, false);
  assert.match(locked.error, /需要密码才能打开/);
  await h.idle(page);
  assert.deepEqual(await h.report(page), before, 'the open report is untouched');
  assert.deepEqual(errors, []);
  await context.close();
});
