import type { Category } from '../../lib/engine/types';
import { CATEGORIES } from '../../lib/validate';
import { CATEGORY_INFO } from './categories';

/** What the options page needs to know about one rule. */
export interface RuleInfo {
  id: string;
  category: Category;
  description: string;
}

/** Props of CategoryToggles. */
export type CategoryTogglesProps = {
  disabled: Category[];
  onChange: (disabled: Category[]) => void;
  /** The engine's rules, listed under their category with their own switches. */
  rules?: readonly RuleInfo[];
  disabledRules?: string[];
  onRulesChange?: (disabledRules: string[]) => void;
};

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? list.filter((x) => x !== item) : [...list, item];
}

function Group({
  side,
  legend,
  disabled,
  onChange,
  rules = [],
  disabledRules = [],
  onRulesChange,
}: CategoryTogglesProps & { side: 'sales' | 'authentic'; legend: string }) {
  return (
    <fieldset class="categories">
      <legend>{legend}</legend>
      {CATEGORIES.filter((c) => CATEGORY_INFO[c].side === side).map((category) => {
        const id = `category-${category}`;
        const info = CATEGORY_INFO[category];
        const own = rules.filter((r) => r.category === category);
        const categoryOn = !disabled.includes(category);
        return (
          <div class="category" key={category}>
            <div class="check">
              <input
                id={id}
                type="checkbox"
                checked={categoryOn}
                aria-describedby={`${id}-examples`}
                onChange={(e) => onChange(toggled(disabled, category, e.currentTarget.checked))}
              />
              <label for={id}>{info.name}</label>
              <span class="hint" id={`${id}-examples`}>
                {info.examples}
              </span>
            </div>
            {own.length > 0 && onRulesChange && (
              <details class="rules">
                <summary>
                  {own.length === 1 ? '1 rule' : `${own.length} rules`} in {info.name.toLowerCase()}
                </summary>
                {own.map((rule) => {
                  const ruleId = `rule-${rule.id}`;
                  return (
                    <div class="check" key={rule.id}>
                      <input
                        id={ruleId}
                        type="checkbox"
                        disabled={!categoryOn}
                        checked={categoryOn && !disabledRules.includes(rule.id)}
                        onChange={(e) =>
                          onRulesChange(toggled(disabledRules, rule.id, e.currentTarget.checked))
                        }
                      />
                      <label for={ruleId}>{rule.description}</label>
                    </div>
                  );
                })}
              </details>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/** Turns whole categories of rules, or single rules, on and off; sales and authentic apart. */
export function CategoryToggles(props: CategoryTogglesProps) {
  return (
    <div class="category-groups">
      <Group {...props} side="sales" legend="Salesy signals to flag" />
      <Group {...props} side="authentic" legend="Authentic signals to count" />
    </div>
  );
}
