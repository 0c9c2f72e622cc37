-- The catalogue's searches by distance take the matches nearest first from this index (KNN on the
-- position, `<->`), and then read only the page's surroundings by a box (`<@`), rather than every
-- open establishment of the kind; so they cost the same however large the market grows.
CREATE INDEX establishments_position_idx ON establishments USING gist (point(lon, lat))
  WHERE closed_at IS NULL;
