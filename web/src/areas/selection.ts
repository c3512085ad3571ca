/**
 * The chosen buurt and where it was chosen. A choice in the list moves the map to the buurt;
 * a click on the map leaves the view where the visitor put it. Each choice is a new object,
 * so choosing the same buurt again in the list moves the map again.
 */
export interface BuurtSelection {
  code: string;
  source: 'map' | 'list';
}
