import { render } from 'preact';
import '@/components/base.css';
import { DEFAULT_SITE_PATTERNS } from '@/lib/sites/defaults';

function Options() {
  return (
    <main style={{ maxWidth: '44rem', padding: '1rem 1.5rem' }}>
      <h1>Scrutiny Lens settings</h1>
      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites</h2>
        <p>Scrutiny Lens explains terms on these sites without asking:</p>
        <ul>
          {DEFAULT_SITE_PATTERNS.map((p) => (
            <li key={p}>
              <code>{p}</code>
            </li>
          ))}
        </ul>
      </section>
      <p>Version {browser.runtime.getManifest().version}</p>
    </main>
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
