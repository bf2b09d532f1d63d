import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, EXTENSION_DIR } from './harness/paths';

// Fail loudly, never skip: an end-to-end run without a browser proves nothing.
export default function checkPrerequisites(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. The end-to-end tests need Debian's Chromium:\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium',
    );
  }
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No built extension in ${EXTENSION_DIR}. Run \`npm run test:e2e\` (it builds first) or \`npm run build\`.`);
  }
}
