import type { LoadProgress } from '@/lib/pdf/load';
import { fileTitle } from '@/lib/pdf/url';

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

export function LoadingScreen({ progress, src }: { progress?: LoadProgress; src?: string }) {
  return (
    <main class="sl-screen" aria-busy="true">
      <h1>Opening {src ? fileTitle(src) : 'the document'}…</h1>
      {progress?.total ? (
        <progress class="sl-progress" max={progress.total} value={progress.loaded} aria-label="Downloaded" />
      ) : null}
      {progress && (
        <p role="status">
          {megabytes(progress.loaded)}
          {progress.total ? ` of ${megabytes(progress.total)}` : ''} downloaded
        </p>
      )}
    </main>
  );
}
