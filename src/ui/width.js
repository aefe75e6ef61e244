// The widget's narrow layout, keyed to its own width by a ResizeObserver rather than a container
// query: any size container around the table made Blink lay out a new page of rows about a quarter
// slower (bench/NOTES.md). The class changes only when the width crosses the threshold.

/** Keeps `plb-narrow` on `root` while its width is at most 480 px; returns the observer. */
export function watchWidth(root) {
  const observer = new ResizeObserver(() => root.classList.toggle("plb-narrow", root.clientWidth <= 480));
  observer.observe(root);
  return observer;
}
