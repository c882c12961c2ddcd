/**
 * The content check in a process of its own, started by buildSite() beside Astro's build: on two
 * cores it costs no wall time (Astro's setup is single-threaded), and its memory (some 400 MB
 * at 10 000 articles) goes back to the system when it exits instead of staying in the parent
 * for the rest of the build.
 *
 *   node src/build/check-child.ts <root>   (with an IPC channel; sends the ValidationReport)
 */
import { lowerPriority } from './lower-priority.ts';
import { checkContentTree } from '../check/read-content.ts';

const [root] = process.argv.slice(2);
// Astro is the build's critical path; the check ends long before it and need not compete with it.
lowerPriority(5);
const report = await checkContentTree(root);
process.send!(report, () => process.exit(0));
