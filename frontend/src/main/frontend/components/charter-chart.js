// <charter-chart>: a minimal custom element around Apache ECharts (Apache-2.0). The server sets
// the chart's complete ECharts option as JSON in the "option" property; the element renders it
// and follows its own size.
import * as echarts from 'echarts';

class CharterChart extends HTMLElement {
  connectedCallback() {
    this.style.display = 'block';
    if (!this.style.height) {
      this.style.height = '260px';
    }
    this._chart = echarts.init(this);
    this._resize = new ResizeObserver(() => this._chart && this._chart.resize());
    this._resize.observe(this);
    this._render();
  }

  disconnectedCallback() {
    if (this._resize) {
      this._resize.disconnect();
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  set option(value) {
    this._option = typeof value === 'string' ? JSON.parse(value) : value;
    this._render();
  }

  get option() {
    return this._option;
  }

  _render() {
    if (this._chart && this._option) {
      this._chart.setOption(this._option, true);
      this.setAttribute('rendered', '');
    }
  }
}

customElements.define('charter-chart', CharterChart);
