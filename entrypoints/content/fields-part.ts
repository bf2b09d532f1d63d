/**
 * The content script's second part: the detector and everything that acts on a
 * field (the inline button, filling, the worker's fill messages). index.ts loads
 * it (load-fields-part.ts) only once the page holds something a code field could
 * be, or a fill is asked for; pages without, most of them, never pay for it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectFields, type DetectedField, type SearchRoot } from '@/utils/detect';
import type { FillKind, FillTrigger } from '@/utils/fill-types';
import { sendToWorker } from '@/utils/messaging';
import { deliverCode, requestFill } from './fill-requests';
import { fieldToFill } from './fill-target';
import { createInlineOffer } from './inline-offer';
import { trackTyping } from './typing';

export interface FieldsPart {
  /** The code fields under each root, in order. */
  detect(roots: readonly SearchRoot[]): DetectedField[];
  /** Fields were found: report them to the worker, offer the inline button beside a one-time-code field. */
  offer(ctx: ContentScriptContext, found: readonly DetectedField[]): void;
  /** The worker's `fill.begin`: pick the field and ask for its code. */
  beginFill(trigger: FillTrigger, kind: FillKind, fields: readonly DetectedField[], rightClicked: HTMLInputElement | null): Promise<void>;
  /** The worker's `fill.deliver`: fills only a request this document issued. */
  deliverCode(requestId: string, code: string): boolean;
}

function offer(ctx: ContentScriptContext, found: readonly DetectedField[]): void {
  trackTyping(ctx);
  const otp = found.find(({ kind }) => kind === 'otp');
  const inline = otp && createInlineOffer(ctx, otp.inputs, requestFill);
  // The worker badges the tab and says whether the button may show (a linked account, the top frame).
  const report = () =>
    sendToWorker('page.fieldsFound', { otp: otp !== undefined, backup: found.some(({ kind }) => kind === 'backup') })
      .then(({ offerInline }) => offerInline && inline?.show())
      .catch(() => undefined);
  void report();
  // Ask again when the person comes back to the field: Twofold may have been unlocked, or the button closed.
  for (const input of otp?.inputs ?? []) ctx.addEventListener(input, 'focus', () => inline?.isShown() || void report());
}

export function createFieldsPart(): FieldsPart {
  return {
    detect: (roots) => roots.flatMap((root) => detectFields(root)),
    offer,
    beginFill: async (trigger, kind, fields, rightClicked) => requestFill(fieldToFill(trigger, kind, fields, rightClicked), kind),
    deliverCode,
  };
}
