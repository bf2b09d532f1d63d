/** The export formats' names and descriptions in the UI language (utils/import-export.ts keeps the formats themselves). */
import { i18n } from '#i18n';
import type { ExportFormatId } from '@/utils/import-export';

export function exportFormatText(id: ExportFormatId): { label: string; description: string } {
  switch (id) {
    case 'twofold-encrypted':
      return { label: i18n.t('options.export.formats.twofoldEncrypted.label'), description: i18n.t('options.export.formats.twofoldEncrypted.description') };
    case 'twofold-plain':
      return { label: i18n.t('options.export.formats.twofoldPlain.label'), description: i18n.t('options.export.formats.twofoldPlain.description') };
    case 'otpauth-list':
      return { label: i18n.t('options.export.formats.otpauthList.label'), description: i18n.t('options.export.formats.otpauthList.description') };
    case 'aegis-plain':
      return { label: i18n.t('options.export.formats.aegisPlain.label'), description: i18n.t('options.export.formats.aegisPlain.description') };
    case 'google-qr':
      return { label: i18n.t('options.export.formats.googleQr.label'), description: i18n.t('options.export.formats.googleQr.description') };
  }
}
