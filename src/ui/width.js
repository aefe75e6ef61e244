// The widget's narrow layout, keyed to its own width by a ResizeObserver rather than a container
// query: any size container around the table made Blink lay out a new page of rows about a quarter
// slower (bench/NOTES.md). The class changes only when the width crosses the threshold.

/** Keeps `plb-narrow` on `root` while its width is at most 480 px, and puts the row density this
 * browser chose on it; returns the observer.
 *
 * What is observed is an empty box of no height at the top of `root`, not `root` itself: the class
 * changes the widget's height, and an observed box resized by its own observer's callback ends the
 * browser's observation loop with an error event on the host page. */
export function watchWidth(root) {
  // Read here, in the first download, so the first rows come at their height; chosen with the
  // batch part (people/density.rs). A browser may refuse storage (a sandboxed frame).
  try {
    root.classList.toggle("plb-compact", localStorage.getItem("people-log:density") === "compact");
  } catch {}
  const probe = root.appendChild(root.ownerDocument.createElement("div"));
  probe.className = "plb-width-probe";
  const observer = new ResizeObserver(() => root.classList.toggle("plb-narrow", probe.clientWidth <= 480));
  observer.observe(probe);
  return observer;
}
