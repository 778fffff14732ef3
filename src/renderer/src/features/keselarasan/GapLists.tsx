import type { KeselarasanView } from '../../../../shared/domain'

export function GapLists({ view }: { view: KeselarasanView }) {
  return (
    <div className="gaps">
      <section aria-labelledby="multi-misi-title">
        <h2 id="multi-misi-title">* Baris yang pagunya melayani lebih dari satu misi ({view.multiMisiRows.length})</h2>
        <ul data-testid="multi-misi-programs">
          {view.multiMisiRows.map((row) => (
            <li key={row.planRowId}>
              {row.code} {row.name}: misi {row.misiNumbers.join(', ')}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="sasaran-gap-title">
        <h2 id="sasaran-gap-title">Sasaran tanpa program ({view.sasaranWithoutProgram.length})</h2>
        <ul data-testid="sasaran-without-program">
          {view.sasaranWithoutProgram.map((sasaran) => (
            <li key={sasaran.sasaranId}>
              <b>{sasaran.label}</b> {sasaran.text}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="program-gap-title">
        <h2 id="program-gap-title">Program tanpa sasaran ({view.programsWithoutSasaran.length})</h2>
        <ul data-testid="programs-without-sasaran">
          {view.programsWithoutSasaran.map((program) => (
            <li key={program.programId}>
              {program.code} {program.name} ({program.perangkatDaerah})
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
