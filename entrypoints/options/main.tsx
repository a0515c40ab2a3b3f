/** The options page's entry: renders OptionsApp. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '../../extension/ui/options/OptionsApp.js';
import '../../extension/ui/shared/base.css';
import '../../extension/ui/options/options.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <OptionsApp />
    </StrictMode>,
  );
