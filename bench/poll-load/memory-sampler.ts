// Samples this process's memory while a cycle runs: maxRSS gives the peak, and the sample taken
// nearest to it tells what the peak was made of (V8 heap, buffers outside it, or neither: native
// allocations such as the embedded store's LevelDB).
export interface MemorySample {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  /** Memory of C++ objects bound to JavaScript ones, including arrayBuffers. */
  external: number;
}

export interface MemorySampler {
  /** Stops sampling; the sample with the highest RSS, in bytes. */
  stop(): MemorySample;
}

export function sampleMemory(everyMs = 200): MemorySampler {
  let highest = takeSample();
  const timer = setInterval(() => {
    const sample = takeSample();
    if (sample.rss > highest.rss) highest = sample;
  }, everyMs);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      const last = takeSample();
      return last.rss > highest.rss ? last : highest;
    },
  };
}

function takeSample(): MemorySample {
  const { rss, heapTotal, heapUsed, external } = process.memoryUsage();
  return { rss, heapTotal, heapUsed, external };
}
