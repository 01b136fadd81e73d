import { expect, test } from "@playwright/test";
import { watchConsole } from "./console-guard";

test("a bad CSV shows row-level errors and writes nothing; a good one imports", async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto("/data");
  const demandCount = page
    .getByTestId("domain-counts")
    .getByRole("row", { name: /Weekly demand/ })
    .getByRole("cell")
    .nth(1);
  const before = await demandCount.textContent();

  await page.getByLabel("Data domain").selectOption("demand");
  await page.getByLabel("CSV file (UTF-8)").setInputFiles({
    name: "bad.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(
      "week,channel,region,activations,revenue\n2030-01-07,search,north,10,1000\n2030-01-09,search,north,10,1000\n2030-01-14,search,north,10,\n",
    ),
  });
  await page.getByRole("button", { name: "Preview" }).click();
  const table = page.getByTestId("import-errors");
  await expect(page.getByText("2 problems found; nothing was imported.")).toBeVisible();
  await expect(table.getByRole("row", { name: /3 week 2030-01-09 2030-01-09 is a Wednesday/ })).toBeVisible();
  await expect(table.getByRole("row", { name: /4 revenue .*is empty but required/ })).toBeVisible();
  await page.reload();
  await expect(demandCount).toHaveText(before ?? "");

  await page.getByLabel("CSV file (UTF-8)").setInputFiles({
    name: "good.csv",
    mimeType: "text/csv",
    buffer: Buffer.from('Week Start,channel,region,activations,revenue\n2030-01-07,search,north,10,"1,000"\n'),
  });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("1 rows are valid.")).toBeVisible();
  await page.getByRole("button", { name: "Import 1 rows" }).click();
  await expect(page.getByText(/Imported as version \d+: 1 new rows, 0 updated/)).toBeVisible();
  await expect(demandCount).toHaveText((Number((before ?? "0").replace(/,/g, "")) + 1).toLocaleString("en-US"));
  expect(errors()).toEqual([]);
});
