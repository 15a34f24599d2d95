/**
 * Zoom levels. Scale 1 is the page at its printed size (PDF points as CSS
 * pixels); "fit width" is computed from the space the pages have.
 */
export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4] as const;
export const MIN_ZOOM = ZOOM_STEPS[0];
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1];

export type ZoomChoice = number | 'fit-width';

export function clampZoom(scale: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, scale));
}

/** The next step up from `scale` (not from the step nearest it, so a fitted 1.03 goes to 1.1). */
export function zoomIn(scale: number): number {
  return ZOOM_STEPS.find((s) => s > scale + 1e-3) ?? MAX_ZOOM;
}

export function zoomOut(scale: number): number {
  return [...ZOOM_STEPS].reverse().find((s) => s < scale - 1e-3) ?? MIN_ZOOM;
}

/** The scale at which a page `pageWidth` points wide fills `available` CSS pixels, within the zoom limits. */
export function fitWidth(pageWidth: number, available: number): number {
  if (!(pageWidth > 0) || !(available > 0)) return 1;
  return clampZoom(Math.floor((available / pageWidth) * 100) / 100);
}

export function zoomLabel(scale: number): string {
  return `${Math.round(scale * 100)}%`;
}
