// Mutation testing (`npm run mutate`): Stryker changes src/ one small edit at a time and runs the
// tests that cover each change; a mutant that leaves every test green is a behaviour no test pins.
//
// Only the unit and client tests run. The end-to-end tests run the bundled dist/index.js, which
// a mutated src/ does not change, so they could kill no mutant and only cost time; the fake
// Boomi's own tests and the workflow lint do not import src/ at all.
//
// One folder at a time on a small machine: npm run mutate -- --mutate 'src/boomi/**/*.ts'
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  // The suite is ESM (ts-jest's ESM preset): jest needs vm modules, as in `npm test`.
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: {
    projectType: 'custom',
    configFile: 'jest.config.js',
    config: {
      testPathIgnorePatterns: ['/node_modules/', '/__tests__/e2e/', '/__tests__/fake-boomi/', '/__tests__/unit/workflows\\.test\\.ts$'],
      // A mutant that breaks the types still runs as JavaScript: let the tests judge it, not tsc.
      transform: {
        '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: false, isolatedModules: true }]
      }
    },
    enableFindRelatedTests: false
  },
  mutate: ['src/**/*.ts', '!src/index.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  // A jest worker that has run many mutants with --experimental-vm-modules can crash (SIGSEGV on
  // Node 20); a fresh worker every few runs avoids it at a small start-up cost.
  maxTestRunnerReuse: 15,
  timeoutMS: 10000,
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always'
}
