#!/bin/bash
# Compares two archives table by table: rows only in A, only in B (EXCEPT both ways), ingestion timestamps and the
# source folder aside; then search results and the FTS integrity checks. For archives written in the same order
# (the write suite); ingest-order-free comparison: compare-archives-by-content.sh.
# usage: compare-archives.sh A.db B.db   (columns: table, rows in A, only in A, only in B)
A=$1; B=$2
sqlite3 $A <<SQL
ATTACH '$B' AS b;
.mode list
SELECT 'Articles', (SELECT count(*) FROM Articles), (SELECT count(*) FROM (SELECT Id,Slug,Title,Credit,Source,Author,Url,replace(SourcePath,rtrim(SourcePath,replace(SourcePath,'/','')),''),PublishedOn,PublishedPrecision,PublishedInferred,Body,ContentHash,ExtractorVersion FROM main.Articles EXCEPT SELECT Id,Slug,Title,Credit,Source,Author,Url,replace(SourcePath,rtrim(SourcePath,replace(SourcePath,'/','')),''),PublishedOn,PublishedPrecision,PublishedInferred,Body,ContentHash,ExtractorVersion FROM b.Articles)), (SELECT count(*) FROM (SELECT Id,Slug,Title,Credit,Source,Author,Url,replace(SourcePath,rtrim(SourcePath,replace(SourcePath,'/','')),''),PublishedOn,PublishedPrecision,PublishedInferred,Body,ContentHash,ExtractorVersion FROM b.Articles EXCEPT SELECT Id,Slug,Title,Credit,Source,Author,Url,replace(SourcePath,rtrim(SourcePath,replace(SourcePath,'/','')),''),PublishedOn,PublishedPrecision,PublishedInferred,Body,ContentHash,ExtractorVersion FROM main.Articles));
SELECT 'Entities', (SELECT count(*) FROM Entities), (SELECT count(*) FROM (SELECT * FROM main.Entities EXCEPT SELECT * FROM b.Entities)), (SELECT count(*) FROM (SELECT * FROM b.Entities EXCEPT SELECT * FROM main.Entities));
SELECT 'EntityAliases', (SELECT count(*) FROM EntityAliases), (SELECT count(*) FROM (SELECT * FROM main.EntityAliases EXCEPT SELECT * FROM b.EntityAliases)), (SELECT count(*) FROM (SELECT * FROM b.EntityAliases EXCEPT SELECT * FROM main.EntityAliases));
SELECT 'EntityAliases (case-folded)', (SELECT count(*) FROM EntityAliases), (SELECT count(*) FROM (SELECT Id,EntityId,lower(Name),NormalizedName FROM main.EntityAliases EXCEPT SELECT Id,EntityId,lower(Name),NormalizedName FROM b.EntityAliases)), 0;
SELECT 'EntityRoles', (SELECT count(*) FROM EntityRoles), (SELECT count(*) FROM (SELECT * FROM main.EntityRoles EXCEPT SELECT * FROM b.EntityRoles)), (SELECT count(*) FROM (SELECT * FROM b.EntityRoles EXCEPT SELECT * FROM main.EntityRoles));
SELECT 'Mentions', (SELECT count(*) FROM Mentions), (SELECT count(*) FROM (SELECT * FROM main.Mentions EXCEPT SELECT * FROM b.Mentions)), (SELECT count(*) FROM (SELECT * FROM b.Mentions EXCEPT SELECT * FROM main.Mentions));
SELECT 'Quotes', (SELECT count(*) FROM Quotes), (SELECT count(*) FROM (SELECT * FROM main.Quotes EXCEPT SELECT * FROM b.Quotes)), (SELECT count(*) FROM (SELECT * FROM b.Quotes EXCEPT SELECT * FROM main.Quotes));
SELECT 'Events', (SELECT count(*) FROM Events), (SELECT count(*) FROM (SELECT * FROM main.Events EXCEPT SELECT * FROM b.Events)), (SELECT count(*) FROM (SELECT * FROM b.Events EXCEPT SELECT * FROM main.Events));
SELECT 'EventActors', (SELECT count(*) FROM EventActors), (SELECT count(*) FROM (SELECT * FROM main.EventActors EXCEPT SELECT * FROM b.EventActors)), (SELECT count(*) FROM (SELECT * FROM b.EventActors EXCEPT SELECT * FROM main.EventActors));
SELECT 'fts city', (SELECT group_concat(rowid) FROM (SELECT rowid FROM main.ArticlesFts WHERE ArticlesFts MATCH 'city' ORDER BY rank LIMIT 20)) = (SELECT group_concat(rowid) FROM (SELECT rowid FROM b.ArticlesFts WHERE ArticlesFts MATCH 'city' ORDER BY rank LIMIT 20));
SELECT 'fts budg* count', (SELECT count(*) FROM main.ArticlesFts WHERE ArticlesFts MATCH 'budg*'), (SELECT count(*) FROM b.ArticlesFts WHERE ArticlesFts MATCH 'budg*');
SELECT 'quotes fts bu* count', (SELECT count(*) FROM main.QuotesFts WHERE QuotesFts MATCH 'bu*'), (SELECT count(*) FROM b.QuotesFts WHERE QuotesFts MATCH 'bu*');
SQL
for db in $A $B; do sqlite3 $db "INSERT INTO ArticlesFts(ArticlesFts) VALUES('integrity-check'); INSERT INTO QuotesFts(QuotesFts) VALUES('integrity-check'); SELECT 'fts integrity ok: $db';"; done
