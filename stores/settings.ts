/** Settings as the options page edits them; saved through the worker. */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { sendToWorker } from '@/utils/messaging';
import type { Settings } from '@/utils/settings';

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings | null>(null);

  async function load(): Promise<void> {
    settings.value = await sendToWorker('settings.get');
  }

  async function update(changes: Partial<Settings>): Promise<void> {
    settings.value = await sendToWorker('settings.update', changes);
  }

  return { settings, load, update };
});
