/**
 * Shown instead of a page when the bundled glossary fails its checks, which
 * only a broken build can cause: better a plain message than a blank popup.
 */
export function GlossaryUnavailable({ error }: { error: unknown }) {
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <main class="sl-unavailable">
      <h1>Scrutiny Lens</h1>
      <p>The glossary could not be loaded, so there is nothing to show. Please report this, with the text below.</p>
      <pre>{detail}</pre>
    </main>
  );
}
