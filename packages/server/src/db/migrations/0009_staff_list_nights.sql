-- Per-shift rows of a staff list: for a date and shift (day, evening, night), the hours awake
-- staff worked in it (domain ShiftRow[]: date, shift, awakeHundredths), so the report can name
-- each night without awake staff. Lists of totals alone, and every list before, have none.
ALTER TABLE staff_list_submissions ADD COLUMN shifts jsonb NOT NULL DEFAULT '[]';
