/**
 * npm run editor — the browser editor on a staff member's own machine: the CMS with its local
 * backend on http://127.0.0.1:4330/ (any browser) and the site preview (astro dev, drafts shown)
 * on the next port. Ctrl+C stops both.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { contentDir, editorPort } from '../../src/config.ts';
import { editor as t } from '../../src/i18n/vi.ts';
import { startEditorServer } from './editor-server.ts';

const root = process.cwd();
const port = editorPort();
const previewUrl = `http://127.0.0.1:${port + 1}/`;

let editor: Awaited<ReturnType<typeof startEditorServer>>;
try {
  editor = await startEditorServer({ root, contentDir: contentDir(root), port, previewUrl });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
// The preview is Astro's own dev server, run by this Node (Astro 7 needs Node 24).
const preview = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port + 1), '--host', '127.0.0.1'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
console.log(t.started(editor.url, previewUrl));

const stop = () => {
  preview.kill('SIGTERM');
  void editor.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
