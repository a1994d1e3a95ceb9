import { inputStyles } from "./button-styles";

type Props = {
  /** Prefix for the element id, so two filter forms on one page cannot clash. */
  idPrefix: string;
  name: string;
  label: string;
  value?: string;
  options: [value: string, text: string][];
  /** Text of the empty choice that means "no filter". */
  anyLabel?: string;
};

/** A labelled select for a GET filter form; its value travels in the URL. */
export function FilterSelect({ idPrefix, name, label, value, options, anyLabel = "Any" }: Props) {
  return (
    <div>
      <label htmlFor={`${idPrefix}-${name}`} className="block text-xs font-medium uppercase tracking-wide text-slate-500">
        {label}
      </label>
      <select id={`${idPrefix}-${name}`} name={name} defaultValue={value ?? ""} className={`mt-1 ${inputStyles}`}>
        {anyLabel ? <option value="">{anyLabel}</option> : null}
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
