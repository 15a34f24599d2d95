interface Props {
  host: string;
  on: boolean;
  busy?: boolean;
  onToggle: () => void;
}

/** "On for democracy.leeds.gov.uk": one switch for whether Scrutiny Lens marks terms on this site. */
export function SiteSwitch({ host, on, busy, onToggle }: Props) {
  return (
    <button
      type="button"
      role="switch"
      class="sl-switch"
      aria-checked={on ? 'true' : 'false'}
      aria-busy={busy ? 'true' : undefined}
      onClick={onToggle}
    >
      <span class="sl-switch__track" aria-hidden="true">
        <span class="sl-switch__thumb" />
      </span>
      <span class="sl-switch__label">On for {host}</span>
    </button>
  );
}
