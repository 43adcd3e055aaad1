// Migration 4: an action may stand beside one part of its resolution; continuous numbering may carry
// on the council's own numbers in the committee's first year in the app. Shipped: never edit it; add the next file.
export default `
  -- The index of the resolution's part the action stands beside; NULL for the whole resolution.
  ALTER TABLE actions ADD COLUMN resolution_part INTEGER CHECK (resolution_part IS NULL OR resolution_part >= 0);

  -- In the numbering year starting in carried_on_year, minutes start at carried_on_number.
  ALTER TABLE minute_numbering ADD COLUMN carried_on_year INTEGER;
  ALTER TABLE minute_numbering ADD COLUMN carried_on_number INTEGER CHECK (carried_on_number IS NULL OR carried_on_number >= 1);
`;
