/**
 * The benchmarks:
 *   npm run bench [-- RUNS]                 the synth's speed (bench-synth.ts)
 *   npm run bench -- runtime [ENV ...]      the collectors' running cost (bench-runtime.ts)
 *   npm run bench -- gateway [ENV ...]      one gateway replica at rising rates (bench-gateway.ts)
 */
if (process.argv[2] === 'runtime' || process.argv[2] === 'gateway') {
  const envs = process.argv.slice(3);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(process.argv[2] === 'runtime' ? './bench-runtime' : './bench-gateway')
    .main(envs.length ? envs : ['dev', 'prod'])
    .then((code: number) => process.exit(code), (e: Error) => {
      console.error(e.stack ?? e.message);
      process.exit(1);
    });
} else {
  require('./bench-synth');
}
