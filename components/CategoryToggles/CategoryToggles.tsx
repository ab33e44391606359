import type { Category } from '../../lib/engine/types';
import { CATEGORIES } from '../../lib/validate';
import { CATEGORY_INFO } from './categories';

/** Props of CategoryToggles. */
export type CategoryTogglesProps = {
  disabled: Category[];
  onChange: (disabled: Category[]) => void;
};

function Group({
  side,
  legend,
  disabled,
  onChange,
}: CategoryTogglesProps & { side: 'sales' | 'authentic'; legend: string }) {
  return (
    <fieldset class="categories">
      <legend>{legend}</legend>
      {CATEGORIES.filter((c) => CATEGORY_INFO[c].side === side).map((category) => {
        const id = `category-${category}`;
        const info = CATEGORY_INFO[category];
        return (
          <div class="check" key={category}>
            <input
              id={id}
              type="checkbox"
              checked={!disabled.includes(category)}
              aria-describedby={`${id}-examples`}
              onChange={(e) =>
                onChange(
                  e.currentTarget.checked
                    ? disabled.filter((c) => c !== category)
                    : [...disabled, category],
                )
              }
            />
            <label for={id}>{info.name}</label>
            <span class="hint" id={`${id}-examples`}>
              {info.examples}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Turns whole categories of rules on and off, sales signals and authentic signals apart. */
export function CategoryToggles(props: CategoryTogglesProps) {
  return (
    <div class="category-groups">
      <Group {...props} side="sales" legend="Salesy signals to flag" />
      <Group {...props} side="authentic" legend="Authentic signals to count" />
    </div>
  );
}
