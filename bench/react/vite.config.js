// Served by scripts/bench.sh under /bench/react/ from the mock, beside the other bench pages.
export default {
  base: "/bench/react/",
  logLevel: "warn",
  build: { outDir: process.env.BENCH_REACT_OUT ?? "dist", emptyOutDir: true, modulePreload: { polyfill: false } },
};
