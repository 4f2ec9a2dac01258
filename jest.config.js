/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // The end-to-end tests drive a real browser over the production build: their own config (npm run test:e2e).
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: { '^.+\\.tsx?$': 'ts-jest' },
  // two cores on CI and on developers' machines
  maxWorkers: 2,
};
