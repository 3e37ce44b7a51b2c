import { afterEach, vi } from 'vitest';

// Every test starts from the same environment: stubs made with vi.stubEnv are undone.
afterEach(() => {
  vi.unstubAllEnvs();
});
