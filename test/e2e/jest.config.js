/**
 * End-to-end tests of the browser page in Debian's Chromium: npx jest -c test/e2e/jest.config.js
 * They use the production build in dist/web (built first when it is missing).
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': 'ts-jest' },
  maxWorkers: 1,
  testTimeout: 240_000,
};
