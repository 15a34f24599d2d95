import type { EraFilter, TermFilter } from '@/components/search/browse';
import { CategorySelect } from '@/components/search/CategorySelect';

interface Props {
  filter: TermFilter;
  onChange: (filter: TermFilter) => void;
  shown: number;
  total: number;
}

const ERA_OPTIONS: ReadonlyArray<readonly [EraFilter, string]> = [
  ['all', 'Any era'],
  ['current', 'Current'],
  ['historical', 'Historical'],
  ['proposed', 'Proposed'],
];

const isEra = (value: string): value is EraFilter => ERA_OPTIONS.some(([v]) => v === value);

/** Search, category and era: each narrows the glossary, and the count says by how much. */
export function GlossaryFilters({ filter, onChange, shown, total }: Props) {
  return (
    <search class="sl-glossary__controls">
      <div class="sl-field sl-field--search">
        <label for="sl-glossary-search">Search the glossary</label>
        <input
          id="sl-glossary-search"
          type="search"
          autocomplete="off"
          spellcheck={false}
          value={filter.query}
          onInput={(e) => onChange({ ...filter, query: e.currentTarget.value })}
        />
      </div>
      <CategorySelect
        id="sl-glossary-category"
        value={filter.category}
        onChange={(category) => onChange({ ...filter, category })}
      />
      <span class="sl-field">
        <label for="sl-glossary-era">Era</label>
        <select
          id="sl-glossary-era"
          value={filter.era ?? 'all'}
          onChange={(e) => {
            const era = e.currentTarget.value;
            onChange({ ...filter, era: isEra(era) ? era : 'all' });
          }}
        >
          {ERA_OPTIONS.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </span>
      <p class="sl-glossary__count" role="status">
        {shown === total ? `${total} terms` : `${shown} of ${total} terms`}
      </p>
    </search>
  );
}
