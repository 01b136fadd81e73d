/**
 * `npx mixcast <command>` dispatcher. Each command lives in its own module exporting
 * `run(argv: string[]): Promise<number>` (the process exit code) and is loaded lazily so
 * `mixcast forecast` never pays for loading the mix-model code and vice versa.
 */
type Command = { summary: string; load: () => Promise<{ run: (argv: string[]) => Promise<number> }> };

const commands: Record<string, Command> = {
  import: { summary: "import a CSV into the database: --kind <domain> --file x.csv", load: () => import("./import-command") },
  export: { summary: "export a domain back to CSV: --kind <domain> --out x.csv", load: () => import("./export-command") },
  forecast: { summary: "forecast series from a long CSV: --input series.csv --horizon H --out forecast.csv", load: () => import("./forecast-command") },
  mmm: { summary: "fit a marketing mix model: --input data.csv --date COL --kpi COL --spend a,b --out result.json", load: () => import("./mmm-command") },
  optimize: { summary: "optimise a budget: --model result.json --budget B --out plan.json", load: () => import("./optimize-command") },
  "forecast-plan": {
    summary: "KPI forecast under a spend plan: --model model.json --input history.csv --date COL --kpi COL --plan plan.csv --out forecast.csv",
    load: () => import("./forecast-plan-command"),
  },
  promo: { summary: "score planned promotions: promo score --input planned.csv --out scored.csv", load: () => import("./promo-command") },
  report: { summary: "write a PDF report of the champion run: --kind mmm|forecast --out report.pdf", load: () => import("./report-command") },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    const list = Object.entries(commands)
      .map(([n, c]) => `  ${n.padEnd(13)} ${c.summary}`)
      .join("\n");
    process.stderr.write(`${name ? `mixcast: unknown command "${name}"\n\n` : ""}usage: mixcast <command> [options]\n\n${list}\n`);
    return name ? 1 : 0;
  }
  try {
    const mod = await command.load();
    return await mod.run(rest);
  } catch (error) {
    process.stderr.write(`mixcast ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
