/**
 * The host whose site settings apply to this frame. A frame written by its
 * page (about:blank, or one given its HTML in an attribute) has no host of
 * its own but shares its parent's origin, so it takes the host of the
 * nearest ancestor that has one; without this, such frames read as a site
 * that is off and went unmarked.
 */
export function pageHost(win: Window = window): string {
  for (let at: Window = win; ; at = at.parent) {
    let location: Location;
    try {
      location = at.location;
      if (location.protocol !== 'about:') return location.hostname;
    } catch {
      // An ancestor on another origin: a frame written by its page cannot sit under one without a host between.
      return '';
    }
    if (at === at.parent) return '';
  }
}
