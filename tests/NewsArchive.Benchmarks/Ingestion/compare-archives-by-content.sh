#!/bin/bash
# Compares two archives by content, not ids: ingest extracts in parallel, so the order articles reach the writer,
# and with it every id and which of two same-titled articles gets the "-2" slug, differs from run to run. Articles
# by content hash, entities by kind and name, rows by their article's hash; slugs as a set.
# usage: compare-archives-by-content.sh A.db B.db   (columns: view, rows in A, only in A, only in B, rows in B)
A=$1; B=$2
V="
CREATE TEMP VIEW ka AS SELECT ContentHash, Title, Credit, Source, Author, Url, replace(SourcePath,rtrim(SourcePath,replace(SourcePath,'/','')),'') AS File, PublishedOn, PublishedPrecision, PublishedInferred, Body, ExtractorVersion FROM X.Articles;
CREATE TEMP VIEW ks AS SELECT Slug FROM X.Articles;
CREATE TEMP VIEW ke AS SELECT Kind, CanonicalName, NormalizedName, Surname, ArticleCount, QuoteCount FROM X.Entities;
CREATE TEMP VIEW kal AS SELECT e.Kind, e.NormalizedName AS E, lower(a.Name), a.NormalizedName FROM X.EntityAliases a JOIN X.Entities e ON e.Id = a.EntityId;
CREATE TEMP VIEW kr AS SELECT e.Kind, e.NormalizedName AS E, r.Name, r.NormalizedName FROM X.EntityRoles r JOIN X.Entities e ON e.Id = r.EntityId;
CREATE TEMP VIEW km AS SELECT a.ContentHash, e.Kind, e.NormalizedName, m.Count, m.Spans, m.PublishedOn FROM X.Mentions m JOIN X.Articles a ON a.Id = m.ArticleId JOIN X.Entities e ON e.Id = m.EntityId;
CREATE TEMP VIEW kq AS SELECT a.ContentHash, e.NormalizedName, q.Text, q.Cue, q.Start, q.End, q.PublishedOn FROM X.Quotes q JOIN X.Articles a ON a.Id = q.ArticleId LEFT JOIN X.Entities e ON e.Id = q.SpeakerId;
CREATE TEMP VIEW kv AS SELECT a.ContentHash, v.StartDay, v.EndDay, v.Precision, v.Text, v.Start, v.End FROM X.Events v JOIN X.Articles a ON a.Id = v.ArticleId;
CREATE TEMP VIEW kva AS SELECT a.ContentHash, v.Start, e.NormalizedName, x.StartDay, x.EndDay, x.Precision FROM X.EventActors x JOIN X.Events v ON v.Id = x.EventId JOIN X.Articles a ON a.Id = v.ArticleId JOIN X.Entities e ON e.Id = x.EntityId;
"
{
echo "ATTACH '$A' AS a; ATTACH '$B' AS b;"
echo "${V//X./a.}" | sed 's/TEMP VIEW k/TEMP VIEW a_k/'
echo "${V//X./b.}" | sed 's/TEMP VIEW k/TEMP VIEW b_k/'
for v in ka ks ke kal kr km kq kv kva; do
  echo "SELECT '$v', (SELECT count(*) FROM a_$v), (SELECT count(*) FROM (SELECT * FROM a_$v EXCEPT SELECT * FROM b_$v)), (SELECT count(*) FROM (SELECT * FROM b_$v EXCEPT SELECT * FROM a_$v)), (SELECT count(*) FROM b_$v);"
done
} | sqlite3 :memory:
