import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The app-wide base first: every feature's own styles, imported by its components, come after it.
import './styles.css';
import { App } from './App.tsx';
import { setUpI18n } from './i18n/i18n.ts';
import { loadInstanceArea } from './map/instance-area.ts';
import { loadInstance } from './instance/instance-settings.ts';

setUpI18n();
loadInstanceArea();
loadInstance();

const rootElement = document.getElementById('root');
if (rootElement === null) {
  throw new Error('web/index.html must contain <div id="root">');
}

createRoot(rootElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
