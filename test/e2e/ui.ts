// `npm run test:ui`: Readout as a person uses it. Packages the extension (`npm run package`,
// or the .vsix named by READOUT_UI_VSIX), installs it into code-server with
// --install-extension, and drives the workbench in headless Chromium: open the walkthrough, open
// a draft with Ctrl+P, see the squiggles, open the Problems panel, hover a name and read the
// hover, apply a quick fix from Ctrl+., see those steps ticked in the walkthrough — saving a
// screenshot at each step into test-results/ui/ (the README's pictures in docs/images/ are
// chosen from these). Ends with "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { copyWorkspace, ensureCodeServer, launchChromium, log, repoRoot, startCodeServer, type CodeServer } from './codeServer';

const shots = path.join(repoRoot, 'test-results', 'ui');
const timeoutMs = Number(process.env.READOUT_E2E_TIMEOUT ?? 600) * 1000;

/** The packaged extension: READOUT_UI_VSIX, else `npm run package` → readout-<version>.vsix. */
function packageExtension(): string {
  if (process.env.READOUT_UI_VSIX) return path.resolve(process.env.READOUT_UI_VSIX);
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  log('packaging the extension (npm run package)');
  execFileSync('npm', ['run', '--silent', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  return path.join(repoRoot, `readout-${version}.vsix`);
}

interface Step {
  name: string;
  run: (page: Page) => Promise<void>;
}

/** The screen rectangle of `text` inside the editor's rendered lines (Monaco renders spaces as U+00A0). */
async function textBox(page: Page, text: string): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.evaluate(`(() => {
    const wanted = ${JSON.stringify(text)};
    const lines = document.querySelectorAll('.monaco-editor .view-lines .view-line');
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, all.length]); all += n.data.replace(/\\u00a0/g, ' '); }
      const at = all.indexOf(wanted);
      if (at < 0) continue;
      const locate = (offset) => { for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= offset) return [nodes[i][0], offset - nodes[i][1]]; };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + wanted.length - 1));
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  })()`);
  if (!box) throw new Error(`"${text}" is not on screen in the editor`);
  return box as { x: number; y: number; width: number; height: number };
}

/** Waits until `locator` has `count` or more elements. */
async function atLeast(locator: Locator, count: number, what: string, timeout = 20_000): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const n = await locator.count();
    if (n >= count) return n;
    if (Date.now() > deadline) throw new Error(`expected at least ${count} ${what}, saw ${n}`);
    await pause(100);
  }
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Saves a screenshot: the whole window, or the part `clip` names (the README's pictures are clipped). */
const shot = (page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }) =>
  page.screenshot({ path: path.join(shots, `${name}.png`), ...(clip ? { clip } : {}) });
/** The editor area, beside the side bar, above the panel (the window is 1280 × 800). */
const editorArea = { x: 348, y: 30, width: 932, height: 450 };

const editor = (page: Page) => page.locator('.editor-group-container .monaco-editor').first();
const warnings = (page: Page) => page.locator('.monaco-editor .view-overlays .squiggly-warning, .monaco-editor .view-overlays .squiggly-error');

const steps: Step[] = [
  {
    name: 'opens the Getting Started walkthrough from the palette',
    async run(page) {
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
      await page.keyboard.press('Control+Shift+P');
      const input = page.locator('.quick-input-widget input');
      await input.fill('>Welcome: Open Walkthrough');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Walkthrough' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Readout' }).first().waitFor();
      await input.fill('Get Started with Readout');
      await page.keyboard.press('Enter');
      const walkthrough = page.locator('.gettingStartedContainer');
      for (const step of ['Open an example draft', 'Hover a name', 'See a finding and its fix', 'Set the reference date', 'Add a newsroom record']) {
        await walkthrough.locator('.getting-started-step', { hasText: step }).waitFor({ state: 'attached', timeout: 15_000 });
      }
    },
  },
  {
    name: 'opens a draft with Ctrl+P',
    async run(page) {
      await page.keyboard.press('Control+P');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor();
      await input.fill('belousov-call.md');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'belousov-call.md' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.locator('.tab.active', { hasText: 'belousov-call.md' }).waitFor();
      await editor(page).locator('.view-line', { hasText: 'Llyod' }).waitFor();
    },
  },
  {
    name: 'shows squiggles under the findings',
    async run(page) {
      const n = await atLeast(warnings(page), 4, 'squiggles');
      log(`${n} squiggles`);
      await shot(page, 'squiggles');
    },
  },
  {
    name: 'shows the reference date in the status bar',
    async run(page) {
      const item = page.locator('.statusbar-item', { hasText: 'Readout:' });
      await item.waitFor({ timeout: 20_000 });
      await page.waitForFunction(`[...document.querySelectorAll('.statusbar-item')].some((e) => /Readout: 2024-07-13/.test(e.textContent))`, undefined, { timeout: 20_000 });
      const text = (await item.innerText()).trim();
      if (!/2024-07-13 \(front matter\)/.test(text)) throw new Error(`status bar: "${text}"`);
      log(`status bar: "${text}"`);
      await item.hover();
      await page.locator('.monaco-hover:not(.hidden), .workbench-hover-container').first().waitFor({ timeout: 5000 }).catch(() => undefined);
      await shot(page, 'status-bar', { x: 560, y: 680, width: 720, height: 120 });
      await page.mouse.move(5, 5);
    },
  },
  {
    name: 'lists the findings in the Problems panel',
    async run(page) {
      await page.keyboard.press('Control+Shift+M');
      const rows = page.locator('.markers-panel .monaco-list-row');
      await atLeast(rows, 5, 'rows in the Problems panel (the file and its findings)');
      const text = await page.locator('.markers-panel').innerText();
      for (const code of ['name-misspelling', 'title-conflict', 'weekday-mismatch']) if (!text.includes(code)) throw new Error(`${code} is not in the Problems panel:\n${text}`);
      await shot(page, 'problems-panel', { x: 348, y: 260, width: 932, height: 420 });
    },
  },
  {
    name: 'hovers a name and reads the hover, whole',
    async run(page) {
      // The panel closed, the editor has the window's height: the hover has the room it has as a writer works.
      await page.keyboard.press('Control+J');
      await page.locator('.markers-panel').waitFor({ state: 'hidden' });
      await editor(page).click({ position: { x: 400, y: 40 } });
      const box = await textBox(page, 'Andrei Belousov');
      await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2);
      const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
      await hover.waitFor({ timeout: 15_000 });
      await page.waitForFunction(`/Recorded calls/.test(document.querySelector('.monaco-editor .monaco-hover:not(.hidden)')?.innerText ?? '')`, undefined, { timeout: 15_000 });
      const text = await hover.innerText();
      for (const fact of ['Andrei Belousov', 'Minister of Defence', 'Recorded calls', 'Sources']) if (!text.includes(fact)) throw new Error(`the hover lacks "${fact}":\n${text}`);
      // Whole: its content is not cut off behind a scroll bar.
      const cut = await hover.evaluate((e) => e.querySelector('.monaco-hover-content')!.scrollHeight - e.querySelector('.monaco-scrollable-element')!.clientHeight);
      if (cut > 1) throw new Error(`the hover scrolls: ${cut} px of it are hidden`);
      log(`hover: ${text.split('\n').slice(0, 3).join(' | ')}`);
      const hoverBox = (await hover.boundingBox())!;
      await shot(page, 'hover', { ...editorArea, height: Math.max(editorArea.height, hoverBox.y + hoverBox.height + 10 - editorArea.y) });
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'applies a quick fix with Ctrl+.',
    async run(page) {
      const before = await warnings(page).count();
      const box = await textBox(page, 'Llyod');
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.keyboard.press('Escape');
      await page.locator('.lightbulb-glyph, .codicon-light-bulb, .codicon-lightbulb-autofix').first().waitFor({ timeout: 10_000 }).catch(() => undefined);
      await page.keyboard.press('Control+.');
      const item = page.locator('.action-widget .monaco-list-row', { hasText: 'Change to "Lloyd"' });
      await item.waitFor({ timeout: 15_000 });
      await shot(page, 'quick-fix', editorArea);
      // The menu takes the keyboard (a pointer block lies over the page while it is open).
      for (let i = 0; i < 10 && !(await page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Change to "Lloyd"' }).count()); i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await editor(page).locator('.view-line', { hasText: 'Defence Secretary Lloyd Austin is expected' }).waitFor({ timeout: 10_000 });
      const deadline = Date.now() + 15_000;
      while ((await warnings(page).count()) >= before) {
        if (Date.now() > deadline) throw new Error(`the squiggle stayed: ${before} before, ${await warnings(page).count()} after`);
        await pause(100);
      }
      await shot(page, 'fixed');
    },
  },
  {
    name: 'ticks off the walkthrough\'s steps done so far',
    async run(page) {
      await page.locator('.tab', { hasText: 'Walkthrough' }).click();
      const walkthrough = page.locator('.gettingStartedContainer');
      // The hover and the quick fix above completed their steps.
      for (const step of ['hoverName', 'findingAndFix']) {
        await walkthrough.locator(`.getting-started-step[data-step-id$="${step}"][aria-checked="true"]`).waitFor({ state: 'attached', timeout: 10_000 });
      }
      // Without the side bar the walkthrough has the width to show a step's media beside the steps.
      await page.keyboard.press('Control+B');
      await walkthrough.locator('.getting-started-step', { hasText: 'See a finding and its fix' }).click();
      await page.waitForFunction(`[...document.querySelectorAll('.gettingStartedContainer .getting-started-media img')].some((img) => img.complete && img.naturalWidth > 0 && img.checkVisibility())`, undefined, { timeout: 10_000 });
      await page.mouse.move(5, 5);
      await shot(page, 'walkthrough', (await walkthrough.boundingBox())!);
    },
  },
];

async function main(): Promise<number> {
  mkdirSync(shots, { recursive: true });
  let server: CodeServer | undefined;
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let passed = 0;
  let failed = 0;
  const timer = setTimeout(() => {
    log(`error: timed out after ${timeoutMs / 1000} s (READOUT_E2E_TIMEOUT)`);
    process.stdout.write(`${passed} passed, ${failed + 1} failed\n`);
    void Promise.all([browser?.close(), server?.stop()]).finally(() => process.exit(1));
  }, timeoutMs);
  try {
    const vsix = packageExtension();
    ensureCodeServer();
    server = await startCodeServer({ extensions: [vsix], settings: { 'workbench.colorTheme': 'Default Light Modern', 'editor.fontSize': 14, 'window.zoomLevel': 0, 'breadcrumbs.enabled': false, 'editor.minimap.enabled': false } });
    const workspace = copyWorkspace(server.dir);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`, { waitUntil: 'domcontentloaded' });
    for (const step of steps) {
      const started = Date.now();
      try {
        await step.run(page);
        passed++;
        process.stdout.write(`  ✔ ${step.name} (${Date.now() - started} ms)\n`);
      } catch (err) {
        failed++;
        process.stdout.write(`  ✗ ${step.name}: ${err instanceof Error ? err.message : String(err)}\n`);
        await shot(page, `failed-${steps.indexOf(step) + 1}`).catch(() => undefined);
        break; // each step builds on the one before
      }
    }
    log(`screenshots in ${path.relative(repoRoot, shots)}/`);
  } catch (err) {
    failed++;
    log(`error: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    clearTimeout(timer);
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }
  const skipped = steps.length - passed - failed;
  process.stdout.write(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
  return failed > 0 || passed === 0 ? 1 : 0;
}

void main().then((status) => process.exit(status));
