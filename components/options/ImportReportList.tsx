import type { ImportReport } from '@/lib/settings/import-plan';

function Group({ title, items }: { title: string; items: readonly string[] }) {
  if (!items.length) return null;
  return (
    <div>
      <h5>{title}</h5>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/** What an import does or did, item by item, so nothing changes unseen. */
export function ImportReportList({ report }: { report: ImportReport }) {
  const nothing =
    !report.termsAdded.length &&
    !report.termsAlreadyThere.length &&
    !report.termsSkipped.length &&
    !report.termsRemoved.length &&
    !report.sitesAdded.length &&
    !report.sitesRemoved.length;
  return (
    <div class="sl-report">
      {report.mode === 'replace' && <p>Your mark choices and sites become the file’s.</p>}
      {nothing && <p>The file has no terms or sites that you do not have already.</p>}
      <Group title="Terms added" items={report.termsAdded} />
      <Group title="Terms you already have (not doubled)" items={report.termsAlreadyThere} />
      <Group title="Terms skipped as duplicates" items={report.termsSkipped.map((s) => `${s.headword}: ${s.reason}`)} />
      <Group title="Your terms deleted (not in the file)" items={report.termsRemoved} />
      <Group title="Sites added" items={report.sitesAdded} />
      <Group title="Sites removed (not in the file)" items={report.sitesRemoved} />
    </div>
  );
}
