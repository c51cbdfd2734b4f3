// The Benchmark tab: the results table and a chart of speedup against workers with the ideal line.
const COLORS = ['#2f6fde', '#d9480f', '#2b8a3e', '#9c36b5', '#e8590c', '#1098ad', '#c2255c', '#5f3dc4'];

export function renderTable(tbody, report) {
  tbody.innerHTML = report.results.map((r) => `<tr><td>${report.workloads[r.workload].short}</td>
    <td>${r.engine === 'wasm' ? 'WebAssembly' : 'JavaScript'}</td><td>${r.workers}</td>
    <td>${r.median.toFixed(0)}</td><td>${r.min.toFixed(0)}</td><td>${r.max.toFixed(0)}</td>
    <td>${r.speedup.toFixed(2)}×</td><td>${(100 * r.efficiency).toFixed(0)} %</td>
    <td>${r.longTasks ?? '–'}</td></tr>`).join('');
}

export function renderChart(canvas, report, maxWorkers) {
  const context = canvas.getContext('2d');
  const { width, height } = canvas;
  const style = getComputedStyle(canvas);
  const ink = style.color;
  const pad = 44;
  context.clearRect(0, 0, width, height);
  context.font = '12px system-ui, sans-serif';
  context.fillStyle = ink;
  context.strokeStyle = ink;
  const top = Math.max(2, maxWorkers);
  const x = (workers) => pad + ((workers - 1) / Math.max(1, top - 1)) * (width - 2 * pad);
  const y = (speedup) => height - pad - (speedup / top) * (height - 2 * pad);
  context.beginPath();
  context.moveTo(pad, pad / 2);
  context.lineTo(pad, height - pad);
  context.lineTo(width - pad / 2, height - pad);
  context.stroke();
  for (let w = 1; w <= top; w++) {
    context.fillText(String(w), x(w) - 3, height - pad + 16);
    context.fillText(`${w}×`, 8, y(w) + 4);
  }
  context.fillText('workers', width / 2 - 20, height - 8);
  context.setLineDash([6, 4]);
  context.beginPath();
  context.moveTo(x(1), y(1));
  context.lineTo(x(top), y(top));
  context.stroke();
  context.setLineDash([]);
  const series = [...new Set(report.results.map((r) => `${r.workload}|${r.engine}`))];
  series.forEach((key, i) => {
    const [workload, engine] = key.split('|');
    const points = report.results.filter((r) => r.workload === workload && r.engine === engine);
    context.strokeStyle = COLORS[i % COLORS.length];
    context.fillStyle = context.strokeStyle;
    context.lineWidth = 2;
    context.beginPath();
    points.forEach((p, j) => (j ? context.lineTo(x(p.workers), y(p.speedup)) : context.moveTo(x(p.workers), y(p.speedup))));
    context.stroke();
    points.forEach((p) => context.fillRect(x(p.workers) - 3, y(p.speedup) - 3, 6, 6));
    context.fillText(`${report.workloads[workload].short} (${engine === 'wasm' ? 'WebAssembly' : 'JavaScript'})`, pad + 10, pad / 2 + 16 * (i + 1));
    context.lineWidth = 1;
  });
  context.strokeStyle = ink;
  context.fillStyle = ink;
}
