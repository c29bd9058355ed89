import type { EntityManager } from '@mikro-orm/postgresql';
import { EntityMetadata, EntityName, EntityProperty, ReferenceKind, Utils } from '@mikro-orm/core';

/** Turns one raw row (column names) into a read object; extra columns (e.g. `__parent`) are dropped. */
export type RowReader<T> = (row: Record<string, unknown>) => T;

interface ReadPlan {
  proto: object;
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
function readPrototype(meta: EntityMetadata): object {
  const proto = Object.create(meta.prototype as object) as object;
  for (const prop of meta.props) {
    Object.defineProperty(proto, prop.name, {
      value: undefined,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  return proto;
}

function relationStep(prop: EntityProperty, pk: string, column: string) {
  return (row: Record<string, unknown>, out: Record<string, unknown>) => {
    const value = row[column];
    // An unloaded reference, as the ORM leaves a relation it was not asked to populate: the key only.
    out[prop.name] = value == null ? null : { [pk]: value };
  };
}

function planOf(em: EntityManager, meta: EntityMetadata): ReadPlan {
  let plan = plans.get(meta);
  if (plan) return plan;
  const platform = em.getPlatform();
  const steps: ReadPlan['steps'] = [];
  for (const prop of meta.props) {
    if (prop.persist === false || !prop.fieldNames?.length) continue;
    const column = prop.fieldNames[0];
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
      steps.push((row, out) => {
        const value = row[column] as Date | string | number | null | undefined;
        if (value == null || value instanceof Date) out[name] = value;
        else if (
          typeof value === 'number' ||
          !tz ||
          tz === 'local' ||
          value.includes('+') ||
          value.lastIndexOf('-') > 10 ||
          value.endsWith('Z')
        )
          out[name] = platform.parseDate(value);
        else out[name] = platform.parseDate(value + tz);
      });
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
  plan = { proto: readPrototype(meta), steps };
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
  const { proto, steps } = planOf(em, em.getMetadata().get(Utils.className(entity)));
  return (row) => {
    const out = Object.create(proto) as Record<string, unknown>;
    for (const step of steps) step(row, out);
    return out as T;
  };
}
