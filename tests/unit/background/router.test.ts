import { describe, expect, it } from 'vitest';
import { createRouter, type HandlerTable } from '@/entrypoints/background/router';
import { classifySender } from '@/entrypoints/background/sender';
import { expectNoPayload } from '@/entrypoints/background/payload';

const identity = { runtimeId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id' };
const popupSender = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const contentSender = {
  id: 'ext-id',
  url: 'https://example.com/login',
  origin: 'https://example.com',
  frameId: 0,
  documentId: 'doc-1',
  tab: { id: 7 },
};

const handlers = {
  ping: { callers: ['extension-page', 'content-script'], parse: expectNoPayload, handle: async () => ({ pong: true, version: 't' }) },
} as const satisfies Pick<HandlerTable, 'ping'>;

describe('classifySender', () => {
  it('recognises an extension page by origin and top frame', () => {
    expect(classifySender(popupSender, identity.runtimeId, identity.extensionOrigin)).toEqual({ caller: 'extension-page', url: popupSender.url });
    expect(classifySender({ ...popupSender, frameId: 0, tab: { id: 3 } }, identity.runtimeId, identity.extensionOrigin)?.caller).toBe('extension-page');
  });

  it('refuses an extension page embedded in a sub-frame', () => {
    expect(classifySender({ ...popupSender, frameId: 2, tab: { id: 3 } }, identity.runtimeId, identity.extensionOrigin)).toBeNull();
  });

  it('treats a web page sender as a content script, with tab, frame, document and origin from the sender', () => {
    expect(classifySender(contentSender, identity.runtimeId, identity.extensionOrigin)).toEqual({
      caller: 'content-script',
      tabId: 7,
      frameId: 0,
      documentId: 'doc-1',
      origin: 'https://example.com',
      url: 'https://example.com/login',
    });
  });

  it('refuses other extensions, missing urls and non-web schemes', () => {
    expect(classifySender({ ...popupSender, id: 'other' }, identity.runtimeId, identity.extensionOrigin)).toBeNull();
    expect(classifySender({ id: 'ext-id' }, identity.runtimeId, identity.extensionOrigin)).toBeNull();
    expect(classifySender({ ...contentSender, url: 'file:///etc/passwd' }, identity.runtimeId, identity.extensionOrigin)).toBeNull();
    expect(classifySender({ ...contentSender, url: 'chrome-extension://other/page.html' }, identity.runtimeId, identity.extensionOrigin)).toBeNull();
    expect(classifySender({ ...contentSender, tab: undefined }, identity.runtimeId, identity.extensionOrigin)).toBeNull();
  });
});

describe('createRouter', () => {
  const route = createRouter(handlers as unknown as HandlerTable, identity);

  it('answers a well-formed message from an allowed caller', async () => {
    expect(await route({ twofold: 1, type: 'ping' }, popupSender)).toEqual({ ok: true, value: { pong: true, version: 't' } });
  });

  it('rejects unknown messages, malformed envelopes and bad payloads with typed errors', async () => {
    expect(await route({ twofold: 1, type: 'steal' }, popupSender)).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    expect(await route({ twofold: 1, type: 'toString' }, popupSender)).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    expect(await route({ type: 'ping' }, popupSender)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(await route({ twofold: 1, type: 'ping', payload: 'x' }, popupSender)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('rejects a caller the handler does not allow', async () => {
    const pageOnly = createRouter({ ping: { ...handlers.ping, callers: ['extension-page'] } } as unknown as HandlerTable, identity);
    expect(await pageOnly({ twofold: 1, type: 'ping' }, contentSender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await pageOnly({ twofold: 1, type: 'ping' }, popupSender)).toMatchObject({ ok: true });
  });

  it('does not leak internal error details', async () => {
    const failing = createRouter(
      { ping: { ...handlers.ping, handle: async () => { throw new Error('secret JBSWY3DPEHPK3PXP'); } } } as unknown as HandlerTable,
      identity,
    );
    const reply = await failing({ twofold: 1, type: 'ping' }, popupSender);
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(reply)).not.toContain('JBSWY3DPEHPK3PXP');
  });
});
