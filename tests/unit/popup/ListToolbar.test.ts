// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { createTestingPinia } from '@pinia/testing';
import ListToolbar from '@/components/ListToolbar.vue';
import SelectionBar from '@/components/SelectionBar.vue';
import { useListViewStore } from '@/stores/list-view';

function mountWith(component: typeof ListToolbar | typeof SelectionBar, state: Record<string, unknown> = {}) {
  const pinia = createTestingPinia({ createSpy: vi.fn, initialState: { 'list-view': state } });
  return { wrapper: mount(component, { global: { plugins: [pinia] } }), list: useListViewStore(pinia) };
}

describe('the list toolbar', () => {
  it('switches between the user’s order and name order, and says which is on', async () => {
    const { wrapper, list } = mountWith(ListToolbar, { sort: 'name' });
    expect(wrapper.get('[data-testid="sort-toggle"]').attributes('aria-pressed')).toBe('true');
    await wrapper.get('[data-testid="sort-toggle"]').trigger('click');
    expect(list.setSort).toHaveBeenCalledWith('manual');
  });

  it('enters and leaves edit mode', async () => {
    const { wrapper, list } = mountWith(ListToolbar, { editing: true });
    expect(wrapper.get('[data-testid="edit-mode"]').text()).toBe('Done');
    await wrapper.get('[data-testid="edit-mode"]').trigger('click');
    expect(list.setEditing).toHaveBeenCalledWith(false);
  });

  it('clears the search with Esc and goes down into the list with ↓', async () => {
    const { wrapper, list } = mountWith(ListToolbar, { query: 'git' });
    await wrapper.get('[data-testid="search"]').trigger('keydown', { key: 'Escape' });
    expect(list.query).toBe('');
    await wrapper.get('[data-testid="search"]').trigger('keydown', { key: 'ArrowDown' });
    expect(wrapper.emitted('enterList')).toHaveLength(1);
  });
});

describe('the selection bar', () => {
  it('counts the selection and offers delete only when something is selected', async () => {
    const none = mountWith(SelectionBar, { editing: true, selected: new Set() });
    expect(none.wrapper.get('[data-testid="delete-selected"]').attributes('disabled')).toBeDefined();
    const two = mountWith(SelectionBar, { editing: true, selected: new Set(['a', 'b']) });
    expect(two.wrapper.get('[data-testid="selected-count"]').text()).toBe('2 selected');
    await two.wrapper.get('[data-testid="delete-selected"]').trigger('click');
    expect(two.wrapper.emitted('delete')).toHaveLength(1);
    await two.wrapper.get('[data-testid="select-shown"]').trigger('click');
    expect(two.list.selectShown).toHaveBeenCalled();
  });
});
