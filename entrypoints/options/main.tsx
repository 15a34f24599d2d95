import { render } from 'preact';
import '@/components/base.css';
import '@/components/options/options.css';
import { OptionsApp } from '@/components/options/OptionsApp';
import { bundledGlossary } from '@/lib/glossary/data';

render(
  <OptionsApp glossaryTerms={bundledGlossary().terms} version={browser.runtime.getManifest().version} />,
  document.getElementById('app') as HTMLElement,
);
