/**
 * The Decap CMS configuration, generated from the content contract instead of written by hand:
 * field names, labels and hints come from the schema's texts (src/i18n/vi.ts via
 * src/schema/field-labels.ts), pickers from the catalogues. Adding an indicator to
 * indicators.yaml adds it to the editor at the next page load; a unit whose lastDay has passed is
 * not offered. Pure: the server (editor-server.ts) reads the catalogues and hands them in.
 */
import { fieldText } from '../../src/schema/field-labels.ts';
import type { Indicator, Organisation, Unit } from '../../src/schema/catalogues.ts';
import { ARTICLE_KINDS, QUALIFIERS } from '../../src/schema/vocabulary.ts';
import { editor as t, kinds, qualifiers } from '../../src/i18n/vi.ts';

export interface Catalogues {
  units: Unit[];
  organisations: Organisation[];
  indicators: Indicator[];
}

export interface CmsConfigInput {
  catalogues: Catalogues;
  /** Today in Vietnam, "YYYY-MM-DD": units that ended before it are not offered. */
  today: string;
  /** Where the local backend answers (the editor's own origin + /api/v1). */
  backendUrl: string;
  /** The site preview (astro dev), for the CMS's "view" links. */
  previewUrl: string;
  /** The content folder relative to the project root, forward slashes ("content"). */
  contentFolder: string;
}

type Field = Record<string, unknown> & { name: string };
type Option = { label: string; value: string };

/** A field of the schema, named and described exactly as the content check names it. */
export function schemaField(path: Array<string>, widget: Record<string, unknown>, required: boolean): Field {
  const text = fieldText(path);
  if (!text) throw new Error(`No label for field ${path.join('.')} in src/i18n/vi.ts`);
  return { name: path[path.length - 1], label: text.label, hint: text.hint, required, ...widget };
}

/** A unit is offered while it exists: its last day (if any) is today or later. */
export function isCurrentUnit(unit: Unit, today: string): boolean {
  return unit.lastDay === undefined || unit.lastDay >= today;
}

export function unitOptions(units: Unit[], today: string): Option[] {
  return units.filter((unit) => isCurrentUnit(unit, today)).map((unit) => ({ label: t.unitOption(unit.name, unit.key), value: unit.key }));
}

export function indicatorOptions(indicators: Indicator[]): Option[] {
  return indicators.map((i) => ({ label: t.indicatorOption(i.label, i.unit), value: i.key }));
}

export function organisationOptions(organisations: Organisation[]): Option[] {
  return organisations.map((o) => ({ label: t.organisationOption(o.name, o.short), value: o.key }));
}

const calendarDay = { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: false };

function periodField(path: string[]): Field {
  return schemaField(path, {
    widget: 'object',
    collapsed: false,
    // Both ends optional here: the CMS would otherwise demand a period of every article. The check
    // (on save) still refuses half a period, and a review with figures and no period.
    fields: [schemaField([...path, 'from'], calendarDay, false), schemaField([...path, 'to'], calendarDay, false)],
  }, false);
}

/** The article's fields in the order staff think: what it is, when and where, figures, photos, body. */
export function articleFields({ catalogues, today }: Pick<CmsConfigInput, 'catalogues' | 'today'>): Field[] {
  const indicator = (name: string) => ['indicators', name];
  return [
    schemaField(['title'], { widget: 'string' }, true),
    schemaField(['summary'], { widget: 'text' }, true),
    schemaField(['publishedAt'], { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'DD/MM/YYYY', time_format: 'HH:mm', picker_utc: false }, true),
    schemaField(['unit'], { widget: 'select', options: unitOptions(catalogues.units, today) }, true),
    schemaField(['kind'], { widget: 'select', options: ARTICLE_KINDS.map((kind) => ({ label: kinds[kind], value: kind })) }, true),
    periodField(['period']),
    schemaField(['indicators'], {
      widget: 'list',
      label_singular: t.indicatorSingular,
      collapsed: false,
      // Without it the CMS starts every new article with one empty figure.
      default: [],
      summary: '{{fields.key}}: {{fields.value}}',
      fields: [
        schemaField(indicator('key'), { widget: 'select', options: indicatorOptions(catalogues.indicators) }, true),
        // A number input: YAML gets a number, never the text "1.600".
        schemaField(indicator('value'), { widget: 'number', value_type: 'float', min: 0, step: 1 }, true),
        schemaField(indicator('qualifier'), {
          widget: 'select',
          default: 'exact',
          options: QUALIFIERS.map((q) => ({ label: qualifiers[q], value: q })),
        }, false),
        schemaField(indicator('org'), { widget: 'select', options: organisationOptions(catalogues.organisations) }, false),
        schemaField(indicator('note'), { widget: 'string' }, false),
      ],
    }, false),
    schemaField(['cover'], { widget: 'image', choose_url: false }, false),
    schemaField(['coverAlt'], { widget: 'string' }, false),
    schemaField(['coverCaption'], { widget: 'string' }, false),
    schemaField(['author'], { widget: 'string' }, true),
    schemaField(['source'], { widget: 'string' }, false),
    schemaField(['tags'], { widget: 'list' }, false),
    schemaField(['draft'], { widget: 'boolean', default: true }, false),
    { name: 'body', label: t.body.label, hint: t.body.hint, widget: 'markdown', required: false },
  ];
}

/**
 * The whole configuration. The entry path the CMS computes is only its first guess: the local
 * backend (local-backend.ts) writes every article where the content contract says, folded from
 * the title by the same slugify as `npm run new`, in the year of publishedAt.
 */
export function cmsConfig(input: CmsConfigInput) {
  const folder = `${input.contentFolder}/articles`;
  return {
    locale: 'vi',
    backend: { name: 'proxy', proxy_url: input.backendUrl, branch: 'main' },
    // Photos sit beside each article (media_folder '' on the collection); this is the fallback.
    media_folder: folder,
    site_url: input.previewUrl,
    display_url: input.previewUrl,
    show_preview_links: true,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        name: 'articles',
        label: t.collection,
        label_singular: t.collectionSingular,
        description: t.collectionHint,
        folder,
        path: '{{year}}/{{slug}}/index',
        extension: 'md',
        format: 'frontmatter',
        media_folder: '',
        public_folder: '',
        create: true,
        slug: '{{title}}',
        summary: '{{title}}',
        sortable_fields: ['publishedAt', 'title'],
        fields: articleFields(input),
      },
    ],
  };
}

/** What the preview pane shows for each stored key: the labels the pickers show. */
export function previewLabels(catalogues: Catalogues) {
  const table = (options: Option[]) => Object.fromEntries(options.map((o) => [o.value, o.label]));
  return {
    kinds: { ...kinds },
    qualifiers: { ...qualifiers },
    indicators: Object.fromEntries(catalogues.indicators.map((i) => [i.key, i.label])),
    indicatorUnits: Object.fromEntries(catalogues.indicators.map((i) => [i.key, i.unit])),
    organisations: table(organisationOptions(catalogues.organisations)),
  };
}
