/** npm run serve — serves the built portal (dist/) on http://localhost:4321. */
import { existsSync } from 'node:fs';
import { serveStatic } from './static-server.ts';

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
if (!existsSync('dist/index.html')) {
  console.error('Chưa có bản dựng trong dist/. Hãy chạy: npm run build');
  process.exit(1);
}
const { url } = await serveStatic('dist', port, host);
console.log(`Cổng thông tin đang chạy tại ${url}/  (Ctrl+C để dừng)`);
