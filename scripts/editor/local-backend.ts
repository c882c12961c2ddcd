/**
 * The CMS's local backend: Decap's proxy protocol (the one `decap-server` speaks: POST /api/v1
 * with { action, params }) over the content folder, written for bantin so that a save
 *   - lands at the content contract's path (entry-file.ts), whatever path the CMS guessed,
 *     with the photos uploaded with it in the same folder;
 *   - runs the content check first (src/check/validate-content.ts, as `npm run check`) and is
 *     refused with its Vietnamese messages when anything is wrong, writing nothing;
 *   - keeps the figures-versus-text warnings for the page to show after the save.
 * Nothing outside the content folder is read or written. One author on one machine: the map from
 * the CMS's guessed paths to the real ones lives in memory for the session.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { validateContent } from '../../src/check/validate-content.ts';
import { PHOTO_HEAD_BYTES } from '../../src/check/photo-format.ts';
import type { ContentError } from '../../src/check/content-error.ts';
import { fieldText } from '../../src/schema/field-labels.ts';
import { editor as t } from '../../src/i18n/vi.ts';
import { contractPath, splitEntry, tidyEntry } from './entry-file.ts';
import { readCatalogueSources } from './catalogue-files.ts';

export interface BackendOptions {
  /** The project root: paths in the protocol are relative to it ("content/articles/…"). */
  root: string;
  /** The content folder, absolute. */
  contentDir: string;
}

export interface BackendAnswer {
  status: number;
  body: unknown;
}

export interface SaveReport {
  path: string;
  warnings: ContentError[];
}

interface Asset {
  path: string;
  content: string;
  encoding: 'base64';
}

interface DataFile {
  path: string;
  slug: string;
  raw: string;
  newPath?: string;
}

class Refusal extends Error {
  readonly status: number;
  constructor(message: string, status = 422) {
    super(message);
    this.status = status;
  }
}

const toPosix = (path: string) => path.split(sep).join('/');
const hash = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

async function writeAtomically(path: string, bytes: Buffer | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}

export function createLocalBackend({ root, contentDir }: BackendOptions) {
  const contentFolder = toPosix(relative(root, contentDir));
  /** The CMS's guessed path of an entry or media folder → where it really is. */
  const moved = new Map<string, string>();
  let lastSave: SaveReport | undefined;

  const actual = (path: string) => moved.get(posix.normalize(path)) ?? posix.normalize(path);
  /** An absolute path inside the content folder, or a refusal. */
  const inside = (path: string) => {
    const absolute = resolve(root, path);
    const rel = relative(contentDir, absolute);
    if (rel.startsWith('..') || resolve(contentDir, rel) !== absolute) throw new Refusal(t.outsideContent(path), 403);
    return absolute;
  };

  async function listFiles(folder: string, extension: string, depth: number): Promise<string[]> {
    const start = inside(folder);
    if (!existsSync(start)) return [];
    const found: string[] = [];
    const walk = async (dir: string, level: number) => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory() && level < depth) await walk(path, level + 1);
        else if (entry.isFile() && (!extension || entry.name.endsWith(`.${extension}`))) found.push(toPosix(relative(root, path)));
      }
    };
    await walk(start, 1);
    return found.sort();
  }

  async function readEntry(path: string, asked = path) {
    try {
      const bytes = await readFile(inside(path));
      return { data: bytes.toString('utf8'), file: { path: asked, id: hash(bytes) } };
    } catch {
      return { data: null, file: { path: asked, id: null } };
    }
  }

  async function readMedia(path: string, asked = path) {
    const bytes = await readFile(inside(path));
    return { id: hash(bytes), content: bytes.toString('base64'), encoding: 'base64', path: asked, name: basename(path) };
  }

  /** Another article already using this slug, in any year (slugs are URLs: unique across years). */
  async function slugOwner(target: string): Promise<string | undefined> {
    const slug = posix.basename(posix.dirname(target));
    const articles = join(contentDir, 'articles');
    if (!existsSync(articles)) return undefined;
    for (const year of await readdir(articles)) {
      const folder = join(articles, year, slug);
      if (existsSync(folder)) return toPosix(relative(root, folder));
    }
    return undefined;
  }

  async function persistEntry(params: { entry?: DataFile; dataFiles?: DataFile[]; assets?: Asset[] }): Promise<SaveReport> {
    const file = params.entry ?? params.dataFiles?.[0];
    if (!file) throw new Refusal(t.badRequest, 400);
    const guessed = posix.normalize(file.path);
    const known = actual(guessed);
    const isNew = !moved.has(guessed) && !existsSync(inside(guessed));
    const text = tidyEntry(file.raw);
    let target = known;
    if (isNew) {
      target = contractPath(contentFolder, splitEntry(text)?.data ?? {}) ?? guessed;
      const owner = await slugOwner(target);
      if (owner) throw new Refusal(t.slugTaken(owner));
    }
    inside(target);
    // Photos uploaded with the entry were aimed at the CMS's folder: they go beside the article.
    const assets = (params.assets ?? []).map((asset) => {
      const folder = posix.dirname(posix.normalize(asset.path));
      const path = folder === posix.dirname(guessed) ? posix.join(posix.dirname(target), posix.basename(asset.path)) : actual(asset.path);
      inside(path);
      return { path, bytes: Buffer.from(asset.content, asset.encoding) };
    });
    const incoming = new Map(assets.map((asset) => [asset.path, asset.bytes]));
    const onDisk = (path: string) => (posix.isAbsolute(path) ? path : join(root, path));
    const report = validateContent(
      {
        catalogues: await readCatalogueSources(contentDir, (path) => toPosix(relative(root, path))),
        articles: [{ path: target, text }],
        fileExists: (path) => incoming.has(path) || existsSync(onDisk(path)),
        fileHead: (path) => {
          const bytes = incoming.get(path);
          if (bytes) return bytes.subarray(0, PHOTO_HEAD_BYTES);
          try {
            return readFileHead(onDisk(path));
          } catch {
            return undefined;
          }
        },
      },
      { figureWarnings: true },
    );
    if (report.errors.length > 0) {
      const lines = report.errors.map((error) => `✗ ${describeError(error)}`);
      throw new Refusal([t.saveRefused(report.errors.length), ...lines].join('\n'));
    }
    for (const asset of assets) await writeAtomically(join(root, asset.path), asset.bytes);
    await writeAtomically(join(root, target), text);
    if (target !== guessed) {
      moved.set(guessed, target);
      moved.set(posix.dirname(guessed), posix.dirname(target));
    }
    lastSave = { path: target, warnings: report.warnings ?? [] };
    return lastSave;
  }

  async function answer(action: string, params: Record<string, any>): Promise<unknown> {
    switch (action) {
      case 'info':
        return { repo: basename(root), publish_modes: ['simple'], type: 'local_fs' };
      case 'entriesByFolder': {
        const paths = await listFiles(params.folder, params.extension, params.depth);
        return Promise.all(paths.map((path) => readEntry(path)));
      }
      case 'entriesByFiles':
        return Promise.all((params.files as Array<{ path: string }>).map((file) => readEntry(actual(file.path), file.path)));
      case 'getEntry':
        return readEntry(actual(params.path), params.path);
      case 'persistEntry':
        await persistEntry(params);
        return { message: 'entry persisted' };
      case 'getMedia': {
        const folder = actual(params.mediaFolder);
        const paths = (await listFiles(folder, '', 1)).filter((path) => !/\.mdx?$/.test(path));
        return Promise.all(paths.map((path) => readMedia(path, posix.join(params.mediaFolder, posix.basename(path)))));
      }
      case 'getMediaFile':
        return readMedia(actual(params.path), params.path);
      case 'persistMedia': {
        const path = actual(params.asset.path);
        await writeAtomically(inside(path), Buffer.from(params.asset.content, params.asset.encoding));
        return readMedia(path, params.asset.path);
      }
      case 'deleteFile':
        await rm(inside(actual(params.path)), { force: true });
        return { message: 'deleted' };
      case 'deleteFiles':
        for (const path of params.paths as string[]) await rm(inside(actual(path)), { force: true });
        return { message: 'deleted' };
      case 'getDeployPreview':
        return null;
      default:
        throw new Refusal(t.badRequest, 422);
    }
  }

  return {
    contentFolder,
    lastSave: () => lastSave,
    async handle(request: unknown): Promise<BackendAnswer> {
      const { action, params } = (request ?? {}) as { action?: unknown; params?: unknown };
      if (typeof action !== 'string') return { status: 400, body: { error: t.badRequest } };
      try {
        return { status: 200, body: await answer(action, (params ?? {}) as Record<string, any>) };
      } catch (error) {
        if (error instanceof Refusal) return { status: error.status, body: { error: error.message } };
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 404, body: { error: String((error as Error).message) } };
        throw error;
      }
    },
  };
}

function readFileHead(path: string): Uint8Array | undefined {
  // Synchronous like read-content.ts: the check asks for one photo head at a time.
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(PHOTO_HEAD_BYTES);
    return head.subarray(0, readSync(fd, head, 0, PHOTO_HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** "Mô tả ảnh bìa (coverAlt): …": the field as the form labels it, then the check's message. */
export function describeError(error: ContentError): string {
  if (!error.field) return error.message;
  const path = error.field.split(/[.[\]]+/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const label = fieldText(path)?.label;
  return `${label ? `${label} (${error.field})` : error.field}: ${error.message}`;
}
