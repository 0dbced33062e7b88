-- The 2026 holiday notice was cited with a document number (国办发明电〔2025〕7号) that could not be confirmed;
-- it is cited by title and date of issue instead (the dates themselves were checked against the published text).
UPDATE calendar_years
SET source = '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）'
WHERE year = 2026 AND source = '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）';
