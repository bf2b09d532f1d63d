/**
 * What each archive of `npm run zip` must hold and must never hold: the store
 * packages are the built extension only; the sources archive (Firefox's
 * reviewers rebuild from it) is the repository without installs, builds,
 * local results or git data.
 */
export type ArchiveKind = 'chrome' | 'firefox' | 'sources';

interface ArchiveRule {
  required: readonly string[];
  forbidden: readonly RegExp[];
}

const BUILT = ['manifest.json', 'background.js', 'popup.html', 'options.html', 'content-scripts/content.js', 'icon/128.png'];
/** Source files, source maps, test fixtures and dot files never ship in a store package. */
const NOT_IN_PACKAGES = [/\.(ts|vue|map)$/, /fixtures/, /(^|\/)\./];

export const ARCHIVE_RULES: Record<ArchiveKind, ArchiveRule> = {
  // offscreen.html: Chrome's clipboard clearing; Firefox's background page does it itself.
  chrome: { required: [...BUILT, 'offscreen.html'], forbidden: NOT_IN_PACKAGES },
  firefox: { required: BUILT, forbidden: [...NOT_IN_PACKAGES, /^offscreen\.html$/] },
  sources: {
    required: [
      'package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md',
      'entrypoints/background/index.ts', 'entrypoints/popup/index.html', 'entrypoints/offscreen/index.html', 'tests/e2e/manifest.test.ts',
    ],
    forbidden: [/(^|\/)node_modules\//, /^\.output/, /^\.wxt\//, /^\.git\//, /^tests\/\.artifacts\//, /^tests\/bench\/results\/latest\.json$/],
  },
};

/** Every way `names` breaks the rule for its kind of archive; empty when it is right. */
export function archiveProblems(kind: ArchiveKind, names: readonly string[]): string[] {
  const files = names.filter((name) => !name.endsWith('/'));
  const rule = ARCHIVE_RULES[kind];
  return [
    ...rule.required.filter((name) => !files.includes(name)).map((name) => `${kind}: missing ${name}`),
    ...files.filter((name) => rule.forbidden.some((pattern) => pattern.test(name))).map((name) => `${kind}: must not contain ${name}`),
  ];
}
