/**
 * The popup's sort choice, remembered between popups (storage.local: not secret).
 * The worker reads it too, to send the codes of the rows the popup shows first.
 */
import { storage } from 'wxt/utils/storage';
import type { SortMode } from './arrange';

export const sortPreference = storage.defineItem<SortMode>('local:popup.sort', { fallback: 'manual', version: 1 });
