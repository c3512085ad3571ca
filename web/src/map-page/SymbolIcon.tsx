import { SYMBOL_PATHS, type SymbolKey } from './symbols.ts';

interface SymbolIconProps {
  symbol: SymbolKey;
}

/** The symbol's pictogram in its coloured badge, as on the map; decorative, so the word beside it must be there too. */
export function SymbolIcon({ symbol }: SymbolIconProps) {
  return (
    <span className={`symbol-badge symbol--${symbol}`} aria-hidden="true">
      <svg className="symbol-svg" viewBox="0 0 24 24" focusable="false">
        {SYMBOL_PATHS[symbol].map((d) => (
          <path key={d} d={d} />
        ))}
      </svg>
    </span>
  );
}
