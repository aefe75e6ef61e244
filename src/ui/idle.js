// Runs `callback` when the browser is idle: the later parts must never compete with the first
// rows. WebKit has no requestIdleCallback: there, after the next frame has been drawn.
export function whenIdle(callback) {
  if (typeof requestIdleCallback === "function") {
    requestIdleCallback(() => callback(), { timeout: 2000 });
  } else {
    requestAnimationFrame(() => setTimeout(callback, 0));
  }
}
