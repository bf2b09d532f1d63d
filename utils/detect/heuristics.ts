/**
 * Everything the field detector "knows", kept as data so it can be read, reviewed
 * and extended without touching logic. Each entry is proven by a fixture page
 * (tests/fixtures/pages/detect/) or a table test (tests/unit/detect/).
 *
 * Keywords are written as people write them; they are normalized with the same
 * function as page text (lower case, accents and punctuation dropped, camelCase
 * and snake_case split), so "Bestätigungscode", "approvals_code" and "totpPin"
 * are all fine here. Words between spaces may also appear joined on a page
 * ("twofactor"), and Latin words of three letters or more take a plural "s".
 * Chinese and Japanese keywords match anywhere (those scripts have no spaces).
 */

export type Language = 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'pl' | 'ru' | 'ja' | 'zh';
export type KeywordsByLanguage = Readonly<Record<Language, readonly string[]>>;

/** Phrases that on their own mean "one-time / two-factor code". */
export const OTP_PHRASES: KeywordsByLanguage = {
  en: ['otp', 'totp', 'hotp', 'otc', 'one time code', 'one time password', 'one time passcode', 'one time pin',
    '2fa', 'tfa', 'twofa', 'two factor', '2 factor', 'second factor', 'two step', '2 step', '2sv', 'mfa',
    'multi factor', 'authenticator', 'verification code', 'security code', 'authentication code', 'auth code',
    'login code', 'sign in code', 'approvals code', 'idv pin', 'passcode'],
  de: ['Bestätigungscode', 'Sicherheitscode', 'Authentifizierungscode', 'Verifizierungscode', 'Einmalpasswort',
    'Einmalcode', 'Zwei-Faktor', 'Anmeldecode', 'Prüfcode'],
  fr: ['code de vérification', 'code de sécurité', "code d'authentification", 'code à usage unique',
    'mot de passe à usage unique', 'double authentification', 'deux facteurs', 'code de confirmation',
    'code de connexion'],
  es: ['código de verificación', 'código de seguridad', 'código de autenticación', 'código de un solo uso',
    'contraseña de un solo uso', 'verificación en dos pasos', 'doble factor', 'dos factores'],
  it: ['codice di verifica', 'codice di sicurezza', 'codice di autenticazione', 'codice monouso',
    'password monouso', 'verifica in due passaggi', 'due fattori'],
  pt: ['código de verificação', 'código de segurança', 'código de autenticação', 'senha de uso único',
    'verificação em duas etapas', 'dois fatores'],
  nl: ['verificatiecode', 'beveiligingscode', 'authenticatiecode', 'eenmalige code', 'eenmalig wachtwoord',
    'tweestapsverificatie', 'twee factor'],
  pl: ['kod weryfikacyjny', 'kod bezpieczeństwa', 'kod uwierzytelniający', 'kod jednorazowy', 'hasło jednorazowe',
    'weryfikacja dwuetapowa', 'dwuskładnikowe'],
  ru: ['код подтверждения', 'проверочный код', 'код безопасности', 'код аутентификации', 'одноразовый код',
    'одноразовый пароль', 'двухфакторная', 'двухфакторной', 'двухэтапная', 'двухэтапной'],
  ja: ['認証コード', '確認コード', 'セキュリティコード', 'ワンタイムパスワード', 'ワンタイムコード', '二段階認証', '2段階認証',
    '認証番号'],
  zh: ['验证码', '驗證碼', '动态码', '动态密码', '校验码', '安全码', '一次性密码', '两步验证', '双重验证', '二次验证'],
};

/** Phrases that name a backup/recovery code (also the headings of a backup-code block). */
export const BACKUP_PHRASES: KeywordsByLanguage = {
  en: ['backup code', 'backup token', 'recovery code', 'emergency code', 'scratch code', 'rescue code'],
  de: ['Wiederherstellungscode', 'Backup-Code', 'Sicherungscode', 'Notfallcode', 'Ersatzcode'],
  fr: ['code de secours', 'code de récupération', 'code de sauvegarde'],
  es: ['código de recuperación', 'código de respaldo', 'código de copia de seguridad'],
  it: ['codice di backup', 'codici di backup', 'codice di recupero', 'codici di recupero', 'codice di riserva'],
  pt: ['código de backup', 'código de recuperação', 'código reserva'],
  nl: ['herstelcode', 'back-upcode', 'reservecode'],
  pl: ['kod zapasowy', 'kody zapasowe', 'kod odzyskiwania', 'kody odzyskiwania'],
  ru: ['резервный код', 'резервные коды', 'код восстановления', 'коды восстановления'],
  ja: ['バックアップコード', 'リカバリーコード', 'リカバリコード', '復旧コード', '予備コード'],
  zh: ['备用码', '備用碼', '恢复码', '復原碼', '备份码'],
};

/** Single words that lean toward "backup" without naming a code. */
export const BACKUP_WORDS: readonly string[] = ['backup', 'recovery', 'Wiederherstellung', 'secours', 'récupération',
  'recuperación', 'respaldo', 'recupero', 'recuperação', 'herstel', 'odzyskiwania', 'восстановления', 'резервный',
  'バックアップ', 'リカバリー', '备用', '恢复'];

/** Words that lean toward OTP but also mean other things ("verification email"). */
export const OTP_HINT_WORDS: readonly string[] = ['authentication', 'verification', 'verify', 'Authentifizierung',
  'Bestätigung', 'vérification', 'verificación', 'verifica', 'verificação', 'verificatie', 'weryfikacja',
  'подтверждения', '認証', '验证'];

/** Words that only say "some code": a weak signal that needs support from elsewhere. */
export const CODE_WORDS: readonly string[] = ['code', 'token', 'pin', 'challenge', 'código', 'codice', 'kod',
  'код', 'コード', '代码'];

/**
 * "X or Y": a field whose own text has an OTP word, a backup word and one of these
 * takes either ("authentication or backup code"), so it is an OTP field.
 * Left out: Dutch "of" (the English "of") and Spanish/Italian "o" (the Portuguese "the").
 */
export const EITHER_CONJUNCTIONS: readonly string[] = ['or', 'oder', 'ou', 'lub', 'или', 'または', '或'];

/**
 * What a field is when it is not a code field, read from its own attributes and
 * labels. Hard categories exclude a field outright; soft ones ("Phone number")
 * yield to an explicit OTP or backup phrase ("Code we sent to your phone").
 */
export const HARD_EXCLUSIONS: Readonly<Record<string, readonly string[]>> = {
  payment: ['cc', 'cvc', 'cvv', 'cvv2', 'csc', 'card', 'card number', 'credit card', 'expiry', 'expiration', 'iban',
    'Kreditkarte', 'Kartennummer', 'carte bancaire', 'tarjeta', 'carta di credito', 'cartão', 'karta', 'карта',
    'カード', '银行卡', '信用卡'],
  postal: ['zip', 'postal', 'postcode', 'post code', 'Postleitzahl', 'plz', 'code postal', 'código postal',
    'codice postale', 'kod pocztowy', 'почтовый индекс', '郵便番号', '邮编', '邮政编码'],
  promotion: ['promo', 'promotion', 'promotional', 'coupon', 'voucher', 'gift', 'discount', 'redeem', 'invite',
    'invitation', 'referral', 'Gutschein', 'Rabatt', 'Einladung', 'code promo', 'parrainage', 'cupón', 'descuento',
    'invitación', 'codice sconto', 'cupom', 'kortingscode', 'kod rabatowy', 'промокод', 'クーポン', '优惠码', '邀请码'],
  captcha: ['captcha', 'recaptcha', 'hcaptcha', 'image', 'picture', 'characters you see', 'Bild', 'imagen',
    'immagine', 'картинки', '画像', '图形验证码', '图片验证码'],
  search: ['search', 'query', 'Suche', 'suchen', 'recherche', 'buscar', 'búsqueda', 'cerca', 'pesquisar', 'zoeken',
    'szukaj', 'поиск', '検索', '搜索'],
  codec: ['encode', 'decode', 'encoder', 'decoder'],
};

export const SOFT_EXCLUSIONS: Readonly<Record<string, readonly string[]>> = {
  password: ['password', 'Passwort', 'Kennwort', 'mot de passe', 'contraseña', 'senha', 'wachtwoord', 'hasło',
    'пароль', 'パスワード', '密码'],
  email: ['email', 'e mail', 'E-Mail-Adresse', 'courriel', 'correo', 'почта', 'メールアドレス', '邮箱'],
  username: ['username', 'user name', 'user id', 'login name', 'Benutzername', "nom d'utilisateur", 'usuario',
    'gebruikersnaam', 'логин', 'ユーザー名', '用户名'],
  phone: ['phone', 'telephone', 'mobile number', 'cell number', 'country code', 'area code', 'dial code', 'Telefon',
    'Telefonnummer', 'Handynummer', 'Vorwahl', 'Ländervorwahl', 'téléphone', 'indicatif', 'teléfono', 'telefono',
    'telefone', 'telefoon', 'телефон', '電話番号', '手机号', '电话'],
};

/** Words around a field that say "this is a checkout, not a login". */
export const CONTEXT_NEGATIVE_WORDS: readonly string[] = ['payment', 'billing', 'checkout', 'credit card', 'card details',
  'shipping', 'newsletter', 'subscribe', 'Zahlung', 'paiement', 'pago', 'pagamento', 'betaling', 'płatność', 'оплата',
  'お支払い', '支付'];

/** Points per signal. Tiers: the field's own attributes, its labels, text around it. */
export const WEIGHTS = {
  otpPhrase: { own: 3, label: 3, context: 2 },
  backupPhrase: { own: 3, label: 3, context: 2 },
  backupWord: { own: 2, label: 2, context: 1 },
  otpHint: { own: 1, label: 1, context: 0 },
  codeWord: { own: 1, label: 1, context: 0 },
  contextNegative: { own: 0, label: 0, context: -3 },
  oneTimeCodeAutocomplete: 10,
  codeLength: 1,
  numeric: 1,
  digitPattern: 1,
  splitRun: 2,
} as const;

export const THRESHOLDS = {
  /** A field needs this many points, at least one of them from words (or autocomplete=one-time-code). */
  minScore: 3,
} as const;

export const INPUT_RULES = {
  /** `input.type` values a code can be typed into (passwords are excluded by design). */
  allowedTypes: ['text', 'tel', 'number'],
  optOutAttributes: ['data-1p-ignore', 'data-bwignore', 'data-lpignore'],
  oneTimeCodeToken: 'one-time-code',
  /** autocomplete tokens that say the field is something else. */
  excludedAutocomplete: ['email', 'username', 'current-password', 'new-password', 'postal-code', 'street-address',
    'name', 'given-name', 'family-name', 'nickname', 'organization', 'country', 'country-name', 'url', 'photo'],
  excludedAutocompletePrefixes: ['cc-', 'tel', 'address-', 'bday', 'transaction-'],
  /**
   * More inputs than this sharing one name are the rows of a list (a shop's quantity
   * boxes, a table's cells), never a code field: two split fields of 8 boxes fit.
   */
  maxInputsSharingName: 16,
} as const;

export const SHAPE = {
  /** maxlength of a single field that holds a whole code (6–8 digit TOTP, 10-char backup codes). */
  codeLength: { min: 6, max: 10 },
  /** Fields shorter than this cannot hold a code (single boxes only count as part of a run). */
  minSingleMaxLength: 4,
  /** A run of this many one-character boxes side by side is a split code field. */
  splitRun: { min: 4, max: 8 },
  numericInputModes: ['numeric', 'decimal'],
  numericTypes: ['tel', 'number'],
  digitPatternMarkers: ['[0-9]', '\\d'],
} as const;

export const CONTEXT = {
  /** How far up from an input "nearby" text is looked for. */
  ancestorLevels: 4,
  textSelector: 'h1, h2, h3, h4, h5, h6, legend, [role="heading"], p',
  /** Nearby text is cut here: a hint, not the whole page. */
  maxChars: 600,
  /** At most this many elements are looked at for it (an ancestor may hold a whole product grid). */
  maxElements: 400,
} as const;

/** A page showing freshly generated backup codes (see backup-code-page.ts). */
export const BACKUP_BLOCK = {
  /** Where a block's title may be written. */
  headingSelector: 'h1, h2, h3, h4, h5, h6, legend, caption, [role="heading"], strong',
  maxHeadingChars: 80,
  /** Elements that start another section: the codes must come before one of these. */
  sectionBreakSelector: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  /** How far up from the heading to look for the block (a heading often sits in its own header div). */
  climbLevels: 2,
  /** How many following siblings make up the heading's section. */
  maxSectionSiblings: 6,
  codeCount: { min: 8, max: 16 },
  /** One code: letters/digits in up to four groups joined by "-" or a space ("abcd-efgh", "1234 5678"). */
  codeToken: /^[A-Za-z0-9]+(?:[- ][A-Za-z0-9]+){0,3}$/,
  codeAlphanumerics: { min: 6, max: 20 },
  /** Nearby buttons that confirm a weakly titled block ("Two-factor recovery" + Download). */
  actionSelector: 'button, a, [role="button"], input[type="button"]',
  actionWords: ['copy', 'download', 'print', 'save', 'kopieren', 'herunterladen', 'drucken', 'copier', 'télécharger',
    'imprimer', 'copiar', 'descargar', 'imprimir', 'copia', 'scarica', 'stampa', 'baixar', 'kopiëren', 'downloaden',
    'afdrukken', 'kopiuj', 'pobierz', 'drukuj', 'копировать', 'скачать', 'печать', 'コピー', 'ダウンロード', '印刷', '复制',
    '下载', '打印'],
} as const;
