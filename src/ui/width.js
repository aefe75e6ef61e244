// The widget's narrow layout, keyed to its own width by a ResizeObserver rather than a container
// query: any size container around the table made Blink lay out a new page of rows about a quarter
// slower (bench/NOTES.md). The class changes only when the width crosses the threshold.

/** Keeps `plb-narrow` on `root` while its width is at most 480 px; returns the observer.
 *
 * What is observed is an empty box of no height at the top of `root`, not `root` itself: the class
 * changes the widget's height, and an observed box resized by its own observer's callback ends the
 * browser's observation loop with an error event on the host page. */
export function watchWidth(root) {
  const probe = root.appendChild(root.ownerDocument.createElement("div"));
  probe.className = "plb-width-probe";
  const observer = new ResizeObserver(() => root.classList.toggle("plb-narrow", probe.clientWidth <= 480));
  observer.observe(probe);
  return observer;
}
