import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_BACKOFF_MS, DeliveryFailedError, deliverUntilAcknowledged } from '@/utils/clipboard/deliver-until-acknowledged';

const noSleep = async () => undefined;

describe('delivering a message until it is acknowledged', () => {
  it('stops at the first acknowledgement', async () => {
    const send = vi.fn().mockResolvedValue(true);
    await deliverUntilAcknowledged(send, { sleep: noSleep });
    expect(send).toHaveBeenCalledOnce();
  });

  it('retries while the receiver is not listening yet, waiting longer each time', async () => {
    const send = vi
      .fn()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce(undefined)
      .mockResolvedValueOnce(true);
    const waits: number[] = [];
    await deliverUntilAcknowledged(send, { sleep: async (ms) => void waits.push(ms) });
    expect(send).toHaveBeenCalledTimes(4);
    expect(waits).toEqual(DEFAULT_BACKOFF_MS.slice(0, 3));
  });

  it('gives up with a typed error carrying the last failure', async () => {
    const failure = new Error('Receiving end does not exist.');
    const send = vi.fn().mockRejectedValue(failure);
    const error = await deliverUntilAcknowledged(send, { backoffMs: [1, 1], sleep: noSleep }).catch((caught) => caught);
    expect(error).toBeInstanceOf(DeliveryFailedError);
    expect(error).toMatchObject({ attempts: 3, lastError: failure });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('does not take a reply other than true for an acknowledgement', async () => {
    const send = vi.fn().mockResolvedValue('yes');
    await expect(deliverUntilAcknowledged(send, { backoffMs: [1], sleep: noSleep })).rejects.toBeInstanceOf(DeliveryFailedError);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
