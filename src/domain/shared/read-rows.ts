import type { EntityManager } from '@mikro-orm/postgresql';
import { EntityMetadata, EntityName, EntityProperty, ReferenceKind, Utils } from '@mikro-orm/core';
import { DeferredValue } from '../../db/sql';

/** Turns one raw row (column names) into a read object; extra columns (e.g. `__parent`) are dropped. */
export type RowReader<T> = (row: Record<string, unknown>) => T;

interface ReadPlan {
  proto: object;
  /** The columns a read object is made of (`readColumns`): never a lazy property's. */
  columns: string[];
  /** Date, array and JSON properties: the row's raw value goes to a hidden slot and is parsed on first read. */
  lazy: { name: string; column: string; slot: symbol }[];
  /** Column → property copy, with the ORM's conversion where its hydration converts. */
  steps: ((row: Record<string, unknown>, out: Record<string, unknown>) => void)[];
}

const plans = new WeakMap<EntityMetadata, ReadPlan>();

/**
 * The prototype read objects get: the entity's own (so getters such as Region.id or
 * HubEvent.photos, and `instanceof`, behave as on an entity), with every mapped property
 * shadowed by a plain data slot. The entity prototype carries the ORM's change-tracking setters;
 * writing a property of a read object must not reach them.
 */
function readPrototype(meta: EntityMetadata, lazy: Map<string, (raw: unknown) => unknown>): object {
  const proto = Object.create(meta.prototype as object) as object;
  for (const prop of meta.props) {
    const parse = lazy.get(prop.name);
    if (parse) {
      Object.defineProperty(proto, prop.name, parsedOnRead(prop.name, parse));
      continue;
    }
    Object.defineProperty(proto, prop.name, {
      value: undefined,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  return proto;
}

const SLOTS = new Map<string, symbol>();
const slotOf = (name: string) => SLOTS.get(name) ?? SLOTS.set(name, Symbol(name)).get(name)!;

/**
 * A value parsed on first read: most of a row's timestamps (created, updated, observed…), arrays
 * and JSON are never asked for, and parsing each of them for every row was a fifth of turning
 * rows into objects.
 * The parsed value (or a value written over it) becomes the object's own property.
 */
function parsedOnRead(name: string, parse: (raw: unknown) => unknown): PropertyDescriptor {
  const slot = slotOf(name);
  const own = (object: object, value: unknown) =>
    Object.defineProperty(object, name, { value, writable: true, configurable: true, enumerable: true });
  return {
    configurable: true,
    enumerable: false,
    get(this: Record<symbol, unknown>) {
      const value = parse(this[slot]);
      own(this, value);
      return value;
    },
    set(this: object, value: unknown) {
      own(this, value);
    },
  };
}

function relationStep(prop: EntityProperty, pk: string, column: string) {
  return (row: Record<string, unknown>, out: Record<string, unknown>) => {
    const value = row[column];
    // An unloaded reference, as the ORM leaves a relation it was not asked to populate: the key only.
    out[prop.name] = value == null ? null : { [pk]: value };
  };
}

// Array and JSON columns: readRows leaves them as text (DeferredValue), parsed here on first read.
const deferredColumn = (prop: EntityProperty) => /\[\]$|^jsonb?$/.test(prop.columnTypes?.[0] ?? '');

function planOf(em: EntityManager, meta: EntityMetadata): ReadPlan {
  let plan = plans.get(meta);
  if (plan) return plan;
  const platform = em.getPlatform();
  const steps: ReadPlan['steps'] = [];
  const lazy: ReadPlan['lazy'] = [];
  const columns: string[] = [];
  const parsers = new Map<string, (raw: unknown) => unknown>();
  for (const prop of meta.props) {
    // A lazy property (a blind index, a match key) is compared in SQL and never read: not selected.
    if (prop.persist === false || !prop.fieldNames?.length || prop.lazy) continue;
    const column = prop.fieldNames[0];
    columns.push(column);
    if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
      const targetPks = prop.targetMeta!.primaryKeys;
      if (targetPks.length !== 1 || prop.fieldNames.length !== 1)
        throw new Error(`${meta.className}.${prop.name}: composite keys are not read`);
      steps.push(relationStep(prop, targetPks[0], column));
      continue;
    }
    if (prop.kind !== ReferenceKind.SCALAR) continue;
    const name = prop.name;
    if (prop.runtimeType === 'Date') {
      // As the ORM's result mapper: a timestamp without an offset is in the configured zone.
      const tz = platform.getTimezone();
      parsers.set(name, (raw) => {
        const value = raw as Date | string | number | null | undefined;
        if (value == null || value instanceof Date) return value;
        if (
          typeof value === 'number' ||
          !tz ||
          tz === 'local' ||
          value.includes('+') ||
          value.lastIndexOf('-') > 10 ||
          value.endsWith('Z')
        )
          return platform.parseDate(value);
        return platform.parseDate(value + tz);
      });
      lazy.push({ name, column, slot: slotOf(name) });
    } else if (deferredColumn(prop)) {
      const type = prop.customType;
      parsers.set(prop.name, (raw) => {
        const value = raw instanceof DeferredValue ? raw.value() : raw;
        return value == null || !type ? value : type.convertToJSValue(value, platform);
      });
      lazy.push({ name: prop.name, column, slot: slotOf(prop.name) });
    } else if (prop.runtimeType === 'boolean') {
      steps.push((row, out) => {
        const value = row[column];
        out[name] = value == null ? value : !!value;
      });
    } else if (prop.customType) {
      const type = prop.customType;
      steps.push((row, out) => {
        const value = row[column];
        out[name] = value == null ? value : type.convertToJSValue(value, platform);
      });
    } else {
      steps.push((row, out) => {
        out[name] = row[column];
      });
    }
  }
  plan = { proto: readPrototype(meta, parsers), columns, steps, lazy };
  plans.set(meta, plan);
  return plan;
}

/**
 * A reader of raw `select *` rows of `entity` into read objects: the same property values the
 * ORM hydrates (dates parsed, custom types converted) and relations as unloaded references
 * (`{ id }`, a region's `{ code }`), but not managed by any EntityManager and without the ORM's
 * entity bookkeeping, which is most of the cost of a nested read. For GraphQL reads only: a read
 * object is never persisted or flushed.
 */
export function rowReader<T>(em: EntityManager, entity: EntityName<T>): RowReader<T> {
  const { proto, steps, lazy } = planOf(em, em.getMetadata().get(Utils.className(entity)));
  return (row) => {
    const out = Object.create(proto) as Record<string | symbol, unknown>;
    for (const step of steps) step(row, out);
    for (const { column, slot } of lazy) out[slot] = row[column];
    return out as T;
  };
}

const selectLists = new WeakMap<EntityMetadata, Map<string, string>>();

/**
 * The select list of `entity`'s read objects under table alias `alias` (`e."id", e."name"…`),
 * for SQL whose rows go through `rowReader`: every mapped column but the lazy ones.
 */
export function readColumns<T>(em: EntityManager, entity: EntityName<T>, alias: string): string {
  const meta = em.getMetadata().get(Utils.className(entity));
  let lists = selectLists.get(meta);
  if (!lists) selectLists.set(meta, (lists = new Map()));
  let list = lists.get(alias);
  if (!list)
    lists.set(
      alias,
      (list = planOf(em, meta)
        .columns.map((c) => `${alias}."${c}"`)
        .join(', ')),
    );
  return list;
}

/** The columns `rowReader` reads for `entity`: every mapped column but the lazy ones. */
export function readColumnNames<T>(em: EntityManager, entity: EntityName<T>): readonly string[] {
  return planOf(em, em.getMetadata().get(Utils.className(entity))).columns;
}
