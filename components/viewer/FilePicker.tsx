import { useRef } from 'preact/hooks';

/** "Choose a PDF…": a real file input behind a button, so it works from the keyboard and with screen readers. */
export function FilePicker({
  onFile,
  label = 'Choose a PDF…',
  primary = false,
}: {
  onFile: (file: File) => void;
  label?: string;
  primary?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        class={`sl-button${primary ? ' sl-button--primary' : ''}`}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/pdf,.pdf"
        hidden
        data-testid="pdf-file-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) onFile(file);
          e.currentTarget.value = '';
        }}
      />
    </>
  );
}
