import '@fontsource-variable/vazirmatn'; // arabic, latin and latin-ext subsets, self-hosted woff2
import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyDocumentLocale, initialLocale } from './i18n/LocaleProvider';

applyDocumentLocale(initialLocale());

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
