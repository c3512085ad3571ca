/** A polygon with no area (its corners on one line): no repair leaves anything of it, so an import refuses it. */
export const FLAT_POLYGON = {
  type: 'Polygon',
  coordinates: [
    [
      [6.5, 53.2],
      [6.6, 53.2],
      [6.55, 53.2],
      [6.5, 53.2],
    ],
  ],
};
