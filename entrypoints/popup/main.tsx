import { render } from 'preact';
import '@/components/base.css';
import '@/components/card/card.css';
import '@/components/popup/popup.css';
import { GlossaryUnavailable } from '@/components/glossary/GlossaryUnavailable';
import { Popup } from '@/components/popup/Popup';
import { tabIdFromQuery } from '@/components/popup/tab';
import { bundledGlossary } from '@/lib/glossary/data';

const root = document.getElementById('app') as HTMLElement;
try {
  // ?tab=<id> makes the popup speak for that tab; see components/popup/tab.ts.
  render(<Popup glossary={bundledGlossary()} tabOverride={tabIdFromQuery(location.search)} />, root);
} catch (error) {
  render(<GlossaryUnavailable error={error} />, root);
}
