/** The import card's store: the size cap before reading, the password prompt, and the preview's choice. */
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useImportStore } from '@/stores/import';
import type { ImportPreview } from '@/utils/import-export';
import { ImportError } from '@/utils/importers/errors';
import { sendToWorker } from '@/utils/messaging';

vi.mock('@/utils/messaging', () => ({ sendToWorker: vi.fn() }));
const send = vi.mocked(sendToWorker);

const PREVIEW: ImportPreview = {
  previewId: 'p1',
  formatLabel: 'Aegis',
  expiresAt: 0,
  entries: [
    { index: 0, status: 'new', issuer: 'A', label: 'a' },
    { index: 1, status: 'duplicate', issuer: 'B', label: 'b', reason: 'Already in Twofold.' },
    { index: 2, status: 'new', issuer: 'C', label: 'c' },
  ],
};

describe('import store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    send.mockReset();
  });

  it('refuses a file over 10 MB from its size alone, without reading it or asking the worker', async () => {
    const store = useImportStore();
    const huge = { name: 'huge.json', size: 10 * 1024 * 1024 + 1 } as File;
    await store.importFile(huge);
    expect(store.error).toMatch(/too large/);
    expect(store.step).toBe('choose');
    expect(send).not.toHaveBeenCalled();
  });

  it('asks for the password, says when it is wrong, and sends the same file again with it', async () => {
    const store = useImportStore();
    send.mockRejectedValueOnce(new ImportError('needs-password', 'This Aegis backup is encrypted.'));
    await store.importText('{"version":1}');
    expect(store.step).toBe('password');
    expect(store.passwordPrompt).toBe('This Aegis backup is encrypted.');
    send.mockRejectedValueOnce(new ImportError('wrong-password'));
    await store.submitPassword('nope');
    expect(store.error).toMatch(/does not open/);
    send.mockResolvedValueOnce(PREVIEW);
    await store.submitPassword('test');
    expect(send).toHaveBeenLastCalledWith('import.preview', { fileName: '', data: expect.any(String), password: 'test' });
    // The same bytes each time: the page kept the file until the worker could read it.
    expect(new Set(send.mock.calls.map((call) => (call[1] as { data: string }).data)).size).toBe(1);
    expect(store.step).toBe('preview');
  });

  it('chooses every new entry by default and commits only the chosen indexes', async () => {
    const store = useImportStore();
    send.mockResolvedValueOnce(PREVIEW);
    await store.importText('otpauth://totp/x?secret=JBSWY3DPEHPK3PXP');
    expect([...store.chosen]).toEqual([0, 2]);
    store.toggle(0);
    send.mockResolvedValueOnce({ added: 1, skipped: 0 });
    await store.confirm();
    expect(send).toHaveBeenLastCalledWith('import.commit', { previewId: 'p1', indexes: [2] });
    expect(store.step).toBe('done');
    expect(store.preview).toBeNull();
  });
});
