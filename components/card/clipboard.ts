/**
 * Copies text, reporting whether it worked. The clipboard can be missing
 * (insecure page) or refused (no user activation, a site's permissions
 * policy), and the card then shows how to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
