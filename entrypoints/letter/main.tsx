import { render } from 'preact';
import '@/components/base.css';
import '@/components/letter/letter.css';
import { LetterApp } from '@/components/letter/LetterApp';

render(<LetterApp />, document.getElementById('app') as HTMLElement);
