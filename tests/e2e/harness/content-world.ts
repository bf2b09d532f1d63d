/**
 * Evaluate code inside our content script's isolated world on a page (through CDP),
 * where page scripts cannot reach. Proves the content script is there and lets
 * tests call the same code the content script runs.
 */
import type { Frame, Page } from 'playwright-core';
import { waitFor } from './timeout';

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

function frameIdOf(tree: FrameTree, url: string): string | undefined {
  if (tree.frame.url === url) return tree.frame.id;
  for (const child of tree.childFrames ?? []) {
    const id = frameIdOf(child, url);
    if (id) return id;
  }
  return undefined;
}

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; frameId?: string; isDefault?: boolean };
}

export interface ContentWorld {
  evaluate<R>(expression: string): Promise<R>;
  detach(): Promise<void>;
}

/** The content script's world in `frame` (the page's main frame unless given). */
export async function contentWorld(page: Page, extensionId: string, frame: Frame = page.mainFrame()): Promise<ContentWorld> {
  // A frame from another site runs in its own process, with its own CDP session; others share the page's.
  const cdp = await page
    .context()
    .newCDPSession(frame)
    .catch(() => page.context().newCDPSession(page));
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => contexts.push(context));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) => {
    const index = contexts.findIndex((c) => c.id === executionContextId);
    if (index >= 0) contexts.splice(index, 1);
  });
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const frameId = frame === page.mainFrame() ? frameTree.frame.id : frameIdOf(frameTree, frame.url());
  const world = await waitFor(
    () =>
      contexts.find(
        (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}` && c.auxData.frameId === frameId,
      ),
    'the content script world',
  );
  return {
    async evaluate<R>(expression: string) {
      const result = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value: R }; exceptionDetails?: { text: string; exception?: { description?: string } } };
      if (result.exceptionDetails) {
        throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
      }
      return result.result.value;
    },
    detach: () => cdp.detach(),
  };
}
