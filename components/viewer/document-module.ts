/**
 * The heavy half of the viewer: PDF.js and everything that draws and marks
 * pages. The page loads it after its first paint (see lazy.ts), so starting
 * the viewer is never one long task.
 */
export { DocumentScreen } from './DocumentScreen';
export { openSource } from './open-pdf';
