import { layoutChart, type Primitive } from "@/lib/reports/chart-geometry";
import type { ChartSpec } from "@/lib/reports/chart-spec";

/** The same primitives the PDF draws, as inline SVG: vector on screen and in print, no client JavaScript. */
export function ReportChart({ chart, width, height, label }: { chart: ChartSpec; width: number; height: number; label: string }) {
  const prims = layoutChart(chart, width, height);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={label}
      className="block h-auto max-w-full overflow-visible"
      style={{ fontFamily: "inherit" }}
    >
      {prims.map((p, i) => (
        <PrimitiveSvg key={i} p={p} />
      ))}
    </svg>
  );
}

function PrimitiveSvg({ p }: { p: Primitive }) {
  switch (p.t) {
    case "line":
      return <line x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} stroke={p.color} strokeWidth={p.width} strokeDasharray={p.dash?.join(" ")} />;
    case "poly": {
      const d = p.points.map(([x, y], i) => `${i ? "L" : "M"}${x.toFixed(2)},${y.toFixed(2)}`).join("") + (p.close ? "Z" : "");
      return p.fill ? (
        <path d={d} fill={p.fill} fillOpacity={p.opacity ?? 1} stroke="none" />
      ) : (
        <path d={d} fill="none" stroke={p.stroke} strokeWidth={p.width ?? 1} strokeDasharray={p.dash?.join(" ")} strokeLinejoin="round" />
      );
    }
    case "rect":
      return <rect x={p.x} y={p.y} width={p.w} height={p.h} fill={p.fill} fillOpacity={p.opacity ?? 1} />;
    case "circle":
      return <circle cx={p.cx} cy={p.cy} r={p.r} fill={p.fill} stroke={p.stroke} strokeWidth={p.stroke ? 0.6 : 0} />;
    case "text":
      return (
        <text
          x={p.x}
          y={p.y}
          fontSize={p.size}
          fill={p.color}
          fontWeight={p.bold ? 600 : 400}
          textAnchor={p.anchor === "middle" ? "middle" : p.anchor === "end" ? "end" : "start"}
          dominantBaseline="central"
          transform={p.rotate ? `rotate(${p.rotate} ${p.x} ${p.y})` : undefined}
        >
          {p.text}
        </text>
      );
  }
}
