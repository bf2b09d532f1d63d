// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import SiteLinksEditor from '@/components/account-form/SiteLinksEditor.vue';
import type { SiteLink } from '@/utils/accounts/model';

function editor(sites: SiteLink[] = []) {
  const wrapper = mount(SiteLinksEditor, {
    props: { modelValue: sites, 'onUpdate:modelValue': (next: SiteLink[]) => wrapper.setProps({ modelValue: next }) },
  });
  return wrapper;
}

const sitesOf = (wrapper: ReturnType<typeof editor>) => wrapper.props('modelValue') as SiteLink[];

describe('editing linked sites', () => {
  it('adds an address as its origin, https when no scheme is typed', async () => {
    const wrapper = editor();
    await wrapper.get('[data-testid="add-site-input"]').setValue('https://github.com/login?x=1');
    await wrapper.get('form').trigger('submit');
    await wrapper.get('[data-testid="add-site-input"]').setValue('gitlab.com');
    await wrapper.get('form').trigger('submit');
    expect(sitesOf(wrapper)).toEqual([
      { origin: 'https://github.com', match: 'origin' },
      { origin: 'https://gitlab.com', match: 'origin' },
    ]);
    expect(wrapper.findAll('[data-testid="site-link"]').map((item) => item.find('.origin').text())).toEqual(['https://github.com', 'https://gitlab.com']);
  });

  it('refuses what is not a web address, and the same site twice', async () => {
    const wrapper = editor([{ origin: 'https://github.com', match: 'origin' }]);
    await wrapper.get('[data-testid="add-site-input"]').setValue('javascript:alert(1)');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('[data-testid="site-error"]').text()).toContain('web address');
    await wrapper.get('[data-testid="add-site-input"]').setValue('https://github.com/other');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.get('[data-testid="site-error"]').text()).toBe('https://github.com is already linked.');
    expect(sitesOf(wrapper)).toHaveLength(1);
  });

  it('opts a site into its subdomains, and removes it', async () => {
    const wrapper = editor([{ origin: 'https://example.com', match: 'origin' }]);
    await wrapper.get('[data-testid="site-link"] input[type="checkbox"]').setValue(true);
    expect(sitesOf(wrapper)).toEqual([{ origin: 'https://example.com', match: 'registrable-domain' }]);
    await wrapper.get('[data-testid="remove-site"]').trigger('click');
    expect(sitesOf(wrapper)).toEqual([]);
  });
});
