import { render } from 'preact';
import '@/components/base.css';
import '@/components/card/card.css';
import '@/components/glossary/glossary.css';
import { addToBasket } from '@/components/card/add-to-basket';
import { GlossaryPage } from '@/components/glossary/GlossaryPage';
import { GlossaryUnavailable } from '@/components/glossary/GlossaryUnavailable';
import { bundledGlossary } from '@/lib/glossary/data';

const root = document.getElementById('app') as HTMLElement;
try {
  render(
    <GlossaryPage
      glossary={bundledGlossary()}
      onAddQuestion={(question, term) => void addToBasket(question, term, undefined)}
    />,
    root,
  );
} catch (error) {
  render(<GlossaryUnavailable error={error} />, root);
}
