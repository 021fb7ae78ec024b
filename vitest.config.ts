import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Plain TypeScript and the files it makes: no site is built.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'], testTimeout: 120_000 },
      },
      {
        // Tests that run `npm run build` on fixture campaigns: one file at a time, as Astro's generated files in
        // the checkout's .astro/ folder belong to one build at a time. `npm run test:unit` runs these beside the
        // unit project (scripts/test-unit.mjs), so the two cores are both busy.
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          testTimeout: 240_000,
          fileParallelism: false,
        },
      },
      {
        // Browser tests run against the built site in dist/ (npm run build first), two files at a time: each
        // starts a server and a browser of its own, and the accessibility sweep alone takes two minutes.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 240_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
