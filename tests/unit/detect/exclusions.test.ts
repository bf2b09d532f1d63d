// @vitest-environment happy-dom
/** Look-alikes and fields the detector must leave alone, one row per rule. */
import { describe, expect, it } from 'vitest';
import { exclusionOf } from '../../../utils/detect/exclusions';
import { normalizeText } from '../../../utils/detect/text';
import { detect } from './mount';

const identity = (own: string, label = '') => ({ own: normalizeText(own), label: normalizeText(label) });

describe('exclusionOf', () => {
  it.each([
    ['payment', 'cvc', 'Security code'],
    ['payment', 'cardnumber', 'Card number'],
    ['payment', 'cc-exp', 'Expiry'],
    ['postal', 'zip', 'ZIP code'],
    ['postal', 'plz', 'Postleitzahl'],
    ['promotion', 'promo_code', 'Promo code'],
    ['promotion', 'gift', 'Gift code'],
    ['promotion', 'invite_code', 'Invitation code'],
    ['promotion', 'ref', 'Referral code'],
    ['promotion', 'c', 'Coupon'],
    ['promotion', 'voucher', 'Gutschein'],
    ['captcha', 'captcha_response', 'Enter the characters you see'],
    ['captcha', 'answer', 'Type the security code from the picture'],
    ['captcha', 'code', '请输入图形验证码'],
    ['search', 'q', 'Search'],
    ['search', 'suche', 'Suche'],
    ['codec', 'decode', 'Base32 decode'],
    ['password', 'pw', 'Password'],
    ['email', 'login', 'Email address'],
    ['username', 'login', 'Username'],
    ['phone', 'phone_number', 'Phone number'],
    ['phone', 'country', 'Country code'],
    ['phone', 'tel', 'Telefonnummer'],
  ])('%s: name=%s, label %s', (category, own, label) => {
    expect(exclusionOf(identity(own, label))).toBe(category);
  });

  it.each([
    ['otp', 'Enter the verification code we sent to your phone'],
    ['code', 'Security code from your authenticator app (not your password)'],
    ['email_code', 'Backup code from your email'],
  ])('a soft look-alike word yields to a code phrase: %s, %s', (own, label) => {
    expect(exclusionOf(identity(own, label))).toBeNull();
  });

  it('a hard look-alike word wins even over a code phrase', () => {
    expect(exclusionOf(identity('card_security_code', 'Security code'))).toBe('payment');
  });

  it('ignores words around the field (they are not part of its identity)', () => {
    expect(exclusionOf(identity('otp', 'One-time code'))).toBeNull();
  });
});

describe('detectFields leaves out', () => {
  const otp = 'name="otp" maxlength="6"';

  it.each([
    ['type=password', `<input id="f" type="password" ${otp}>`],
    ['type=email', `<input id="f" type="email" ${otp}>`],
    ['type=search', `<input id="f" type="search" ${otp}>`],
    ['type=hidden', `<input id="f" type="hidden" ${otp}>`],
    ['disabled', `<input id="f" disabled ${otp}>`],
    ['read-only', `<input id="f" readonly ${otp}>`],
    ['in a disabled fieldset', `<fieldset disabled><input id="f" ${otp}></fieldset>`],
    ['display:none', `<input id="f" style="display:none" ${otp}>`],
    ['under display:none', `<div style="display:none"><input id="f" ${otp}></div>`],
    ['visibility:hidden', `<div style="visibility:hidden"><input id="f" ${otp}></div>`],
    ['the hidden attribute', `<div hidden><input id="f" ${otp}></div>`],
    ['zero size', `<input id="f" style="width:0;height:0" ${otp}>`],
    ['data-1p-ignore', `<input id="f" data-1p-ignore ${otp}>`],
    ['data-bwignore', `<input id="f" data-bwignore ${otp}>`],
    ['data-lpignore="true"', `<input id="f" data-lpignore="true" ${otp}>`],
    ['an opted-out form', `<form data-1p-ignore><input id="f" ${otp}></form>`],
    ['autocomplete=cc-csc', `<input id="f" autocomplete="cc-csc" ${otp}>`],
    ['autocomplete=postal-code', `<input id="f" autocomplete="postal-code" ${otp}>`],
    ['autocomplete=tel-national', `<input id="f" autocomplete="tel-national" ${otp}>`],
    ['autocomplete=username', `<input id="f" autocomplete="section-login username" ${otp}>`],
    ['autocomplete=current-password', `<input id="f" autocomplete="current-password" ${otp}>`],
  ])('%s', (_rule, html) => {
    expect(detect(html)).toEqual([]);
  });

  it('but honours data-lpignore="false" (an explicit opt-in)', () => {
    expect(detect(`<input id="f" data-lpignore="false" ${otp}>`)).toEqual([{ kind: 'otp', ids: ['f'] }]);
  });

  it('but keeps an opacity:0 input (input-otp draws boxes over a transparent real input)', () => {
    expect(detect(`<input id="f" style="opacity:0" ${otp}>`)).toEqual([{ kind: 'otp', ids: ['f'] }]);
  });
});
