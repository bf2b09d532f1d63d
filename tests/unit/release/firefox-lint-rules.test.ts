import { describe, expect, it } from 'vitest';
import { acceptedBecause, describeFinding, type LintFinding } from '../../release/firefox-lint-rules';

const VUE_CHUNK = 'const a=1;insertStaticContent(t,e,s,n,i,r){const o=s?s.previousSibling:e.lastChild;Oi.innerHTML=eo(t)}';
const OWN_CODE = 'function render(t){document.body.innerHTML=t}';
const innerHtmlAt = (file: string, source: string): [LintFinding, (name: string) => string | undefined] => [
  { _type: 'warning', code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML', file, line: 1, column: source.indexOf('innerHTML') },
  (name) => (name === file ? source : undefined),
];

describe('which Firefox lint findings a release accepts', () => {
  it("accepts innerHTML only where it is Vue's insertStaticContent, and says why", () => {
    expect(acceptedBecause(...innerHtmlAt('chunks/theme-x.js', VUE_CHUNK))).toMatch(/compiled templates/);
  });

  it('refuses innerHTML anywhere else, and a warning whose file cannot be read', () => {
    expect(acceptedBecause(...innerHtmlAt('chunks/popup-x.js', OWN_CODE))).toBeUndefined();
    const [finding] = innerHtmlAt('chunks/theme-x.js', VUE_CHUNK);
    expect(acceptedBecause(finding, () => undefined)).toBeUndefined();
  });

  it('refuses every error and any warning it does not know', () => {
    const [warning, source] = innerHtmlAt('chunks/theme-x.js', VUE_CHUNK);
    expect(acceptedBecause({ ...warning, _type: 'error' }, source)).toBeUndefined();
    expect(acceptedBecause({ _type: 'warning', code: 'MISSING_DATA_COLLECTION_PERMISSIONS', message: 'missing', file: 'manifest.json' }, source)).toBeUndefined();
  });

  it('describes a finding on one line with its place', () => {
    const [warning] = innerHtmlAt('chunks/theme-x.js', VUE_CHUNK);
    expect(describeFinding(warning)).toBe(`warning UNSAFE_VAR_ASSIGNMENT chunks/theme-x.js:1:${VUE_CHUNK.indexOf('innerHTML')}: Unsafe assignment to innerHTML`);
  });
});
