/**
 * The editor's server, on 127.0.0.1 only: the CMS page and its files, the configuration
 * generated at each load from the catalogues (a new indicator shows at the next reload), the
 * local backend (local-backend.ts) and the report of the last save. No authentication: like
 * decap-server it must never listen beyond this machine.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { stringify } from 'yaml';
import { formatContentError } from '../../src/check/content-error.ts';
import { toLocalIso } from '../../src/domain/vietnamese-date.ts';
import { editor as t } from '../../src/i18n/vi.ts';
import { cmsConfig, previewLabels } from './cms-config.ts';
import { parseCatalogues, readCatalogueSources } from './catalogue-files.ts';
import { createLocalBackend } from './local-backend.ts';
import { EDITOR_CSP, editorPageHtml } from './editor-page.ts';

export interface EditorServerOptions {
  root: string;
  contentDir: string;
  port: number;
  /** The site preview's address, for the CMS's links. */
  previewUrl: string;
}

export interface RunningEditor {
  url: string;
  close: () => Promise<void>;
}

const DECAP_DIST = join(createRequire(import.meta.url).resolve('decap-cms/package.json'), '..', 'dist');
/** The bundle and the chunks it loads on demand ("1077.decap-cms.js"); nothing else from node_modules. */
const DECAP_FILE = /^\/((?:\d+\.)?decap-cms\.js)$/;
const BROWSER = join(import.meta.dirname, 'browser');
/** The portal's code (its stylesheet, its icon): this checkout, whichever content folder is edited. */
const PROJECT = join(import.meta.dirname, '..', '..');
const MAX_BODY = 64 * 1024 * 1024;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...extra,
  });
  res.end(body);
}

const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startEditorServer(options: EditorServerOptions): Promise<RunningEditor> {
  const { root, contentDir, port, previewUrl } = options;
  const backend = createLocalBackend({ root, contentDir });
  const show = (path: string) => relative(root, path).split('\\').join('/');

  async function route(req: IncomingMessage, res: ServerResponse, origin: string) {
    const path = new URL(req.url ?? '/', origin).pathname;
    if (req.method === 'POST' && path === '/api/v1') {
      const text = await readBody(req);
      let request: unknown;
      try {
        request = text === undefined ? undefined : JSON.parse(text);
      } catch {
        request = undefined;
      }
      const answer = await backend.handle(request);
      return json(res, answer.status, answer.body);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    if (path === '/') return send(res, 200, 'text/html; charset=utf-8', editorPageHtml(), { 'content-security-policy': EDITOR_CSP });
    // YAML: Decap reads its configuration from a <link rel="cms-config-url"> only as YAML.
    if (path === '/config.yml') {
      const catalogues = parseCatalogues(await readCatalogueSources(contentDir, show));
      const config = cmsConfig({
        catalogues,
        today: toLocalIso(new Date()).slice(0, 10),
        backendUrl: `${origin}/api/v1`,
        previewUrl,
        contentFolder: backend.contentFolder,
      });
      return send(res, 200, 'text/yaml; charset=utf-8', stringify(config, { lineWidth: 0 }));
    }
    if (path === '/preview-labels.json') {
      return json(res, 200, previewLabels(parseCatalogues(await readCatalogueSources(contentDir, show))));
    }
    if (path === '/bantin/last-save') {
      const save = backend.lastSave();
      if (!save) return json(res, 200, null);
      return json(res, 200, {
        path: save.path,
        heading: save.warnings.length ? t.warningsHeading(save.warnings.length) : t.noWarnings,
        warnings: save.warnings.map((w) => formatContentError(w)),
        close: t.close,
      });
    }
    if (path === '/editor.js') return send(res, 200, 'text/javascript; charset=utf-8', await readFile(join(BROWSER, 'editor.js')));
    if (path === '/editor.css') return send(res, 200, 'text/css; charset=utf-8', await readFile(join(BROWSER, 'editor.css')));
    // The preview pane wears the portal's own stylesheet.
    if (path === '/site.css') return send(res, 200, 'text/css; charset=utf-8', await readFile(join(PROJECT, 'src/styles/global.css')));
    if (path === '/favicon.svg') return send(res, 200, 'image/svg+xml', await readFile(join(PROJECT, 'public/favicon.svg')));
    const decap = DECAP_FILE.exec(path);
    if (decap && existsSync(join(DECAP_DIST, decap[1]))) {
      return send(res, 200, 'text/javascript; charset=utf-8', await readFile(join(DECAP_DIST, decap[1])));
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }

  const server = createServer((req, res) => {
    // Only this machine's own names: a web page elsewhere that points a DNS name at 127.0.0.1
    // (DNS rebinding) or posts from another origin gets nothing from an unauthenticated writer.
    const host = req.headers.host ?? '';
    const sameOrigin = !req.headers.origin || req.headers.origin === `http://${host}`;
    if (!/^(127\.0\.0\.1|localhost):\d+$/.test(host) || !sameOrigin) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden');
    const origin = `http://${host}`;
    route(req, res, origin).catch((error: Error) => {
      console.error(error);
      if (!res.headersSent) json(res, 500, { error: error.message });
      else res.end();
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new Error(t.portInUse(port)) : error));
    server.listen(port, '127.0.0.1', () => resolveListen());
  });
  const actualPort = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
