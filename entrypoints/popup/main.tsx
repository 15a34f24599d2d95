import { render } from 'preact';
import '@/components/base.css';
import './popup.css';
import { GlossaryList } from '@/components/GlossaryList';
import { bundledGlossary } from '@/lib/glossary/data';

function Popup() {
  const { terms } = bundledGlossary();
  return (
    <main class="sl-popup">
      <h1>Scrutiny Lens</h1>
      <p class="sl-count">{terms.length} terms explained</p>
      <GlossaryList terms={terms} />
    </main>
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
