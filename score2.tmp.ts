import { readFileSync } from 'node:fs';
const r = JSON.parse(readFileSync('.bantin/mutation/incremental.json', 'utf8'));
for (const file of process.argv.slice(2)) {
  const f = r.files[file]; const src = f.source.split('\n');
  for (const m of f.mutants) if (m.status !== 'Killed' && m.status !== 'Timeout') console.log(file.split('/').pop(), m.location.start.line, m.status, m.mutatorName, JSON.stringify(m.replacement ?? '').slice(0, 80), '|', src[m.location.start.line - 1].trim().slice(0, 90));
}
