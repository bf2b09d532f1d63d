/**
 * The browser half of the bench: Chromium with the built extension (the e2e
 * harness's launch), the fixture server, and a light extension page to send
 * protocol messages from. The extension's own manifest is that page: it runs
 * in the extension's origin (so the worker treats it as an extension page)
 * but runs none of Twofold's scripts, so it adds no work beside a measurement.
 */
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionSession } from '../../e2e/harness/extension';
import { startServer, type TestServer } from '../../e2e/harness/server';

export interface BenchBrowser {
  session: ExtensionSession;
  server: TestServer;
  admin: Page;
}

export async function withBenchBrowser<T>(use: (bench: BenchBrowser) => Promise<T>): Promise<T> {
  const session = await launchExtension();
  const server = await startServer();
  try {
    const admin = await session.context.newPage();
    await admin.goto(session.extensionUrl('manifest.json'));
    return await use({ session, server, admin });
  } finally {
    await session.close();
    await server.close();
  }
}
