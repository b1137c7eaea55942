import v8 from 'node:v8';

/**
 * V8 settings for a process that answers pages (`serve`, and the benchmarks' servers, so they measure
 * what `serve` runs).
 *
 * Allocation-site pretenuring off: V8 watches where objects are allocated, and when many from one
 * place outlive a young-generation collection it allocates that place's objects in the old generation
 * from then on. A page's objects live for one request, yet in about half of the million-story
 * benchmark's server runs V8 had pretenured places a request passes through (which ones was not
 * found): every request's garbage went to the old generation, young collections took 2.5 times as
 * long and the whole run was 15-20% slower, with or without the lists. With it off the slow runs
 * did not happen (docs/PERFORMANCE.md, bench:scale). Set at run time, before the app is
 * built: the flag governs the decisions V8 takes from then on.
 */
export function tuneHeapForServing(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
