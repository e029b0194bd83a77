/**
 * `<cen-stats-chart>`: a few series over time as a Chart.js line chart. Only the statistics screen
 * imports it, so Chart.js (registered piece by piece) travels in that screen's chunk. Series
 * differ by colour (a palette safe for colour-blind readers), by point shape and by dash, never by
 * colour alone; the canvas is an image for assistive technology, and the screen shows the same
 * figures as a table.
 *
 * Properties in: `labels` (the periods, formatted), `series` (`{ name, values }`, one line each),
 * `name` (what is shown, the canvas's accessible name).
 */
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type PointStyle,
} from 'chart.js';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { currentLanguage, isRightToLeft, LocaleController } from './i18n/index.ts';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface ChartSeries {
  name: string;
  values: readonly number[];
}

/** Okabe and Ito's palette: told apart with every common colour-vision deficiency. */
const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];
const SHAPES: PointStyle[] = ['circle', 'triangle', 'rect', 'rectRot', 'star', 'crossRot', 'rectRounded'];
const DASHES: number[][] = [[], [6, 3], [2, 2], [8, 3, 2, 3]];

export class CenStatsChart extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      block-size: 20rem;
      inline-size: 100%;
    }
  `;

  static override properties = {
    labels: { attribute: false },
    series: { attribute: false },
    name: {},
  };

  declare labels: readonly string[];
  declare series: readonly ChartSeries[];
  declare name: string;

  #chart: Chart<'line'> | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.labels = [];
    this.series = [];
    this.name = '';
  }

  override render() {
    return html`<canvas role="img" aria-label=${this.name}></canvas>`;
  }

  protected override updated(_changed: PropertyValues<this>): void {
    // Rebuilt rather than patched: a language switch changes direction, locale and every label.
    this.#chart?.destroy();
    const canvas = this.renderRoot.querySelector('canvas');
    if (!canvas) return;
    const rtl = isRightToLeft(currentLanguage());
    this.#chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: [...this.labels],
        datasets: this.series.map((series, i) => ({
          label: series.name,
          data: [...series.values],
          borderColor: COLOURS[i % COLOURS.length],
          backgroundColor: COLOURS[i % COLOURS.length],
          pointStyle: SHAPES[i % SHAPES.length],
          pointRadius: 4,
          borderDash: DASHES[i % DASHES.length],
          borderWidth: 2,
          tension: 0,
        })),
      },
      options: {
        locale: currentLanguage(),
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // Room for the first and last period's labels, which sit on the chart's edges.
        layout: { padding: { left: 12, right: 12 } },
        plugins: {
          tooltip: { rtl },
          legend: { position: 'bottom', rtl, labels: { usePointStyle: true } },
        },
        // Mirrored for Arabic: time runs right to left.
        scales: {
          x: { reverse: rtl },
          y: { beginAtZero: true, position: rtl ? 'right' : 'left' },
        },
      },
    });
  }

  override disconnectedCallback(): void {
    this.#chart?.destroy();
    this.#chart = undefined;
    super.disconnectedCallback();
  }
}

customElements.define('cen-stats-chart', CenStatsChart);

declare global {
  interface HTMLElementTagNameMap {
    'cen-stats-chart': CenStatsChart;
  }
}
