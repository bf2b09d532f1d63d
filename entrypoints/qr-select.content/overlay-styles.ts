/** The overlay's look, inside its shadow root (the page's CSS cannot reach it, nor ours the page). */
export const overlayStyles = `
.layer {
  position: fixed;
  inset: 0;
  z-index: 2147483647;
  cursor: crosshair;
  background: rgba(0, 0, 0, 0.25);
  touch-action: none;
  user-select: none;
}
.hint {
  position: fixed;
  top: 12px;
  left: 50%;
  transform: translateX(-50%);
  margin: 0;
  padding: 6px 12px;
  border-radius: 6px;
  background: #1f2328;
  color: #fff;
  font: 14px/1.4 system-ui, sans-serif;
  pointer-events: none;
}
.box {
  position: fixed;
  border: 2px dashed #fff;
  outline: 1px solid #1f2328;
  background: rgba(255, 255, 255, 0.1);
  pointer-events: none;
}
`;
