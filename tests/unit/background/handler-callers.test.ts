import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/entrypoints/background/handlers';

// The services are never called here: only who may call which message is read.
const handlers = createHandlers(...(Array.from({ length: 7 }, () => ({})) as Parameters<typeof createHandlers>));
const callableBy = (caller: string) =>
  Object.entries(handlers)
    .filter(([, handler]) => (handler.callers as readonly string[]).includes(caller))
    .map(([type]) => type)
    .sort();

describe('who may send what (docs/security.md: content scripts are untrusted)', () => {
  it('lets a content script send only its four requests, none of which returns a secret', () => {
    expect(callableBy('content-script')).toEqual(['fill.request', 'page.fieldsFound', 'ping', 'qr.region']);
  });

  it('leaves every other message to Twofold’s own pages', () => {
    const all = Object.keys(handlers).sort();
    expect(callableBy('extension-page')).toEqual(all.filter((type) => !['fill.request', 'page.fieldsFound', 'qr.region'].includes(type)));
  });

  it('names no caller other than extension pages and content scripts', () => {
    for (const [type, handler] of Object.entries(handlers)) {
      for (const caller of handler.callers) expect(['extension-page', 'content-script'], type).toContain(caller);
    }
  });
});
