/** Lowers this process's scheduling priority (nice value) where the system allows it. */
import { setPriority } from 'node:os';

export function lowerPriority(nice: number): void {
  try {
    setPriority(nice);
  } catch {
    // Not allowed everywhere; it only makes the process politer.
  }
}
