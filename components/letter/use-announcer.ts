import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/**
 * A message for a live region. The region is emptied first, so announcing
 * the same words twice ("Copied", "Copied") is still heard the second time.
 */
export function useAnnouncer(): [string, (message: string) => void] {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((next: string) => {
    setMessage('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(next), 50);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return [message, announce];
}
