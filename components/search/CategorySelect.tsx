import { CATEGORIES, CATEGORY_LABELS, type Category } from '@/lib/glossary/schema';

interface Props {
  id: string;
  value: Category | 'all';
  onChange: (value: Category | 'all') => void;
}

const isCategory = (value: string): value is Category => (CATEGORIES as readonly string[]).includes(value);

export function CategorySelect({ id, value, onChange }: Props) {
  return (
    <span class="sl-field">
      <label for={id}>Category</label>
      <select
        id={id}
        value={value}
        onChange={(e) => {
          const next = e.currentTarget.value;
          onChange(isCategory(next) ? next : 'all');
        }}
      >
        <option value="all">All categories</option>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {CATEGORY_LABELS[c]}
          </option>
        ))}
      </select>
    </span>
  );
}
