import type { KeselarasanView } from '../../../../shared/domain'
import { formatRupiah, formatShare } from '../../../../shared/money'

export function MisiBudgetTable({ view }: { view: KeselarasanView }) {
  const sharedMisi = new Set(view.multiMisiRows.flatMap((row) => row.misiNumbers))
  return (
    <table className="matrix" data-testid="keselarasan-table">
      <thead>
        <tr>
          <th rowSpan={2}>Misi</th>
          <th rowSpan={2}>Program</th>
          {view.years.map((year) => (
            <th key={year} colSpan={2}>
              {year}
            </th>
          ))}
        </tr>
        <tr>{view.years.map((year) => [<th key={`${year}-rp`}>Pagu (Rp)</th>, <th key={`${year}-share`}>Porsi</th>])}</tr>
      </thead>
      <tbody>
        {view.misi.map((misi) => (
          <tr key={misi.misiId} data-testid={`keselarasan-misi-${misi.number}`}>
            <th scope="row" className="text">
              Misi {misi.number}
              {sharedMisi.has(misi.number) && <span title="Memuat program yang juga melayani misi lain"> *</span>}
              <span className="misi-title">{misi.title}</span>
            </th>
            <td className="num">{misi.programCount}</td>
            {view.years.map((year) => [
              <td key={`${year}-rp`} className="num" data-year={year}>
                {formatRupiah(misi.pagu[year] ?? 0)}
              </td>,
              <td key={`${year}-share`} className="num" data-share-year={year}>
                {formatShare(misi.pagu[year] ?? 0, view.grandTotal[year] ?? 0)}
              </td>
            ])}
          </tr>
        ))}
        <tr className="unlinked" data-testid="keselarasan-unlinked">
          <th scope="row" className="text">
            Belum terkait sasaran
          </th>
          <td className="num">{view.programsWithoutSasaran.length}</td>
          {view.years.map((year) => [
            <td key={`${year}-rp`} className="num" data-year={year}>
              {formatRupiah(view.unlinkedTotal[year] ?? 0)}
            </td>,
            <td key={`${year}-share`} className="num">
              {formatShare(view.unlinkedTotal[year] ?? 0, view.grandTotal[year] ?? 0)}
            </td>
          ])}
        </tr>
      </tbody>
      <tfoot>
        <tr data-testid="keselarasan-total">
          <th scope="row" className="text">
            TOTAL (setiap program sekali)
          </th>
          <td />
          {view.years.map((year) => [
            <td key={`${year}-rp`} className="num" data-year={year}>
              {formatRupiah(view.grandTotal[year] ?? 0)}
            </td>,
            <td key={`${year}-share`} className="num">
              {view.grandTotal[year] ? '100,00%' : '0,00%'}
            </td>
          ])}
        </tr>
      </tfoot>
    </table>
  )
}
