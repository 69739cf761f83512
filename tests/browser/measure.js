// Measures the page against the editor's targets on this machine (headless Chromium, software WebGL) and prints
// one line per target. It reports; it does not fail on a slow machine.
//
//   node tests/browser/measure.js [path/to/index.html]      (scripts/measure-web.sh builds nothing, just runs this)
'use strict';
const fs = require('node:fs');
const zlib = require('node:zlib');
const h = require('./harness.js');

const page_file = process.argv[2] ? require('node:path').resolve(process.argv[2]) : h.PAGE;

function median(a) { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; }

// CPU seconds (user + system) of a process and all its descendants, from /proc.
function treeCpuSeconds(rootPid) {
  const tick = 100;  // USER_HZ on Linux
  const kids = new Map();
  const cpu = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    let stat;
    try { stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8'); } catch { continue; }
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(f[1]);
    cpu.set(Number(d), (Number(f[11]) + Number(f[12])) / tick);
    if (!kids.has(ppid)) kids.set(ppid, []);
    kids.get(ppid).push(Number(d));
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const p = stack.pop();
    total += cpu.get(p) || 0;
    for (const k of kids.get(p) || []) stack.push(k);
  }
  return total;
}

(async () => {
  if (!fs.existsSync(page_file)) {
    console.log(`measure-web: ${page_file} is missing (cmake --preset web && cmake --build --preset web)`);
    process.exit(2);
  }
  const raw = fs.readFileSync(page_file);
  const gz = zlib.gzipSync(raw, { level: 9 });
  const rows = [];
  const row = (target, limit, value, unit, ok, note = '') => rows.push({ target, limit, value, unit, ok, note });
  // Issue 10 raised the budget from 2.5 / 1.3 MB when the PDF, .docx and HTML readers came into the page.
  row('single file, raw', '≤ 3 MB', (raw.length / 1e6).toFixed(2), 'MB', raw.length <= 3e6);
  row('single file, gzip -9', '≤ 1.5 MB', (gz.length / 1e6).toFixed(2), 'MB', gz.length <= 1.5e6);

  // The browser is launched by a server so its process id (and its children's CPU time) is known.
  const { chromium } = require('playwright-core');
  const server = await chromium.launchServer({ executablePath: process.env.NIANBAO_CHROMIUM || '/usr/bin/chromium',
    headless: true, args: require('./harness.js').LAUNCH_ARGS });
  const browserPid = server.process().pid;
  const browser = await chromium.connect(server.wsEndpoint());
  const site = await h.serve(page_file);
  try {
    // First frame after navigation, from a fresh context each time (no cache, no autosave).
    const firsts = [], parts = [];
    for (let i = 0; i < 5; i++) {
      const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await ctx.newPage();
      await h.openEditor(page, site.url);
      firsts.push(await page.evaluate(() => window.nianbao.firstFrameAt()));
      parts.push(await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const main = performance.getEntriesByName('nianbao-main')[0];
        const t = window.nianbao.times()[0] || [0, 0, 0];
        return [nav.domInteractive, main ? main.startTime : 0, t[0] + t[1], t[2]];
      }));
      await ctx.close();
    }
    const best = parts[firsts.indexOf(Math.min(...firsts))];
    row('first frame after navigation (127.0.0.1, median of 5)', '≤ 500 ms', median(firsts).toFixed(0), 'ms',
      median(firsts) <= 500, `runs: ${firsts.map((x) => x.toFixed(0)).join(', ')}; fastest: page parsed ` +
      `${best[0].toFixed(0)}, main() ${best[1].toFixed(0)}, first frame fonts ${best[2].toFixed(0)} + UI ${best[3].toFixed(0)} ms`);

    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await ctx.newPage();
    await h.openEditor(page, site.url);

    // Keystroke to the end of the frame that shows it: digits typed into 表三 cells.
    await h.clickMark(page, 't3.new.natural');
    const lat = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 3 === 2 ? 'Enter' : `Digit${(i % 9) + 1}`);
      await h.idle(page, 40);
      lat.push(await page.evaluate(() => window.nianbao.latency()));
    }
    row('keystroke to frame (median of 12)', '≤ 50 ms', median(lat).toFixed(1), 'ms', median(lat) <= 50,
      `max ${Math.max(...lat).toFixed(1)} ms`);

    // Chinese committed by an input method into a text section: new characters rebuild the font atlas first.
    await h.clickMark(page, 'text.overview');
    const cdp0 = await ctx.newCDPSession(page);
    const zh = [];
    for (const word of ['本机关', '认真贯彻', '政务公开', '工作要点', '鼙鼗', '巯氡', '主动公开', '依申请']) {
      await cdp0.send('Input.insertText', { text: word });
      await h.idle(page, 40);
      zh.push(await page.evaluate(() => window.nianbao.latency()));
    }
    row('IME commit to frame, Chinese (median of 8; 2 of them bring new glyphs)', '≤ 50 ms', median(zh).toFixed(1), 'ms',
      median(zh) <= 50, `max ${Math.max(...zh).toFixed(1)} ms`);
    await page.mouse.click(1300, 850);

    // Idle: no input for 10 s. Main-thread busy time (CDP) and CPU time of every Chromium process.
    await page.mouse.move(5, 890);
    await h.idle(page);
    await page.waitForTimeout(1500);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metric = async (name) => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name).value;
    const frames0 = await page.evaluate(() => window.nianbao.frames());
    const task0 = await metric('TaskDuration');
    const cpu0 = treeCpuSeconds(browserPid);
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, 10000));
    const secs = (Date.now() - t0) / 1000;
    const task1 = await metric('TaskDuration');
    const cpu1 = treeCpuSeconds(browserPid);
    const frames1 = await page.evaluate(() => window.nianbao.frames());
    const mainPct = ((task1 - task0) / secs) * 100;
    const allPct = ((cpu1 - cpu0) / secs) * 100;
    row('idle CPU over 10 s (page main thread, CDP TaskDuration)', '≤ 2 %', mainPct.toFixed(2), '% of a core',
      mainPct <= 2, `${frames1 - frames0} frames drawn while idle`);
    row('idle CPU over 10 s (all Chromium processes, /proc)', '≤ 2 %', allPct.toFixed(2), '% of a core', allPct <= 2);

    const mem = await page.evaluate(() => window.nianbao.memory());
    row('wasm memory (1400×900, devicePixelRatio 1)', '≤ 64 MB', (mem / 1048576).toFixed(1), 'MB', mem <= 64 * 1048576);

    // A five-page PDF opened in the page (issue 10): the long report Chromium printed for the native round-trip test
    // (ctest -R "long report"), through nianbao.importDocument — read, import, check, and the report handed back.
    const pdfFile = process.env.NIANBAO_BENCH_PDF ||
      require('node:path').join(__dirname, '../../build/native/tests/pdf/chromium/report--long.pdf');
    if (fs.existsSync(pdfFile)) {
      const b64 = fs.readFileSync(pdfFile).toString('base64');
      const times = await page.evaluate(async (s) => {
        const bytes = Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
        const out = [];
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          await window.nianbao.importDocument(bytes, 'report.pdf');
          out.push(performance.now() - t);
        }
        return out;
      }, b64);
      row('five-page PDF (Chromium) opened, importDocument (median of 5)', '≤ 150 ms', median(times).toFixed(0), 'ms',
        median(times) <= 150, `runs: ${times.map((x) => x.toFixed(0)).join(', ')}`);
    } else {
      console.log(`(no ${pdfFile}: run  ctest --test-dir build/native -R "long report"  to measure a PDF in the page)`);
    }
    await ctx.close();

    const hidpi = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 2 });
    const p2 = await hidpi.newPage();
    await h.openEditor(p2, site.url);
    const mem2 = await p2.evaluate(() => window.nianbao.memory());
    row('wasm memory (1400×900, devicePixelRatio 2)', '≤ 64 MB', (mem2 / 1048576).toFixed(1), 'MB', mem2 <= 64 * 1048576);
    await hidpi.close();
  } finally {
    await browser.close();
    await server.close();
    await site.close();
  }
  const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`nianbao web page: ${page_file}  (load average during the run: ${load}; ${require('node:os').cpus().length} cores)`);
  const w = Math.max(...rows.map((r) => r.target.length));
  for (const r of rows)
    console.log(`${r.ok ? 'ok  ' : 'OVER'}  ${r.target.padEnd(w)}  ${String(r.value).padStart(7)} ${r.unit.padEnd(12)} (target ${r.limit})${r.note ? '  ' + r.note : ''}`);
})().catch((e) => { console.error('measure-web:', e); process.exit(1); });
