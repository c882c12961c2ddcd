/**
 * Wires the content store in memory (live-store.ts) into Astro's commands: Astro's save replaced,
 * the store module's plugin added, and in the preview the pages told of each save and the store
 * written when the preview stops. Once per process: Astro runs its integrations' setup again
 * when it restarts after a config change, and the one store in memory, with the saves it holds,
 * must outlive that.
 */
import type { AstroConfig, AstroIntegrationLogger, HookParameters } from 'astro';
import { astroDataStorePrototype } from './astro-data-store.ts';
import { liveWriteToDisk, publishingWriteToDisk, storeInMemoryPlugin, type LiveStore } from './live-store.ts';
import { ENV } from '../config.ts';
import { validation as v } from '../i18n/vi.ts';

interface ProcessState {
  live?: LiveStore;
  /** Tells the pages a save is in the store in memory (points at the current dev server). */
  announce: () => void;
  logger?: AstroIntegrationLogger;
  flushOnStop: boolean;
}

const STATE = Symbol.for('bantin.contentStore.process');
/** Where Astro's own writeToDisk is kept once replaced. */
const ASTRO_WRITE_TO_DISK = Symbol.for('bantin.contentStore.astroWriteToDisk');

function state(): ProcessState {
  const global = globalThis as unknown as Record<symbol, ProcessState | undefined>;
  return (global[STATE] ??= { announce: () => {}, flushOnStop: false });
}

type Setup = Pick<HookParameters<'astro:config:setup'>, 'command' | 'logger' | 'updateConfig'> & { config: AstroConfig };

/** In `astro dev` and `astro build`: pages read Astro's content store in memory. */
export async function keepStoreInMemory({ command, config, logger, updateConfig }: Setup): Promise<void> {
  if ((command !== 'dev' && command !== 'build') || process.env[ENV.contentStore] === 'file') return;
  // Astro's chunked store (any value but its default) is left to Astro.
  const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
  if (storage !== undefined && storage !== 'single-file') return;
  const prototype = await astroDataStorePrototype();
  if (!prototype) {
    logger.warn(v.storeInMemoryUnavailable);
    return;
  }
  const current = state();
  current.logger = logger;
  prototype[ASTRO_WRITE_TO_DISK] ??= prototype.writeToDisk;
  const astroWrite = prototype[ASTRO_WRITE_TO_DISK] as typeof prototype.writeToDisk;
  if (command === 'dev') {
    current.live ??= liveWriteToDisk(astroWrite, { changed: () => state().announce() });
    prototype.writeToDisk = current.live.writeToDisk;
  } else {
    prototype.writeToDisk = publishingWriteToDisk(astroWrite);
  }
  updateConfig({ vite: { plugins: [storeInMemoryPlugin(command)] } });
}

interface DevServer {
  close: () => Promise<void>;
  environments: Record<string, { hot: { send: (...args: any[]) => void } } | undefined>;
}

/**
 * In `astro dev`, once the server is there: `announce` tells the pages of each save kept in
 * memory; the store is written when the server closes (Vite closes it on SIGTERM, then exits)
 * and on Ctrl+C.
 */
export function writeStoreOnStop(server: DevServer, announce: () => void): void {
  const current = state();
  const live = current.live;
  if (!live) return;
  current.announce = announce;
  const flush = () =>
    live.flush().catch((error: Error) => state().logger?.error(v.storeNotWritten(error.message)));
  const close = server.close.bind(server);
  server.close = () => flush().then(close);
  if (current.flushOnStop) return;
  current.flushOnStop = true;
  const signals = ['SIGINT', 'SIGTERM'] as const;
  // Ctrl+C would end the process at once. npm and npx pass a signal on to the server as well,
  // and a second one must not end it half-way through the write either.
  const stop = (signal: NodeJS.Signals) => {
    void flush().finally(() => {
      for (const s of signals) process.off(s, stop);
      process.kill(process.pid, signal);
    });
  };
  for (const signal of signals) process.on(signal, stop);
}
