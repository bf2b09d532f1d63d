import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Every unit test starts from a clean fake extension environment.
beforeEach(() => {
  fakeBrowser.reset();
});
