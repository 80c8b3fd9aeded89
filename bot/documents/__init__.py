"""Documents made from the records: the monthly form (.docx), the status picture (.png) and
the semester assessment workbook (.xlsx)."""
