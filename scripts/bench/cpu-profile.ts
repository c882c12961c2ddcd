/**
 * Reads a V8 CPU profile (node --cpu-prof) and says where the time went: self time per package
 * (or per folder of our own code) and per function. Enough to rank the costs of a build without
 * opening DevTools.
 */
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface CostLine {
  name: string;
  selfMs: number;
  share: number;
}

export interface ProfileSummary {
  /** Sampled time the main thread was busy (idle left out: it waits on libvips, Pagefind, disk). */
  totalMs: number;
  idleMs: number;
  byPackage: CostLine[];
  byFunction: CostLine[];
}

export interface WindowSummary {
  name: string;
  wallMs: number;
  busyMs: number;
  byPackage: CostLine[];
}

const IDLE = '(idle)';

/** "file:///…/node_modules/@astrojs/mdx/dist/x.js" → "@astrojs/mdx"; our code by folder; V8 by kind. */
export function packageOf(url: string, functionName: string): string {
  if (!url) return functionName === '(garbage collector)' ? '(garbage collector)' : functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node: internals';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const own = /\/(src\/[^/]+|scripts|\.astro|dist)\//.exec(url);
  if (own) return own[1];
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

export function summariseProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (!us) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === IDLE) {
      idle += us;
      continue;
    }
    total += us;
    const pkg = packageOf(url, functionName);
    add(byPackage, pkg, us);
    add(byFunction, `${functionName || '(anonymous)'} ${url ? `${pkg}:${lineNumber + 1}` : ''}`.trim(), us);
  }
  return { totalMs: total / 1000, idleMs: idle / 1000, byPackage: rank(byPackage, total, top), byFunction: rank(byFunction, total, top) };
}

/**
 * Busy time per package inside each time window (ms since the process started). The profile's
 * clock starts when V8 does, a few milliseconds after the process: close enough for phases
 * that last seconds.
 */
export function summariseWindows(profile: CpuProfile, windows: Array<{ name: string; from: number; to: number }>, top = 4): WindowSummary[] {
  const pkgOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName === IDLE ? IDLE : packageOf(n.callFrame.url, n.callFrame.functionName)]));
  const perWindow = windows.map(() => new Map<string, number>());
  let clockUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    clockUs += delta;
    const pkg = pkgOf.get(id)!;
    if (pkg === IDLE) return;
    const w = windows.findIndex((x) => clockUs / 1000 >= x.from && clockUs / 1000 < x.to);
    if (w >= 0) add(perWindow[w], pkg, delta);
  });
  return windows.map((window, i) => {
    const busy = [...perWindow[i].values()].reduce((a, b) => a + b, 0);
    return { name: window.name, wallMs: window.to - window.from, busyMs: busy / 1000, byPackage: rank(perWindow[i], busy, top) };
  });
}

function add(map: Map<string, number>, key: string, us: number) {
  map.set(key, (map.get(key) ?? 0) + us);
}

function rank(map: Map<string, number>, total: number, top: number): CostLine[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => ({ name, selfMs: us / 1000, share: total ? us / total : 0 }));
}

export async function readProfile(path: string): Promise<CpuProfile> {
  return JSON.parse(await readFile(path, 'utf8')) as CpuProfile;
}

export function formatProfileSummary(summary: ProfileSummary, windows: WindowSummary[] = []): string {
  const line = (c: CostLine) => `${(c.selfMs / 1000).toFixed(1).padStart(7)} s  ${(c.share * 100).toFixed(1).padStart(5)} %  ${c.name}`;
  const phase = (w: WindowSummary) =>
    `${w.name.padEnd(28)} ${(w.wallMs / 1000).toFixed(1).padStart(6)} s wall, ${(w.busyMs / 1000).toFixed(1).padStart(6)} s busy: ` +
    w.byPackage.map((c) => `${c.name} ${(c.selfMs / 1000).toFixed(1)} s`).join(', ');
  return [
    `CPU profile of the build's main thread: ${(summary.totalMs / 1000).toFixed(1)} s busy, ${(summary.idleMs / 1000).toFixed(1)} s idle ` +
      '(waiting on libvips threads, the Pagefind process, the disk).',
    ...(windows.length ? ['', 'Busy time per phase, top packages:', ...windows.map(phase)] : []),
    '',
    'Self time by package:',
    ...summary.byPackage.map(line),
    '',
    'Self time by function:',
    ...summary.byFunction.map(line),
  ].join('\n');
}
