/** Props of SwitchGroup. */
export type SwitchGroupProps<K extends string> = {
  legend: string;
  /** The switches, in the order shown; also the ids' suffixes. */
  keys: readonly K[];
  /** Prefix of each switch's id (`${idPrefix}-${key}`), unique on the page. */
  idPrefix: string;
  values: Record<K, boolean>;
  label: (key: K) => string;
  /** A one-line explanation under a switch, read out with it. */
  hint?: (key: K) => string;
  onChange: (key: K, on: boolean) => void;
};

/** A fieldset of on/off switches, one per key, each with its label and an optional hint. */
export function SwitchGroup<K extends string>({
  legend,
  keys,
  idPrefix,
  values,
  label,
  hint,
  onChange,
}: SwitchGroupProps<K>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {keys.map((key) => {
        const id = `${idPrefix}-${key}`;
        return (
          <div class="check" key={key}>
            <input
              type="checkbox"
              role="switch"
              id={id}
              aria-checked={values[key]}
              aria-describedby={hint ? `${id}-hint` : undefined}
              checked={values[key]}
              onChange={(e) => onChange(key, e.currentTarget.checked)}
            />
            <label for={id}>{label(key)}</label>
            {hint && (
              <span class="hint" id={`${id}-hint`}>
                {hint(key)}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
