// @vitest-environment happy-dom
/** The keyword data in every language, as the detector reads it. */
import { describe, expect, it } from 'vitest';
import { BACKUP_PHRASES, OTP_PHRASES, type Language } from '../../../utils/detect/heuristics';
import { keywordLead, mayHoldKeyword } from '../../../utils/detect/keyword-leads';
import { compileKeywords, SCORING_KEYWORDS } from '../../../utils/detect/patterns';
import { normalizeText } from '../../../utils/detect/text';
import { detect } from './mount';

const labelled = (label: string) => `<label for="f">${label}</label><input id="f" name="f">`;

describe('normalizeText', () => {
  it.each([
    ['Bestätigungs-Code', 'bestatigungs code'],
    ['user[otp_attempt]', 'user otp attempt'],
    ['totpPin', 'totp pin'],
    ['idTxtBx_SAOTCC_OTC', 'id txt bx saotcc otc'],
    ['TOTPCode', 'totp code'],
    ['ＯＴＰ　コード', 'otp コート'],
    ["  code d'authentification  ", 'code d authentification'],
  ])('%s → %s', (text, normalized) => {
    expect(normalizeText(text)).toBe(normalized);
  });
});

describe('compileKeywords', () => {
  const pattern = compileKeywords(['two factor', 'otp', '验证码']);

  it.each([
    ['two factor', true],
    ['twofactor', true],
    ['enter otps here', true],
    ['footprint hotpot', false],
    ['请输入验证码', true],
  ])('%s → %s', (text, matches) => {
    expect(pattern.test(normalizeText(text))).toBe(matches);
  });
});

describe('keyword leads (the quick test before the patterns)', () => {
  const NON_ASCII = /[^\0-\x7f]/;

  // A keyword shorter than its lead could match where the text goes on with other letters.
  it.each(Object.values(SCORING_KEYWORDS).flat())('%s: its lead is its first three letters once normalized, or it never matches ASCII text', (keyword) => {
    const lead = keywordLead(keyword);
    const normalized = normalizeText(keyword);
    if (lead === '') expect(normalized).toMatch(NON_ASCII);
    else expect([normalized.replaceAll(' ', '').slice(0, 3), lead.length]).toEqual([lead, 3]);
  });

  it.each([
    ['Search products', false],
    ['', false],
    ['qty', false],
    ['Min price', false],
    ['Product 2, a fine product', false],
    ['Enter the 2 factor code', true],
    ['Enter the two factor code', true],
    ['twofactor', true],
    ['Введите код', true],
  ])('%s → %s', (text, may) => {
    expect(mayHoldKeyword(normalizeText(text))).toBe(may);
  });
});

describe('every core keyword, alone as a label', () => {
  const cases = (byLanguage: Readonly<Record<Language, readonly string[]>>) =>
    Object.entries(byLanguage).flatMap(([language, words]) => words.map((word) => [language, word] as const));

  it.each(cases(OTP_PHRASES))('[%s] %s → otp', (_language, word) => {
    expect(detect(labelled(word))).toEqual([{ kind: 'otp', ids: ['f'] }]);
  });

  it.each(cases(BACKUP_PHRASES))('[%s] %s → backup', (_language, word) => {
    expect(detect(labelled(word))).toEqual([{ kind: 'backup', ids: ['f'] }]);
  });
});

describe('labels as sites write them', () => {
  it.each([
    ['en', 'Enter the 6-digit code from your authenticator app', 'otp'],
    ['de', 'Geben Sie den Bestätigungscode ein', 'otp'],
    ['de', 'Wiederherstellungscode eingeben', 'backup'],
    ['fr', 'Saisissez le code de vérification', 'otp'],
    ['fr', 'Utilisez un code de secours', 'backup'],
    ['es', 'Introduce el código de verificación', 'otp'],
    ['es', 'Código de recuperación', 'backup'],
    ['it', 'Inserisci il codice di verifica', 'otp'],
    ['pt', 'Digite o código de verificação', 'otp'],
    ['nl', 'Voer de verificatiecode in', 'otp'],
    ['pl', 'Wpisz kod weryfikacyjny', 'otp'],
    ['ru', 'Введите код подтверждения', 'otp'],
    ['ru', 'Введите резервный код', 'backup'],
    ['ja', '認証コードを入力してください', 'otp'],
    ['ja', 'バックアップコードを入力', 'backup'],
    ['zh', '请输入验证码', 'otp'],
    ['zh', '请输入备用码', 'backup'],
  ])('[%s] %s → %s', (_language, label, kind) => {
    expect(detect(labelled(label))).toEqual([{ kind, ids: ['f'] }]);
  });
});
