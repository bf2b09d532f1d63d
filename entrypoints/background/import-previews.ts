/**
 * Parsed import files waiting for the user's choice, in the worker's memory
 * only: they hold secrets. Each is forgotten after its time, on lock, once
 * committed, and when too many are open (the oldest goes first).
 */
import { TwofoldError } from '@/utils/errors';
import { t } from '@/utils/i18n/translate';

export const PREVIEW_LIFETIME_MS = 5 * 60_000;
/** One per open options page is plenty; the cap bounds memory. */
const MAX_PREVIEWS = 4;

export class PreviewStore<Value> {
  private readonly previews = new Map<string, { value: Value; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Returns the new preview's id and expiry. */
  add(value: Value): { previewId: string; expiresAt: number } {
    this.dropExpired();
    if (this.previews.size >= MAX_PREVIEWS) this.previews.delete(this.previews.keys().next().value!);
    const previewId = crypto.randomUUID();
    const expiresAt = this.now() + PREVIEW_LIFETIME_MS;
    this.previews.set(previewId, { value, expiresAt });
    // Forget it on time even if nobody asks again (the options page keeps the worker awake).
    setTimeout(() => this.dropExpired(), PREVIEW_LIFETIME_MS + 1_000);
    return { previewId, expiresAt };
  }

  get(previewId: string): Value {
    this.dropExpired();
    const preview = this.previews.get(previewId);
    if (!preview) {
      throw new TwofoldError('preview-expired', t('errors.import.previewExpired'));
    }
    return preview.value;
  }

  delete(previewId: string): void {
    this.previews.delete(previewId);
  }

  clear(): void {
    this.previews.clear();
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [id, { expiresAt }] of this.previews) if (expiresAt <= now) this.previews.delete(id);
  }
}
