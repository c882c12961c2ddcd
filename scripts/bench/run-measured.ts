/**
 * Runs one build step as a child process and measures it from outside: wall time, the peak
 * memory of its whole process tree (process-tree.ts), and the time each output line arrived,
 * which is how phases are told apart (phases.ts). The full log is kept for profiling.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sampleTreeMemory } from './process-tree.ts';

export interface LogLine {
  /** Milliseconds since the child started. */
  at: number;
  text: string;
}

export interface MeasuredRun {
  exitCode: number;
  wallMs: number;
  /** Largest sum of resident memory over the process tree, sampled. */
  peakTreeBytes: number;
  /** The tree's resident memory over time: [ms since start, bytes]. */
  memory: Array<[number, number]>;
  /** Largest single process (getrusage maxrss via GNU time), when /usr/bin/time exists. */
  peakProcessBytes?: number;
  /**
   * User + system CPU time of the whole tree (GNU time), when /usr/bin/time exists. Other jobs on
   * the machine stretch wall time but hardly CPU time, so it is the steadier figure.
   */
  cpuMs?: number;
  lines: LogLine[];
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Where the child's output is saved, with arrival times. */
  logFile?: string;
}

const GNU_TIME = '/usr/bin/time';
const ANSI = /\x1b\[[0-9;]*m/g;

export async function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<MeasuredRun> {
  const rusageFile = options.logFile ? `${options.logFile}.maxrss` : undefined;
  const useTime = rusageFile !== undefined && existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M %U %S', '-o', rusageFile!, command, ...args]] : [command, args];

  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const memory = sampleTreeMemory(child.pid!);
  const lines: LogLine[] = [];
  // Written as it arrives, so a long build can be followed with tail -f.
  const logStream = options.logFile ? createWriteStream(options.logFile) : undefined;
  const keep = (at: number, raw: string) => {
    const text = raw.replace(ANSI, '');
    lines.push({ at, text });
    logStream?.write(`${(at / 1000).toFixed(3).padStart(9)}  ${text}\n`);
  };
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const at = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const text of parts) keep(at, text);
    });
    stream.on('end', () => rest && keep(performance.now() - started, rest));
  };
  collect(child.stdout!);
  collect(child.stderr!);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallMs = performance.now() - started;
  const { peak: peakTreeBytes, samples: memorySamples } = memory.stop();

  let peakProcessBytes: number | undefined;
  let cpuMs: number | undefined;
  if (useTime && existsSync(rusageFile!)) {
    // The last line; a failed command adds "Command exited with non-zero status" above it.
    const [kb, user, system] = readFileSync(rusageFile!, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
    if (Number.isFinite(kb)) peakProcessBytes = kb * 1024;
    if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user + system) * 1000;
    rmSync(rusageFile!);
  }
  if (logStream) await new Promise((resolve) => logStream.end(resolve));
  return { exitCode, wallMs, peakTreeBytes, memory: memorySamples, peakProcessBytes, cpuMs, lines };
}
