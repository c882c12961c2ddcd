/**
 * Memory of a whole process tree, read from Linux's /proc. A build is not one process: Astro's
 * Node process starts the Pagefind binary (and sharp runs its own threads), so the peak that
 * matters is the sum of every process's resident memory at the same moment. Sampling misses
 * spikes shorter than the interval; builds hold their memory for seconds, so 100 ms is enough.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid of every running process. */
function parentsByPid(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between readdir and read.
    }
  }
  return parents;
}

export function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentsByPid()) {
    const list = children.get(parent);
    if (list) list.push(pid);
    else children.set(parent, [pid]);
  }
  const tree: number[] = [];
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Resident memory of one process in bytes (VmRSS), 0 when it has gone. */
export function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export interface MemoryTrace {
  /** Largest sum seen, in bytes. */
  peak: number;
  /** [milliseconds since sampling began, bytes] every interval, to tell which phase peaked. */
  samples: Array<[number, number]>;
}

export interface MemorySampler {
  stop: () => MemoryTrace;
}

export function sampleTreeMemory(rootPid: number, intervalMs = 100): MemorySampler {
  const started = performance.now();
  const trace: MemoryTrace = { peak: 0, samples: [] };
  const sample = () => {
    const total = processTree(rootPid).reduce((sum, pid) => sum + residentBytes(pid), 0);
    trace.samples.push([Math.round(performance.now() - started), total]);
    if (total > trace.peak) trace.peak = total;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return trace;
    },
  };
}
