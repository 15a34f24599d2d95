import type { PageTermsReply } from '../../lib/messages';

/**
 * From the gate's start to all painted, in the order they happen: waiting for the page's first rendered
 * frame (the gate tests nothing before it); the gate's test of the text; the browser injecting the lens
 * (the background's round trip, reading the file, compiling it); the lens's modules loading; and the lens
 * from its start to the last mark painted (the storage reads the gate began as it asked for the lens, a
 * frame, the scan and the frames the scan lets render). They add up to `oursMs`.
 */
export interface Phases {
  firstFrame: number;
  gateTest: number;
  injection: number;
  lensStartup: number;
  lensToPainted: number;
}

export function phasesOf(reply: PageTermsReply): Phases | undefined {
  const t = reply.lensTimeline;
  if (
    !t ||
    reply.loadedAt === undefined ||
    !reply.scan ||
    t.firstTestAt === undefined ||
    t.lensRequestedAt === undefined
  )
    return undefined;
  return {
    firstFrame: t.firstTestAt - reply.loadedAt,
    gateTest: t.lensRequestedAt - t.firstTestAt,
    injection: t.lensLoadedAt - t.lensRequestedAt,
    lensStartup: t.lensStartedAt - t.lensLoadedAt,
    lensToPainted: reply.scan.finishedAt - t.lensStartedAt,
  };
}
