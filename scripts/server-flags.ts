/**
 * The Node flags the server process runs with: `npm start` (package.json), the systemd unit in
 * the README, the tests' and the benchmarks' servers. tests/repository/server-flags.test.ts
 * keeps those places in step with this list. V8 takes these only on the command line (not from
 * NODE_OPTIONS, not at run time), so they cannot be set from inside scripts/start.ts.
 *
 * - `--max-semi-space-size=8`: V8 sizes the young generation from the machine's memory; on a
 *   24 GB machine it grew to 128 MB of pages that stay resident although 16 MB were in use. The
 *   server's objects are short-lived per request. At 16 MB a semi-space left the hostile load
 *   test (tests/hostile/server/load.test.ts) within 0-50 MB of issue #14's 512 MB bound in CI
 *   (512 and 525 MB once each); at 8 MB the process sits 15-20 MB lower at rest and that test's
 *   peak was 422-426 MB in three runs where 16 MB gave 428-498.
 * - `--liftoff-only`: the embedded database (PGlite) is PostgreSQL compiled to WebAssembly. V8
 *   first compiles it with its baseline compiler (Liftoff), then recompiles hot functions with its
 *   optimising one (TurboFan), which took the process to 960 MB during start-up and kept ~80 MB
 *   more at rest. Baseline code answered this app's point queries as fast in a side-by-side
 *   run; grouping aggregates were ~1.3× slower. With a PostgreSQL server (production) no
 *   WebAssembly runs and the flag changes nothing.
 *
 * Measured on the sample content (2 cores, loaded machine): 447 MB at rest without the flags,
 * 242 MB with both; issue #14 asks the process to stay under 512 MB under hostile load.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8', '--liftoff-only'];
