/**
 * A minimal WebDriver BiDi client for Firefox: commands with typed results, and the
 * few helpers the Firefox smoke test needs (evaluate, locate, trusted clicks and key presses).
 *
 * Why hand-written: playwright-core 1.65 can drive Firefox over BiDi (`channel: 'moz-firefox'`),
 * but it sends `emulation.setMediaFeaturesOverride` while creating every context, which Firefox
 * 153 ESR answers with "unknown command", and it has no API for `webExtension.install`.
 * Protocol: https://w3c.github.io/webdriver-bidi/
 */
import WebSocket from 'ws';
import { waitFor, withTimeout } from './timeout';

/** The parts of the BiDi results this client reads. */
export interface BidiCommands {
  'session.new': { params: { capabilities: Record<string, unknown> }; result: { sessionId: string } };
  'browser.close': { params: Record<string, never>; result: Record<string, never> };
  'webExtension.install': {
    params: { extensionData: { type: 'path'; path: string } };
    result: { extension: string };
  };
  'browsingContext.getTree': {
    params: { 'moz:scope'?: 'content' | 'chrome'; maxDepth?: number };
    result: { contexts: Array<{ context: string; url: string }> };
  };
  'browsingContext.create': { params: { type: 'tab' | 'window' }; result: { context: string } };
  'browsingContext.close': { params: { context: string }; result: Record<string, never> };
  'browsingContext.navigate': {
    params: { context: string; url: string; wait: 'none' | 'interactive' | 'complete' };
    result: { navigation: string | null; url: string };
  };
  'browsingContext.activate': { params: { context: string }; result: Record<string, never> };
  'browsingContext.locateNodes': {
    params: { context: string; locator: { type: 'css'; value: string }; maxNodeCount?: number };
    result: { nodes: Array<{ type: 'node'; sharedId: string }> };
  };
  'script.callFunction': {
    params: {
      functionDeclaration: string;
      target: { context: string };
      arguments?: Array<{ type: 'string'; value: string }>;
      awaitPromise: boolean;
    };
    result:
      | { type: 'success'; result: { type: string; value?: unknown } }
      | { type: 'exception'; exceptionDetails: { text: string } };
  };
  'input.performActions': {
    params: { context: string; actions: InputSource[] };
    result: Record<string, never>;
  };
  'input.releaseActions': { params: { context: string }; result: Record<string, never> };
}

export type InputSource =
  | { type: 'key'; id: string; actions: Array<{ type: 'keyDown' | 'keyUp'; value: string }> }
  | {
      type: 'pointer';
      id: string;
      parameters?: { pointerType: 'mouse' };
      actions: Array<
        | { type: 'pointerMove'; x: number; y: number; origin?: { type: 'element'; element: { sharedId: string } } }
        | { type: 'pointerDown' | 'pointerUp'; button: number }
      >;
    };

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; method: string };

export class BidiClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => this.receive(String(data)));
    socket.on('close', () => {
      for (const { reject, method } of this.pending.values()) reject(new Error(`BiDi connection closed during ${method}`));
      this.pending.clear();
    });
  }

  /** Connects to `ws://host:port` (as Firefox prints it) and starts a session. */
  static async connect(endpoint: string): Promise<BidiClient> {
    const socket = new WebSocket(`${endpoint}/session`);
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
      }),
      10_000,
      `connecting to ${endpoint}`,
    );
    const client = new BidiClient(socket);
    await client.send('session.new', { capabilities: {} });
    return client;
  }

  send<M extends keyof BidiCommands>(method: M, params: BidiCommands[M]['params'], ms = 15_000): Promise<BidiCommands[M]['result']> {
    const id = this.nextId++;
    const reply = new Promise<BidiCommands[M]['result']>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, method });
    });
    this.socket.send(JSON.stringify({ id, method, params }));
    return withTimeout(reply, ms, `BiDi ${method}`).finally(() => this.pending.delete(id));
  }

  close(): void {
    this.socket.close();
  }

  private receive(text: string): void {
    // Events (type 'event') are not subscribed to, so only command replies arrive.
    const message = JSON.parse(text) as { id?: number; type: 'success' | 'error' | 'event'; result?: unknown; error?: string; message?: string };
    const pending = message.id === undefined ? undefined : this.pending.get(message.id);
    if (!pending) return;
    if (message.type === 'error') pending.reject(new Error(`BiDi ${pending.method} failed: ${message.error}: ${message.message}`));
    else pending.resolve(message.result);
  }
}

/** One top-level browsing context driven through BiDi: a tab, or (with system access) a browser window. */
export class BidiTab {
  constructor(
    readonly client: BidiClient,
    readonly context: string,
  ) {}

  async goto(url: string): Promise<void> {
    await this.client.send('browsingContext.navigate', { context: this.context, url, wait: 'complete' });
  }

  /** Makes this the selected tab of its window, as a user's click on the tab would. */
  async activate(): Promise<void> {
    await this.client.send('browsingContext.activate', { context: this.context });
  }

  async close(): Promise<void> {
    await this.client.send('browsingContext.close', { context: this.context });
  }

  /**
   * Runs `fn` in the page (awaited) with JSON arguments and returns its JSON result.
   * `fn` is sent as source text: it must not close over anything from the test.
   */
  evaluate<R, A extends unknown[] = []>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>> {
    return this.evaluateSource(fn.toString(), ...args) as Promise<Awaited<R>>;
  }

  /** `evaluate` for a function given as source text (for scopes whose globals TypeScript does not know). */
  async evaluateSource(functionSource: string, ...args: unknown[]): Promise<unknown> {
    const reply = await this.client.send('script.callFunction', {
      functionDeclaration: `async (json) => JSON.stringify((await (${functionSource})(...JSON.parse(json))) ?? null)`,
      target: { context: this.context },
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      awaitPromise: true,
    });
    if (reply.type === 'exception') throw new Error(`Script failed in Firefox: ${reply.exceptionDetails.text}`);
    return JSON.parse(String(reply.result.value)) as unknown;
  }

  /** The element for a CSS selector, by its BiDi shared id; fails when there is none. */
  async locate(selector: string): Promise<string> {
    const { nodes } = await this.client.send('browsingContext.locateNodes', {
      context: this.context,
      locator: { type: 'css', value: selector },
      maxNodeCount: 1,
    });
    const node = nodes[0];
    if (!node) throw new Error(`No element matches ${selector}`);
    return node.sharedId;
  }

  /** Waits (up to `ms`) until the element is rendered and enabled, as a person would before clicking it. */
  async waitForActionable(selector: string, ms = 10_000): Promise<void> {
    await waitFor(
      () =>
        this.evaluate((css: string) => {
          const element = document.querySelector(css);
          return !!element && element.checkVisibility() && !element.matches(':disabled');
        }, selector),
      `${selector} to be visible and enabled`,
      ms,
    );
  }

  /** A trusted mouse click in the middle of the element (scrolled into view by Firefox), once it is actionable. */
  async click(selector: string): Promise<void> {
    await this.waitForActionable(selector);
    const element = await this.locate(selector);
    await this.client.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId: element } } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
    await this.client.send('input.releaseActions', { context: this.context });
  }

  /** Clicks into a field and types `text` with trusted key presses. */
  async type(selector: string, text: string): Promise<void> {
    await this.click(selector);
    const actions = [...text].flatMap((key) => [
      { type: 'keyDown' as const, value: key },
      { type: 'keyUp' as const, value: key },
    ]);
    await this.client.send('input.performActions', { context: this.context, actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.client.send('input.releaseActions', { context: this.context });
  }
}
