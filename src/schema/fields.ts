/**
 * Field types shared by every schema, each with its Vietnamese message. Messages say what was
 * expected and what the author wrote; the file and field are added by content-error.ts.
 */
import { z } from 'astro/zod';
import { describeReceived, validation as v } from '../i18n/vi.ts';
import { isCalendarDate } from '../domain/period.ts';
import { dateFromYaml, parseLocalDateTime } from '../domain/vietnamese-date.ts';
import { closestMatch } from '../domain/closest-match.ts';
import { slugify } from '../domain/slug.ts';
import { parseVietnameseNumber } from '../domain/vietnamese-number.ts';

type Issue = { input?: unknown; code?: string };

export const text = () =>
  z
    .string({ error: (iss: Issue) => (iss.input === undefined ? v.required : v.expectedText(describeReceived(iss.input))) })
    .trim()
    .min(1, { error: v.emptyText });

export const optionalText = () => text().optional();

export const count = () =>
  z
    .number({ error: (iss: Issue) => (iss.input === undefined ? v.required : v.expectedInteger(describeReceived(iss.input))) })
    .int({ error: (iss: Issue) => v.expectedInteger(describeReceived(iss.input)) })
    .nonnegative({ error: (iss: Issue) => v.expectedInteger(describeReceived(iss.input)) });

export const figure = () =>
  z
    .number({ error: (iss: Issue) => (iss.input === undefined ? v.required : figureMessage(iss.input)) })
    // Counts and amounts: a figure in a report is never below zero.
    .nonnegative({ error: (iss: Issue) => v.negativeFigure(iss.input as number) });

/** "12,6 triệu" or "1 600" is a number a report prints: say which plain number to write instead. */
function figureMessage(input: unknown): string {
  const message = v.expectedNumber(describeReceived(input));
  const meant = typeof input === 'string' ? parseVietnameseNumber(input) : null;
  return meant === null ? message : v.figureMeant(message, meant);
}

export const flag = () =>
  z.boolean({ error: (iss: Issue) => (iss.input === undefined ? v.required : v.expectedBoolean(describeReceived(iss.input))) });

/**
 * One value of a fixed list. Nothing else is accepted, but the message suggests the value the
 * author meant: the key of a Vietnamese word ("trên" → over, from `words`), the key the words
 * spell without marks ("sơ kết" → so-ket), or the closest key ("ovr" → over).
 */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, words: Readonly<Record<string, T[number]>> = {}) =>
  z.enum(values, {
    error: (iss: Issue) => {
      if (iss.input === undefined) return v.required;
      const message = v.oneOf(values, describeReceived(iss.input));
      const meant = typeof iss.input === 'string' ? meantValue(iss.input, values, words) : undefined;
      return meant ? v.oneOfMeant(message, meant) : message;
    },
  });

function meantValue(input: string, values: readonly string[], words: Readonly<Record<string, string>>): string | undefined {
  const word = input.trim().toLowerCase().normalize('NFC');
  if (Object.hasOwn(words, word)) return words[word];
  const spelt = slugify(word);
  return values.includes(spelt) ? spelt : closestMatch(word, values);
}

export const list = <T extends z.ZodType>(item: T) =>
  z.array(item, {
    error: (iss: Issue) => (iss.input === undefined ? v.required : v.expectedList(describeReceived(iss.input))),
  });

/** An object that rejects unknown fields, so a misspelt "sumary" is reported, not ignored. */
export const record = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject(shape, {
    error: (iss: Issue & { keys?: string[] }) => {
      if (iss.code === 'unrecognized_keys' && iss.keys) {
        // One message per key, joined; content-error.ts splits them back to one line per field.
        return iss.keys.map((key) => v.unknownField(key, closestMatch(key, Object.keys(shape)))).join('\n');
      }
      return iss.input === undefined ? v.required : v.expectedObject(describeReceived(iss.input));
    },
  });

/** Publication time: "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm", Vietnam time unless an offset is given. */
export const localDateTime = () =>
  z
    .union([z.string(), z.date()], {
      error: (iss: Issue) => (iss.input === undefined ? v.required : v.dateFormat(describeReceived(iss.input))),
    })
    .transform((value, ctx) => {
      if (value instanceof Date) return dateFromYaml(value);
      const parsed = parseLocalDateTime(value);
      if (parsed.ok) return parsed.date;
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: parsed.reason === 'format' ? v.dateFormat(describeReceived(value)) : v.dateDoesNotExist(value),
      });
      return z.NEVER;
    });

/** A calendar day ("YYYY-MM-DD"), kept as text: periods have no time of day. */
export const calendarDate = () =>
  z
    .union([z.string(), z.date()], {
      error: (iss: Issue) => (iss.input === undefined ? v.required : v.calendarDateFormat(describeReceived(iss.input))),
    })
    .transform((value, ctx) => {
      const day = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
      if (isCalendarDate(day)) return day;
      const looksRight = /^\d{4}-\d{2}-\d{2}$/.test(day);
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: looksRight ? v.dateDoesNotExist(day) : v.calendarDateFormat(describeReceived(value)),
      });
      return z.NEVER;
    });

export const period = () =>
  record({ from: calendarDate(), to: calendarDate() }).superRefine((p, ctx) => {
    if (p.from > p.to) ctx.addIssue({ code: 'custom', path: ['to'], message: v.periodReversed(p.from, p.to), input: p });
  });
