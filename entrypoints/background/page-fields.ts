/**
 * Which documents of which tabs reported code fields, as the browser named them
 * (tab, frame, document, origin from `sender`). Kept in storage.session so a
 * popup opened after the worker was stopped still finds the page's field; holds
 * origins and flags only, and content scripts cannot read that area.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { FieldsFound } from '@/utils/fill-types';
import { KeyedMutex } from '@/utils/vault/keyed-mutex';

export interface FrameFields extends FieldsFound {
  frameId: number;
  documentId?: string;
  origin: string;
}

type FieldsByTab = Record<string, FrameFields[]>;

const fieldsItem = storage.defineItem<FieldsByTab>('session:pageFields', { fallback: {} });
// Frames of one page report at about the same time: serialise the read-modify-writes.
const writes = new KeyedMutex();

function change(update: (all: FieldsByTab) => void): Promise<void> {
  return writes.run('pageFields', async () => {
    const all = await fieldsItem.getValue();
    update(all);
    await fieldsItem.setValue(all);
  });
}

export function recordFrameFields(tabId: number, frame: FrameFields): Promise<void> {
  return change((all) => {
    all[tabId] = [...(all[tabId] ?? []).filter(({ frameId }) => frameId !== frame.frameId), frame];
  });
}

export async function framesOfTab(tabId: number): Promise<FrameFields[]> {
  return (await fieldsItem.getValue())[tabId] ?? [];
}

/** The tab's page was replaced or the tab closed: its old documents' fields are gone. */
export function forgetTab(tabId: number): Promise<void> {
  return change((all) => {
    delete all[tabId];
  });
}

export async function tabsWithFields(): Promise<number[]> {
  return Object.keys(await fieldsItem.getValue()).map(Number);
}

/** A tab's reports end with its page: a new top-level document or a closed tab. */
export function forgetTabsWhenPagesEnd(): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
}
