// A chart block drawn once at its fixed size on paper and kept as a picture, so it neither
// animates nor reflows between the preview and the printed page.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js'
import type { ReportChart } from '../../../../../shared/reports/document'
import { formatRupiah } from '../../../../../shared/money'
import { PX_PER_MM } from './sheet'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend)

const COLORS = ['#1d4e89', '#00798c', '#30a14e', '#edae49', '#d1495b', '#66a182', '#8d6a9f', '#4f5d75']
/** Drawn at twice the screen's density so it stays sharp on paper. */
const PIXEL_RATIO = 2

export function chartImage(chart: ReportChart, size: { width: number; height: number }, host: HTMLElement): string {
  const canvas = document.createElement('canvas')
  const width = Math.round(size.width * PX_PER_MM)
  const height = Math.round(size.height * PX_PER_MM)
  canvas.style.width = `${width}px`
  canvas.style.height = `${height}px`
  canvas.width = width
  canvas.height = height
  host.appendChild(canvas)
  const drawn = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: chart.categories,
      datasets: chart.series.map((series, index) => ({ label: series.label, data: series.values, backgroundColor: COLORS[index % COLORS.length] }))
    },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: PIXEL_RATIO,
      locale: 'id-ID',
      font: { size: 8 },
      scales: { y: { beginAtZero: true, ticks: { callback: (value) => formatRupiah(Number(value)) } } },
      plugins: { legend: { position: 'bottom' } }
    }
  })
  drawn.draw()
  const image = canvas.toDataURL('image/png')
  drawn.destroy()
  canvas.remove()
  return image
}
