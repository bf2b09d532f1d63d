import { describe, expect, it } from 'vitest';
import { accountToFill, frameRefusal, linkedAccounts, withChoice } from '@/entrypoints/background/fill-policy';
import type { AccountView } from '@/utils/accounts/model';

const SITE = 'https://github.com';

function account(id: string, overrides: Partial<AccountView> = {}): AccountView {
  return {
    id, type: 'totp', issuer: id, label: '', algorithm: 'SHA1', digits: 6, period: 30, counter: 0,
    createdAt: 0, pinned: false, icon: { kind: 'auto' }, note: '',
    sites: [{ origin: SITE, match: 'origin' }],
    ...overrides,
  };
}

describe('frameRefusal', () => {
  it('lets the top frame fill', () => {
    expect(frameRefusal({ frameId: 0, origin: SITE }, false)).toBeNull();
  });

  it('refuses a sub-frame unless the user confirmed it in the popup', () => {
    expect(frameRefusal({ frameId: 3, origin: SITE }, false)?.code).toBe('frame-not-confirmed');
    expect(frameRefusal({ frameId: 3, origin: SITE }, true)).toBeNull();
  });

  it('never fills a sandboxed (opaque-origin) frame, confirmed or not, top or not', () => {
    expect(frameRefusal({ frameId: 3, origin: 'null' }, true)?.code).toBe('sandboxed-frame');
    expect(frameRefusal({ frameId: 0, origin: 'null' }, true)?.code).toBe('sandboxed-frame');
  });
});

describe('linkedAccounts and accountToFill', () => {
  const work = account('work');
  const personal = account('personal');
  const other = account('other', { sites: [{ origin: 'https://gitlab.com', match: 'origin' }] });
  const namedLikeTheSite = account('GitHub', { sites: [] });

  it('keeps only accounts linked to the origin; an issuer that names the site is not a link', () => {
    expect(linkedAccounts([work, other, namedLikeTheSite], SITE)).toEqual([work]);
    expect(accountToFill(linkedAccounts([namedLikeTheSite], SITE), SITE)).toBeUndefined();
  });

  it('fills with the only linked account without asking', () => {
    expect(accountToFill([work], SITE)).toBe(work);
  });

  it('asks (returns nothing) when several are linked and none was picked for this site', () => {
    const elsewhere = { ...personal, fillChoices: [{ origin: 'https://gist.github.com', at: 5 }] };
    expect(accountToFill(linkedAccounts([work, elsewhere], SITE), SITE)).toBeUndefined();
  });

  it('puts the account picked most recently for this site first and fills with it', () => {
    const pickedBefore = { ...work, fillChoices: [{ origin: SITE, at: 10 }] };
    const pickedLast = { ...personal, fillChoices: [{ origin: SITE, at: 20 }] };
    const linked = linkedAccounts([pickedBefore, pickedLast], SITE);
    expect(linked.map(({ id }) => id)).toEqual(['personal', 'work']);
    expect(accountToFill(linked, SITE)).toBe(pickedLast);
  });
});

describe('withChoice', () => {
  it('records the pick for the site once, replacing an older one', () => {
    const picked = { ...account('a'), fillChoices: [{ origin: SITE, at: 1 }, { origin: 'https://x.test', at: 2 }] };
    expect(withChoice(picked, SITE, 9)).toEqual([{ origin: 'https://x.test', at: 2 }, { origin: SITE, at: 9 }]);
  });

  it('forgets the oldest picks beyond fifty sites', () => {
    const many = Array.from({ length: 50 }, (_, at) => ({ origin: `https://s${at}.test`, at }));
    const choices = withChoice({ ...account('a'), fillChoices: many }, SITE, 100);
    expect(choices).toHaveLength(50);
    expect(choices[0]!.origin).toBe('https://s1.test');
    expect(choices.at(-1)).toEqual({ origin: SITE, at: 100 });
  });
});
