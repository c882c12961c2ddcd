/**
 * The portal's own settings (content/site.yaml): who runs it, as Nghị định 42/2022/NĐ-CP asks a
 * state agency's portal to show on every page, and its name, description, logo and menu. One
 * schema, read by the content check (src/check/validate-portal.ts) and the build
 * (src/site/portal.ts).
 */
import { z } from 'astro/zod';
import { describeReceived, validation as v } from '../i18n/vi.ts';
import { flag, list, optionalText, record, text } from './fields.ts';

export const PORTAL_FILE = 'site.yaml';

/** A path on this site ("/nam/", "/logo.png"), never another site's address. */
const sitePath = () => text().refine((value) => /^\/(?!\/)\S*$/.test(value), { error: (iss) => v.expectedSitePath(describeReceived(iss.input)) });

const email = () => text().refine((value) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), { error: (iss) => v.expectedEmail(describeReceived(iss.input)) });

export const portalSchema = record({
  /** Shown in the header, the browser tab, feeds and search engines: "Cổng thông tin …". */
  name: text(),
  /** After a page's title in the browser tab: "Tin bài | <shortName>". */
  shortName: text(),
  /** The home page's description, for search engines and link previews. */
  description: text(),
  /** The managing agency (cơ quan chủ quản). */
  agency: text(),
  /** The person responsible for the content, with their office. */
  responsible: text(),
  address: text(),
  phone: text(),
  email: email(),
  /** The licence, where the portal has one ("Giấy phép số …"). */
  licence: optionalText(),
  /** The agency's logo, a file in public/ by its path on the site: search engines show it as the publisher. */
  logo: sitePath(),
  /** true while the values above are the sample ones: every page then says so. */
  sample: flag().optional(),
  /** The main menu, in order. */
  navigation: list(record({ label: text(), href: sitePath() })).min(1, { error: v.emptyList }),
});

export type Portal = z.infer<typeof portalSchema>;
