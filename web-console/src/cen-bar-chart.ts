/**
 * `<cen-bar-chart>`: one series of counts as a Chart.js bar chart. Only the dashboard imports it,
 * so Chart.js (registered piece by piece to keep it small) travels in the dashboard's chunk. The
 * canvas is an image for assistive technology; the dashboard shows the same figures as a table.
 *
 * Properties in: `labels`, `values`, `name` (what is counted, the canvas's accessible name),
 * `horizontal` (bars along the inline axis, for long category names).
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { currentLanguage, isRightToLeft, LocaleController } from './i18n/index.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export class CenBarChart extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      block-size: 18rem;
      inline-size: 100%;
    }
  `;

  static override properties = {
    labels: { attribute: false },
    values: { attribute: false },
    name: {},
    horizontal: { type: Boolean },
  };

  declare labels: readonly string[];
  declare values: readonly number[];
  declare name: string;
  declare horizontal: boolean;

  #chart: Chart<'bar'> | undefined;

  constructor() {
    super();
    new LocaleController(this);
    this.labels = [];
    this.values = [];
    this.name = '';
    this.horizontal = false;
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
    // Mirrored for Arabic: months run right to left, and horizontal bars grow leftwards.
    const valueAxis = { beginAtZero: true, ticks: { precision: 0 }, reverse: rtl && this.horizontal };
    const categoryAxis = this.horizontal
      ? { position: rtl ? ('right' as const) : ('left' as const) }
      : { reverse: rtl };
    this.#chart = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: [...this.labels],
        datasets: [{ label: this.name, data: [...this.values], backgroundColor: '#0b4f8a', borderRadius: 2 }],
      },
      options: {
        indexAxis: this.horizontal ? 'y' : 'x',
        locale: currentLanguage(),
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { tooltip: { rtl }, legend: { display: false } },
        scales: this.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      },
    });
  }

  override disconnectedCallback(): void {
    this.#chart?.destroy();
    this.#chart = undefined;
    super.disconnectedCallback();
  }
}

customElements.define('cen-bar-chart', CenBarChart);

declare global {
  interface HTMLElementTagNameMap {
    'cen-bar-chart': CenBarChart;
  }
}
