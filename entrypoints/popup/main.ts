import { createApp } from 'vue';
import { createPinia } from 'pinia';
import '@/components/theme.css';
import { useSessionStore } from '@/stores/session';
import App from './App.vue';
import { requestOpening, showOpening } from './opening';

// Asked before the app is built: the worker (started anew if Chrome stopped it) works on it meanwhile.
const opening = requestOpening();
const app = createApp(App).use(createPinia());
// Mounted once the worker has answered, so the first render already shows the accounts with their codes.
void useSessionStore()
  .start(opening.then(showOpening))
  .then(() => app.mount('#app'));
