-- Every table's row count, one line each (schema.table|count): run it on the database
-- before the backup and on the restored copy, and compare (docs/operations.md#backup-and-restore).
select format('%I.%I', table_schema, table_name) as "table",
       (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I', table_schema, table_name), false, true, '')))[1]::text::bigint as "rows"
  from information_schema.tables
 where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
 order by 1;
