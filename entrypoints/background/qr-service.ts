/**
 * QR codes in the worker: capture the tab, find every code, classify each, and
 * hold what is usable as pending until the user confirms it in Twofold's UI.
 * Pages get views (utils/qr/scan-view.ts); secrets never leave this file's store.
 */
import { TwofoldError } from '@/utils/errors';
import type { AccountView, SiteLink } from '@/utils/accounts/model';
import { base64ToBytes } from '@/utils/vault/bytes';
import { classifyQrText } from '@/utils/qr/classify';
import type { DecodedQr } from '@/utils/qr/decoded-code';
import type { QrDecoder } from '@/utils/qr/decode';
import { regionToPixels, type RgbaImage } from '@/utils/qr/image';
import { blobToImage } from '@/utils/qr/load-image';
import { decodeCapture } from '@/utils/qr/passes';
import { decodeRegion } from '@/utils/qr/region';
import type { QrFinding, QrImageUpload, QrMigrationImportResult, QrRegionReply, QrScanState } from '@/utils/qr/scan-view';
import type { AccountService } from './account-service';
import type { TabCapture } from './capture';
import type { SenderContext } from './sender';
import { PENDING_TTL_MS, PendingQrStore } from './qr-pending';
import type { VaultService } from './vault-service';
import { t } from '@/utils/i18n/translate';

export interface QrServiceDeps {
  vault: VaultService;
  accounts: AccountService;
  decoder: QrDecoder;
  capture(tabId: number): Promise<TabCapture>;
  /** Shows the drag-a-rectangle overlay in the tab. */
  showRegionSelect(tabId: number): Promise<void>;
  /** Brings the result of an overlay selection to the user (the popup closed when they clicked the page). */
  showResult(): Promise<void>;
  now?: () => number;
}

/** Findings point into the pending store, so a confirmed or expired account drops out of the view. */
type FindingRef = Exclude<QrFinding, { kind: 'account' }> | { kind: 'account'; pendingId: string };

interface LastScan {
  status: QrScanState['status'];
  findings: FindingRef[];
  site?: SiteLink;
  error?: string;
  seen: boolean;
  expiresAt: number;
}

/** A capture kept while the user draws a rectangle on that tab. */
interface AwaitingRegion {
  capture: TabCapture;
  expiresAt: number;
}

export class QrService {
  private readonly pending: PendingQrStore;
  private readonly now: () => number;
  private last: LastScan | null = null;
  private awaiting: AwaitingRegion | null = null;

  constructor(private readonly deps: QrServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.pending = new PendingQrStore(this.now);
    deps.vault.onLock(() => this.discard());
  }

  async scanTab(tabId: number): Promise<QrScanState> {
    await this.deps.vault.unlockedRepository();
    const capture = await this.deps.capture(tabId);
    const site = siteOf(capture);
    const codes = await decodeCapture(this.deps.decoder, capture.pixels);
    if (codes.length > 0) return this.record({ status: 'found', findings: this.classify(codes, site), site });
    this.awaiting = { capture, expiresAt: this.now() + PENDING_TTL_MS };
    await this.deps.showRegionSelect(tabId);
    return this.record({ status: 'selecting', findings: [], site });
  }

  /** The overlay's answer. Only the tab that was captured may give it, and only once. */
  async region(reply: QrRegionReply, sender: SenderContext): Promise<void> {
    const awaiting = this.awaiting;
    if (!awaiting || awaiting.expiresAt <= this.now() || !isCapturedPage(sender, awaiting.capture)) {
      throw new TwofoldError('forbidden', t('errors.request.forbidden'));
    }
    this.awaiting = null;
    const site = siteOf(awaiting.capture);
    const image = 'region' in reply ? await awaiting.capture.pixels.full() : null;
    const rect = image && 'region' in reply ? regionToPixels(reply.region, image) : null;
    const codes = image && rect ? await decodeRegion(this.deps.decoder, image, rect) : [];
    const findings = codes.length > 0 ? this.classify(codes, site) : [];
    this.record({ status: findings.length > 0 ? 'found' : 'nothing-found', findings, site });
    if ('region' in reply) await this.deps.showResult();
  }

  async scanImages(images: QrImageUpload[]): Promise<QrScanState> {
    await this.deps.vault.unlockedRepository();
    const findings: FindingRef[] = [];
    for (const upload of images) findings.push(...(await this.scanImage(upload)));
    // A code that is not two-factor was still found; an unreadable file or a picture without one was not.
    const found = findings.some((finding) => finding.kind !== 'unusable' || (finding.reason !== 'no-code' && finding.reason !== 'unreadable-image'));
    return this.record({ status: found ? 'found' : 'nothing-found', findings });
  }

  state(): QrScanState | null {
    if (this.last && this.last.expiresAt <= this.now()) this.last = null;
    if (!this.last) return null;
    const view = this.view(this.last);
    if (!this.last.seen) view.unseen = true;
    this.last.seen = true;
    return view;
  }

  async confirm({ pendingId, issuer, label }: { pendingId: string; issuer: string; label: string }): Promise<AccountView> {
    const pending = this.pending.get(pendingId);
    if (!pending) throw expired();
    const added = await this.deps.accounts.add({ ...pending.account, issuer, label, sites: pending.site ? [pending.site] : [] });
    this.pending.remove(pendingId);
    return added;
  }

  async importMigration(pendingIds: string[]): Promise<QrMigrationImportResult> {
    const result: QrMigrationImportResult = { added: [], failed: [] };
    for (const pendingId of pendingIds) {
      const pending = this.pending.get(pendingId);
      if (!pending) {
        result.failed.push({ pendingId, message: expired().message });
        continue;
      }
      try {
        result.added.push(await this.deps.accounts.add(pending.account));
        this.pending.remove(pendingId);
      } catch (error) {
        // One account Twofold already has must not stop the rest of the export.
        if (!(error instanceof TwofoldError) || error.code === 'locked') throw error;
        result.failed.push({ pendingId, message: error.message });
      }
    }
    return result;
  }

  /** A scan started outside Twofold's UI (context menu, shortcut) failed: keep why, for the popup. */
  recordFailure(error: unknown): void {
    const message = error instanceof TwofoldError ? error.message : t('errors.qr.scanFailed');
    this.record({ status: 'failed', findings: [], error: message });
  }

  discard(): void {
    this.pending.clear();
    this.last = null;
    this.awaiting = null;
  }

  private async scanImage({ name, base64 }: QrImageUpload): Promise<FindingRef[]> {
    const label = name ? t('errors.qr.namedImage', { name }) : undefined;
    const bytes = base64ToBytes(base64);
    let image: RgbaImage;
    try {
      if (!bytes) throw new TwofoldError('qr-not-an-image', t('errors.qr.fileUnreadable'));
      image = await blobToImage(new Blob([bytes]));
    } catch (error) {
      if (!(error instanceof TwofoldError)) throw error;
      return [{ kind: 'unusable', reason: 'unreadable-image', message: label ? t('errors.qr.imageProblem', { image: label, reason: error.message }) : t('errors.qr.theImageProblem', { reason: error.message }) }];
    }
    const codes = await this.deps.decoder.decodeThoroughly(image);
    if (codes.length === 0) return [{ kind: 'unusable', reason: 'no-code', message: label ? t('errors.qr.noCodeInImage', { image: label }) : t('errors.qr.noCodeInTheImage') }];
    return this.classify(codes);
  }

  private classify(codes: DecodedQr[], site?: SiteLink): FindingRef[] {
    return codes.map(({ text }): FindingRef => {
      const content = classifyQrText(text);
      if (content.kind === 'otpauth') return { kind: 'account', pendingId: this.pending.addAccount(content.account, site) };
      if (content.kind === 'migration') {
        this.pending.addMigration(content.migration);
        const { id, index, size } = content.migration.batch;
        return { kind: 'migration', batchId: id, index, size };
      }
      return { kind: 'unusable', reason: content.reason, message: content.message };
    });
  }

  private record(scan: Omit<LastScan, 'expiresAt' | 'seen'>): QrScanState {
    this.last = { ...scan, seen: false, expiresAt: this.now() + PENDING_TTL_MS };
    // Secrets should not outlive their lease just because nobody asked again.
    setTimeout(() => this.pending.prune(), PENDING_TTL_MS + 1_000);
    return this.view(this.last);
  }

  private view(scan: LastScan): QrScanState {
    const findings = scan.findings.flatMap((finding): QrFinding[] => {
      if (finding.kind !== 'account') return [finding];
      const account = this.pending.view(finding.pendingId);
      return account ? [{ kind: 'account', account }] : [];
    });
    return {
      status: scan.status,
      findings,
      migrations: this.pending.migrations(),
      ...(scan.site ? { site: scan.site.origin } : {}),
      ...(scan.error ? { error: scan.error } : {}),
    };
  }
}

/** The top frame of the captured tab, still on the captured origin (an http(s) page always has one). */
function isCapturedPage(sender: SenderContext, capture: TabCapture): boolean {
  if (sender.caller !== 'content-script') return false;
  return sender.tabId === capture.tabId && sender.frameId === 0 && (capture.origin === undefined || sender.origin === capture.origin);
}

function siteOf(capture: TabCapture): SiteLink | undefined {
  return capture.origin ? { origin: capture.origin, match: 'origin' } : undefined;
}

function expired(): TwofoldError {
  return new TwofoldError('qr-expired', t('errors.qr.expired'));
}
