import { CATEGORIES, CATEGORY_LABELS, type Category } from '@/lib/glossary/schema';
import type { Settings } from '@/lib/settings/schema';
import { Checkbox, type Choice, RadioGroup } from './fields';
import { MarkSample } from './MarkSample';
import type { SettingsBinding } from './use-settings';

type Marks = Settings['marks'];

const STYLE_CHOICES: readonly Choice<Marks['style']>[] = [
  { value: 'underline', label: 'Underline' },
  { value: 'tint', label: 'Tint', hint: 'A soft background colour behind the term.' },
  { value: 'both', label: 'Underline and tint' },
];

const COLOUR_CHOICES: readonly Choice<Marks['colours']>[] = [
  { value: 'blue', label: 'Blue' },
  { value: 'amber', label: 'Amber' },
  { value: 'purple', label: 'Purple' },
];

const DENSITY_CHOICES: readonly Choice<Marks['density']>[] = [
  { value: 'every', label: 'Every time a term appears' },
  {
    value: 'first-in-section',
    label: 'The first time in each section',
    hint: 'Board papers repeat some terms dozens of times; this keeps a page readable.',
  },
];

interface Props {
  settings: Settings;
  update: SettingsBinding['update'];
}

export function MarksSection({ settings, update }: Props) {
  const { marks } = settings;
  const setMarks = (change: Partial<Marks>) => void update((s) => ({ ...s, marks: { ...s.marks, ...change } }));
  const setCategory = (category: Category, on: boolean) =>
    void update((s) => {
      const chosen = new Set(s.marks.categories);
      if (on) chosen.add(category);
      else chosen.delete(category);
      return { ...s, marks: { ...s.marks, categories: CATEGORIES.filter((c) => chosen.has(c)) } };
    });

  return (
    <section id="marks" aria-labelledby="marks-heading">
      <h2 id="marks-heading">Marks</h2>
      <RadioGroup
        name="mark-style"
        legend="How terms are marked"
        choices={STYLE_CHOICES}
        value={marks.style}
        onChange={(style) => setMarks({ style })}
      />
      <RadioGroup
        name="mark-colours"
        legend="Colour"
        choices={COLOUR_CHOICES}
        value={marks.colours}
        onChange={(colours) => setMarks({ colours })}
      />
      <MarkSample style={marks.style} colours={marks.colours} density={marks.density} />
      <RadioGroup
        name="mark-density"
        legend="Mark a term"
        choices={DENSITY_CHOICES}
        value={marks.density}
        onChange={(density) => setMarks({ density })}
      />
      <fieldset class="sl-choices">
        <legend>Kinds of term to mark</legend>
        {CATEGORIES.map((category) => (
          <Checkbox
            key={category}
            id={`category-${category}`}
            label={CATEGORY_LABELS[category]}
            checked={marks.categories.includes(category)}
            onChange={(on) => setCategory(category, on)}
          />
        ))}
      </fieldset>
      <fieldset class="sl-choices">
        <legend>More</legend>
        <Checkbox
          id="mark-historical"
          label="Mark historical terms"
          hint="Names from earlier NHS structures, such as CCG and STP, still common in older papers."
          checked={marks.historical}
          onChange={(historical) => setMarks({ historical })}
        />
        <Checkbox
          id="mark-badge"
          label="Show the number of terms on the toolbar button"
          checked={marks.badge}
          onChange={(badge) => setMarks({ badge })}
        />
      </fieldset>
    </section>
  );
}
