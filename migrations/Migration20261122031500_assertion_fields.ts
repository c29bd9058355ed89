import { Migration } from '@mikro-orm/migrations';

/**
 * One assertion row per (source record, path, golden record) with all its stated fields in
 * `fields`, instead of one row per field: a record's mention wrote about five rows, and writing
 * them was the largest part of an ingest batch. Existing rows are folded together.
 */
export class Migration20261122031500_assertion_fields extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "assertion" add column "fields" jsonb not null default '{}';`);
    this.addSql(`update assertion a set fields = g.fields
      from (select (array_agg(id order by id))[1] as keep, jsonb_object_agg(field, value) as fields
              from assertion group by entity_type, entity_id, source_record_id, path) g
     where a.id = g.keep;`);
    this.addSql(`delete from assertion where fields = '{}'::jsonb;`);
    this.addSql(`alter table "assertion" alter column "fields" drop default;`);
    this.addSql(`drop index "assertion_entity_field_idx";`);
    this.addSql(`alter table "assertion" drop column "field", drop column "value";`);
    this.addSql(`create index "assertion_entity_idx" on "assertion" ("entity_type", "entity_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "assertion" add column "field" text null, add column "value" jsonb null;`);
    this
      .addSql(`insert into assertion (id, created_at, updated_at, entity_type, entity_id, field, value, fields, source_record_id, path, department, observed_at)
      select gen_random_uuid(), a.created_at, a.updated_at, a.entity_type, a.entity_id, f.key, f.value, '{}', a.source_record_id, a.path, a.department, a.observed_at
        from assertion a cross join lateral jsonb_each(a.fields) as f where a.field is null;`);
    this.addSql(`delete from assertion where field is null;`);
    this.addSql(
      `alter table "assertion" alter column "field" set not null, alter column "value" set not null, drop column "fields";`,
    );
    this.addSql(`drop index "assertion_entity_idx";`);
    this.addSql(`create index "assertion_entity_field_idx" on "assertion" ("entity_type", "entity_id", "field");`);
  }
}
