/**
 * Measures one dev server (`astro dev`) from outside, the way an author meets it: start it,
 * wait for the first article page, open a few other articles and the home page, then save an
 * edit in an article's file and poll that article's address until the edited text is there;
 * optionally change a catalogue the same way. The server's output goes to a log file.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { sampleTreeMemory } from './process-tree.ts';
import type { PreviewFigures } from './preview-report.ts';
import { appendParagraph } from './preview-edits.ts';

export interface PreviewTarget {
  /** node and its arguments (astro.mjs dev …), run with `env` in `cwd`. */
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  port: number;
  logFile: string;
  /** Paths of articles to request; the first is the one edited. */
  articlePaths: string[];
  /** The edited article's file. */
  articleFile: string;
  homePath?: string;
  /** A catalogue change to make and the text it brings into the first article's page. */
  catalogue?: { file: string; change: (text: string) => string; expect: string };
}

const POLL_MS = 100;
/** Longer than any start seen at 50 000 articles: past it the server is taken to be stuck. */
const START_GIVE_UP_MS = 15 * 60_000;
/** Past this an edit is taken never to show (the server missed it): a failure, not a figure. */
const EDIT_GIVE_UP_MS = 3 * 60_000;

/**
 * Saved the way editors that keep a file whole do (a new file renamed over the old one): a
 * file written in place can be read while half written, and Astro's loader then keeps the
 * error until the next save.
 */
async function save(file: string, text: string): Promise<void> {
  await writeFile(`${file}.saving`, text);
  await rename(`${file}.saving`, file);
}

async function timedGet(url: string): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { 'cache-control': 'no-cache' } });
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

/** Requests `url` until `ready` says yes; the time from `since` to the answer that did. */
async function pollUntil(url: string, since: number, giveUpMs: number, ready: (status: number, body: string) => boolean): Promise<number> {
  for (;;) {
    try {
      const { status, body } = await timedGet(url);
      if (ready(status, body)) return performance.now() - since;
    } catch {
      // Not listening yet, or restarting.
    }
    if (performance.now() - since > giveUpMs) throw new Error(`${url}: not there after ${giveUpMs / 1000} s`);
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
}

export async function measurePreview(target: PreviewTarget): Promise<PreviewFigures> {
  const base = `http://127.0.0.1:${target.port}`;
  const [edited, ...others] = target.articlePaths;
  const original = await readFile(target.articleFile, 'utf8');
  const catalogueOriginal = target.catalogue && (await readFile(target.catalogue.file, 'utf8'));
  const log = createWriteStream(target.logFile);
  const started = performance.now();
  // Its own process group, so the server and whatever it starts (esbuild) end together.
  const child = spawn(process.execPath, target.args, { cwd: target.cwd, env: target.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const memory = sampleTreeMemory(child.pid!);
  const exited = new Promise<never>((_, reject) => child.on('exit', (code) => reject(new Error(`dev server exited (${code}); see ${target.logFile}`))));
  exited.catch(() => {});
  const windows: NonNullable<PreviewFigures['windows']> = [];
  const measure = async (): Promise<PreviewFigures> => {
    const startMs = await pollUntil(base + edited, started, START_GIVE_UP_MS, (status) => status === 200);
    const articleMs: number[] = [];
    for (const path of others) articleMs.push((await timedGet(base + path)).ms);
    const homeMs = target.homePath ? (await timedGet(base + target.homePath)).ms : undefined;

    const marker = `Đoạn sửa thử ${Date.now().toString(36)}.`;
    await save(target.articleFile, appendParagraph(original, marker));
    const saved = performance.now();
    windows.push({ name: 'start', from: 0, to: startMs });
    const editMs = await pollUntil(base + edited, saved, EDIT_GIVE_UP_MS, (status, body) => status === 200 && body.includes(marker));
    windows.push({ name: 'edit to visible', from: saved - started, to: saved - started + editMs });

    let catalogueMs: number | undefined;
    if (target.catalogue) {
      await save(target.catalogue.file, target.catalogue.change(catalogueOriginal!));
      const changed = performance.now();
      catalogueMs = await pollUntil(base + edited, changed, EDIT_GIVE_UP_MS, (status, body) => status === 200 && body.includes(target.catalogue!.expect));
      windows.push({ name: 'catalogue change to visible', from: changed - started, to: changed - started + catalogueMs });
    }
    return { startMs, articleMs, homeMs, editMs, catalogueMs, peakTreeBytes: 0, windows };
  };
  try {
    const figures = await Promise.race([measure(), exited]);
    return { ...figures, peakTreeBytes: memory.stop().peak };
  } finally {
    memory.stop();
    child.removeAllListeners('exit');
    const gone = new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(undefined)));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
    // Until it has exited (a CPU profile is written on the way out), at most 20 s.
    await Promise.race([gone, new Promise((done) => setTimeout(done, 20_000))]);
    await writeFile(target.articleFile, original);
    if (target.catalogue) await writeFile(target.catalogue.file, catalogueOriginal!);
    log.end();
  }
}
