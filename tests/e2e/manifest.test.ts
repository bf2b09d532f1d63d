/**
 * The built manifests ask for no more than Twofold needs (docs/security.md,
 * "Other surfaces"). Widening any of this must be a deliberate edit here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness/paths';

const ALLOWED_PERMISSIONS = {
  chrome: ['activeTab', 'alarms', 'clipboardRead', 'clipboardWrite', 'contextMenus', 'idle', 'offscreen', 'scripting', 'storage'],
  firefox: ['activeTab', 'alarms', 'clipboardRead', 'clipboardWrite', 'contextMenus', 'idle', 'scripting', 'storage'],
};
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  content_security_policy?: { extension_pages?: string };
  content_scripts?: Array<{ matches: string[]; js: string[] }>;
  web_accessible_resources?: Array<{ resources: string[]; matches: string[] }>;
};

function readManifest(target: 'chrome' | 'firefox'): Manifest {
  const dir = path.join(path.dirname(EXTENSION_DIR), `${target}-mv3`);
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

describe.each(['chrome', 'firefox'] as const)('the built %s manifest', (target) => {
  const manifest = readManifest(target);

  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3);
  });

  it('asks only for the permissions Twofold needs, and no host permissions', () => {
    expect(manifest.permissions?.length).toBeGreaterThan(0);
    for (const permission of manifest.permissions ?? []) expect(ALLOWED_PERMISSIONS[target]).toContain(permission);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
  });

  it('has the strict content security policy', () => {
    expect(manifest.content_security_policy?.extension_pages).toBe(CSP);
  });

  it('cannot be reached by other extensions, and by web pages only in the content script’s second part', () => {
    expect(manifest.externally_connectable).toBeUndefined();
    // Chrome: one file, for the pages the content script runs on, only under a per-session id.
    // Why it exists: entrypoints/content/load-fields-part.ts. Firefox's content script is one file.
    expect(manifest.web_accessible_resources ?? []).toEqual(
      target === 'chrome' ? [{ resources: ['content-fields.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }] : [],
    );
  });

  it('needs that resource on Chrome: the content script imports it, and nothing else', () => {
    const dir = path.join(path.dirname(EXTENSION_DIR), `${target}-mv3`);
    const [script] = manifest.content_scripts ?? [];
    const code = readFileSync(path.join(dir, script!.js[0]!), 'utf8');
    const imports = code.split('import(').length - 1;
    if (target === 'firefox') return expect(imports).toBe(0);
    const imported = [...code.matchAll(/import\(\w+\.runtime\.getURL\("([^"]+)"\)\)/g)].map(([, file]) => file);
    expect([imports, imported]).toEqual([1, ['/content-fields.js']]);
    // The imported file is an ES module with the second part as its default export.
    expect(readFileSync(path.join(dir, 'content-fields.js'), 'utf8')).toMatch(/export default \w+;$/);
  });

  it('runs its content script on web pages only', () => {
    for (const script of manifest.content_scripts ?? []) {
      for (const match of script.matches) expect(['http://*/*', 'https://*/*']).toContain(match);
    }
  });

  it('ships no test fixtures or source maps', () => {
    const listing = JSON.stringify(manifest);
    expect(listing).not.toMatch(/fixtures|\.map\b/);
  });
});

describe('the Firefox manifest', () => {
  it('has a gecko id and a non-worker background', () => {
    const manifest = readManifest('firefox') as Manifest & {
      browser_specific_settings?: { gecko?: { id?: string } };
      background?: { scripts?: string[]; service_worker?: string };
    };
    expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/@/);
    expect(manifest.background?.scripts).toEqual(['background.js']);
    expect(manifest.background?.service_worker).toBeUndefined();
  });

  it('tells addons.mozilla.org that it collects no data, on Firefox versions that read the key', () => {
    const settings = readManifest('firefox').browser_specific_settings as {
      gecko?: { strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
      gecko_android?: { strict_min_version?: string };
    };
    expect(settings.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    // The key exists from Firefox 140 and Firefox for Android 142; an older minimum makes the linter warn.
    expect(parseFloat(settings.gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);
    expect(parseFloat(settings.gecko_android?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(142);
  });
});
