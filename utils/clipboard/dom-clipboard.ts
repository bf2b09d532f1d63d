/**
 * The clipboard through a document's editing commands. An unfocused document
 * (Chrome's offscreen document, Firefox's background page) cannot use
 * `navigator.clipboard`, but `execCommand` works there: 'paste' with the
 * clipboardRead permission, 'copy' with clipboardWrite.
 */
import type { TextClipboard } from './clear-later';

export function domClipboard(doc: Document): TextClipboard {
  return {
    async read() {
      const field = doc.createElement('textarea');
      doc.body.append(field);
      try {
        field.focus();
        doc.execCommand('paste');
        return field.value;
      } finally {
        field.remove();
      }
    },
    async write(text) {
      const onCopy = (event: ClipboardEvent) => {
        event.clipboardData?.setData('text/plain', text);
        event.preventDefault();
      };
      doc.addEventListener('copy', onCopy);
      try {
        doc.execCommand('copy');
      } finally {
        doc.removeEventListener('copy', onCopy);
      }
    },
  };
}
