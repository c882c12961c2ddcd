/** How much memory Astro's build process may use. */
import { operator } from '../i18n/vi.ts';
import { OperatorError } from './operator-error.ts';
import { requestedHeapLimit } from '../config.ts';

/**
 * Node's own heap limit (about 4 GB here) unless BANTIN_BUILD_HEAP_MB says otherwise. Measured:
 * a 50 000-article build finishes within it (npm run bench -- --articles 50000 --bantin-only
 * with BANTIN_BUILD_HEAP_MB=4096; Astro's process peaked at 6.0 GB resident, most of it outside
 * the JavaScript heap), so the default is left alone; an operator with a larger archive raises it.
 * Undefined means "pass no flag"; anything but a whole number of megabytes is refused, not
 * silently ignored, so a typo cannot leave a large archive's build on the default.
 */
export function astroHeapLimitMb(override = requestedHeapLimit()): number | undefined {
  if (override === undefined || override === '') return undefined;
  if (!/^\d+$/.test(override)) throw new OperatorError(operator.heapLimit(override));
  return Number(override);
}

/**
 * What to tell the operator when Astro's process ended by itself without success, when its way of
 * ending says why: V8 aborts (SIGABRT, exit code 134) when the heap is full, and the kernel's
 * out-of-memory killer sends SIGKILL. Other failures are Astro's own and its log says what they are.
 */
export function astroExitAdvice(code: number | null, signal: NodeJS.Signals | null, heapMb: number | undefined): string | undefined {
  if (signal === 'SIGABRT' || code === 134) return operator.heapExhausted(heapMb);
  if (signal === 'SIGKILL' || code === 137) return operator.machineOutOfMemory();
  return undefined;
}
