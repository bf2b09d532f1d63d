import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerQrTriggers, SCAN_QR_COMMAND } from '@/entrypoints/background/qr-triggers';
import { TwofoldError } from '@/utils/errors';

type Listener = (...args: unknown[]) => void;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The fake browser has no context menus, commands or popups: stand-ins that remember the listeners. */
function stubBrowser() {
  const listeners: Record<string, Listener> = {};
  const on = (name: string) => ({ addListener: (listener: Listener) => void (listeners[name] = listener) });
  Object.assign(fakeBrowser, {
    contextMenus: { create: vi.fn(), onClicked: on('menu') },
    commands: { onCommand: on('command') },
    action: { openPopup: vi.fn(async () => undefined) },
  });
  vi.spyOn(fakeBrowser.runtime.onInstalled, 'addListener').mockImplementation((listener) => void (listeners.installed = listener as Listener));
  vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
  return listeners;
}

describe('scanning from the context menu and the keyboard shortcut', () => {
  let listeners: Record<string, Listener>;
  beforeEach(() => {
    listeners = stubBrowser();
  });

  it('adds the menu item on install and scans the clicked tab, then opens the popup with the result', async () => {
    const qr = { scanTab: vi.fn(async () => ({ status: 'found' as const, findings: [], migrations: [] })), recordFailure: vi.fn() };
    registerQrTriggers(qr);
    listeners.installed!();
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith(expect.objectContaining({ title: 'Scan QR code on this page' }));
    listeners.menu!({ menuItemId: 'twofold-scan-qr' }, { id: 9 });
    await flush();
    expect(qr.scanTab).toHaveBeenCalledWith(9);
    expect(fakeBrowser.action.openPopup).toHaveBeenCalled();
  });

  it('leaves the page to the overlay when nothing was found, and opens the popup to unlock when locked', async () => {
    const qr = { scanTab: vi.fn(async () => ({ status: 'selecting' as const, findings: [], migrations: [] })), recordFailure: vi.fn() };
    registerQrTriggers(qr);
    listeners.command!(SCAN_QR_COMMAND, { id: 3 });
    await flush();
    expect(fakeBrowser.action.openPopup).not.toHaveBeenCalled();

    qr.scanTab.mockRejectedValueOnce(new TwofoldError('locked', 'Twofold is locked.'));
    listeners.command!(SCAN_QR_COMMAND, { id: 3 });
    await flush();
    expect(qr.recordFailure).not.toHaveBeenCalled();
    expect(fakeBrowser.action.openPopup).toHaveBeenCalledTimes(1);
  });

  it('keeps other failures for the popup, and opens a small window where the popup cannot open', async () => {
    const failure = new TwofoldError('qr-capture-refused', 'Twofold may not look at this page yet.');
    const qr = { scanTab: vi.fn(async () => Promise.reject(failure)), recordFailure: vi.fn() };
    vi.mocked(fakeBrowser.action.openPopup).mockRejectedValueOnce(new Error('no focused window'));
    registerQrTriggers(qr);
    listeners.command!(SCAN_QR_COMMAND, { id: 3 });
    await flush();
    expect(qr.recordFailure).toHaveBeenCalledWith(failure);
    expect(fakeBrowser.windows.create).toHaveBeenCalledWith(expect.objectContaining({ type: 'popup' }));
  });
});
