import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js'
import { useEffect, useRef } from 'react'
import type { KeselarasanView } from '../../../../shared/domain'
import { formatRupiah } from '../../../../shared/money'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip)

const COLORS = ['#1d4e89', '#00798c', '#30a14e', '#edae49', '#d1495b', '#66a182', '#8d6a9f', '#4f5d75']

/** Pagu per misi per year as grouped bars; a picture of the table above, not a second source. */
export function MisiBudgetChart({ view }: { view: KeselarasanView }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    if (!canvas.current) return
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: view.years.map(String),
        datasets: view.misi.map((misi, index) => ({
          label: `Misi ${misi.number}`,
          data: view.years.map((year) => misi.pagu[year] ?? 0),
          backgroundColor: COLORS[index % COLORS.length]
        }))
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        locale: 'id-ID',
        scales: { y: { ticks: { callback: (value) => formatRupiah(Number(value)) } } },
        plugins: {
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: Rp ${formatRupiah(Number(item.raw))}` } }
        }
      }
    })
    return () => chart.destroy()
  }, [view])
  return (
    <figure className="chart">
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label="Grafik pagu per misi per tahun" />
      </div>
      <figcaption>Pagu per misi per tahun (Rp)</figcaption>
    </figure>
  )
}
