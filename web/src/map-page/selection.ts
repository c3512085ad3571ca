/**
 * The chosen buurt or wijk (its code) and where it was chosen. The map moves to every new selection, so choosing the same buurt again
 * in the list brings it back into view; a choice made on the map also scrolls the list to that buurt.
 */
export interface BuurtSelection {
  code: string;
  source: 'map' | 'list';
}
