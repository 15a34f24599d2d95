import { describe, expect, it } from 'vitest';
import { validateGlossary } from '../../../lib/glossary/validate';
import { readGlossaryFiles } from '../../harness/glossary';

describe('the bundled glossary in data/', () => {
  const result = validateGlossary(readGlossaryFiles());

  it('passes every schema and cross-reference check', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
