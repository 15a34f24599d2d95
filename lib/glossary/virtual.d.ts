declare module 'virtual:scrutiny-lens/glossary' {
  const data: { terms: import('./schema').Term[]; sources: import('./schema').Source[] };
  export default data;
}

declare module 'virtual:scrutiny-lens/matcher' {
  const matcher: import('../match/compile').CompiledMatcher;
  export default matcher;
}

declare module 'virtual:scrutiny-lens/term-meta' {
  const meta: import('./term-meta').TermMeta[];
  export default meta;
}

declare module 'virtual:scrutiny-lens/prefilter' {
  const prefilter: import('../match/prefilter').PrefilterSource;
  export default prefilter;
}
