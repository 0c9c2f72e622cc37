-- What a call-off requirement proposed from the need asks about (packages/domain/src/
-- need-requirements.ts): an education, years in an area of work, a language or a target group.
-- A supplier's answer can then be read from the consultant's CV or the home's profile. Null for a
-- requirement the buyer wrote.
ALTER TABLE calloff_requirements ADD COLUMN asks jsonb;
