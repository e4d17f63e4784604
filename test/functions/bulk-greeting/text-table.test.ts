// Campaign CLI tables size every column to its widest cell.
import { textTable } from "../../../functions/bulk-greeting/report/text-table";

it("pads each column to its widest cell and keeps two spaces between columns", () => {
  expect(
    textTable(
      [
        ["code", "count"],
        ["VariableTooLong", 12],
        ["InvalidPhone", 3],
      ],
      { align: ["left", "right"] },
    ),
  ).toEqual(["code             count", "VariableTooLong     12", "InvalidPhone         3"]);
});

it("indents every line and leaves no trailing spaces", () => {
  expect(
    textTable(
      [
        ["a", ""],
        ["longer", "x"],
      ],
      { indent: "  " },
    ),
  ).toEqual(["  a", "  longer  x"]);
});

it("counts characters, not UTF-16 units, so astral characters do not shift columns", () => {
  expect(
    textTable([
      ["😀", "1"],
      ["ab", "2"],
    ]),
  ).toEqual(["😀   1", "ab  2"]);
});
