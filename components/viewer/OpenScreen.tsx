import { FilePicker } from './FilePicker';

/** The viewer opened with no document: choose one, or drop it anywhere on the page (the viewer listens for drops). */
export function OpenScreen({ onFile }: { onFile: (file: File) => void }) {
  return (
    <main class="sl-screen">
      <h1>Open a PDF in Scrutiny Lens</h1>
      <p>
        Committee papers, board packs and NHS plans: Scrutiny Lens marks the jargon and explains it, as it does on web
        pages.
      </p>
      <div class="sl-dropzone">
        <p>Drop a PDF here, or</p>
        <FilePicker onFile={onFile} primary />
      </div>
      <p>The file stays on your computer: nothing is uploaded.</p>
    </main>
  );
}
