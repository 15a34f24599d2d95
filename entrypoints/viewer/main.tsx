import { render } from 'preact';
import '@/components/base.css';
import '@/components/card/card.css';
import '@/components/viewer/text-layer.css';
import '@/components/viewer/viewer.css';
import { Viewer } from '@/components/viewer/Viewer';

document.body.classList.add('sl-viewer-body');
render(<Viewer />, document.getElementById('app') as HTMLElement);
