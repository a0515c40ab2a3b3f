/** The toolbar popup's entry: renders PopupApp. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../extension/ui/popup/PopupApp.js';
import '../../extension/ui/shared/base.css';
import '../../extension/ui/popup/popup.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <PopupApp />
    </StrictMode>,
  );
