import { Badge } from "./badge";
import { Table, TableBody, TableHead, TableRow } from "./table";

/** Row-level problems of an uploaded file: row number (0 = the file as a whole), column, value if known, reason. */
export type RowProblem = { row: number; column: string; value?: string; reason: string };

export function RowErrorsTable({ errors, testId, showValue = true }: { errors: RowProblem[]; testId: string; showValue?: boolean }) {
  return (
    <div className="relative max-h-80 overflow-auto rounded border border-rose-200 bg-white">
      <Table size="xs" data-testid={testId}>
        <TableHead tone="danger" sticky>
          <tr>
            <th className="px-2 py-1">Row</th>
            <th className="px-2 py-1">Column</th>
            {showValue && <th className="px-2 py-1">Value</th>}
            <th className="px-2 py-1">Problem</th>
          </tr>
        </TableHead>
        <TableBody>
          {errors.map((e, i) => (
            <TableRow key={i} tone="danger">
              <td className="tabular px-2 py-1">{e.row === 0 ? "file" : e.row}</td>
              <td className="px-2 py-1">
                <code>{e.column}</code>
              </td>
              {showValue && <td className="px-2 py-1 font-mono">{e.value || <Badge>empty</Badge>}</td>}
              <td className="px-2 py-1">{e.reason}</td>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
