/** Drag a row onto another to move it there (the list refuses moves across the pinned boundary). */
import { ref } from 'vue';

export function useDragReorder(move: (id: string, toIndex: number) => void) {
  const draggingId = ref<string | null>(null);
  const overIndex = ref<number | null>(null);

  function start(event: DragEvent, id: string): void {
    draggingId.value = id;
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = 'move';
      // Firefox starts a drag only with some data; the id stays here, not in the data.
      event.dataTransfer.setData('text/plain', '');
    }
  }

  function over(event: DragEvent, index: number): void {
    if (draggingId.value === null) return;
    event.preventDefault();
    overIndex.value = index;
  }

  function drop(event: DragEvent, index: number): void {
    if (draggingId.value === null) return;
    event.preventDefault();
    move(draggingId.value, index);
    end();
  }

  function end(): void {
    draggingId.value = null;
    overIndex.value = null;
  }

  return { draggingId, overIndex, start, over, drop, end };
}
