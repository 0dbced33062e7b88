/** Browser-journey support for the 上传材料 step: a small PDF, and uploading one per required material. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** A minimal PDF file for `setInputFiles`. */
export const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`) });

/**
 * Uploads 材料1.pdf, 材料2.pdf, … into each material marked （必交） on the page, waiting for each file's
 * link before the next; returns how many required materials there were.
 */
export async function uploadRequiredMaterials(page: Page): Promise<number> {
  const required = page.locator('section.material-upload').filter({ hasText: '（必交）' });
  const n = await required.count();
  for (let i = 0; i < n; i += 1) {
    await required
      .nth(i)
      .locator('input[type=file]')
      .setInputFiles(pdf(`材料${i + 1}.pdf`));
    await expect
      .poll(
        () =>
          required
            .nth(i)
            .getByRole('link', { name: new RegExp(`材料${i + 1}\\.pdf`) })
            .isVisible(),
        { timeout: 15_000 },
      )
      .toBe(true);
  }
  return n;
}
