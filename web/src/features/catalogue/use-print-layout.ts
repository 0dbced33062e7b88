/** While a print page is shown, <html data-print-layout> hides the site header and footer (catalogue.css). */
import { useEffect } from 'react';

export function usePrintLayout(): void {
  useEffect(() => {
    const html = document.documentElement;
    html.dataset.printLayout = 'true';
    return () => {
      delete html.dataset.printLayout;
    };
  }, []);
}
