using MachiDx.Procedures.Search;

namespace MachiDx.Tests.Procedures.Search;

public sealed class ProcedureSearchIndexTests : IDisposable
{
    private readonly ProcedureSearchIndex index = CatalogueFiles.NewNationalIndex();

    [Fact]
    public void Every_national_procedure_is_indexed_once()
    {
        Assert.Equal(CatalogueFiles.NationalProcedures.Count, index.Count);
    }

    [Fact]
    public void Upsert_replaces_the_procedure_with_the_same_code()
    {
        var inu = CatalogueFiles.NationalProcedures.Single(procedure => procedure.Code == "inu-toroku");

        index.Upsert(inu with { Name = "飼い犬の登録（大川市）", Keywords = ["わんわん"] });

        Assert.Equal(CatalogueFiles.NationalProcedures.Count, index.Count);
        Assert.Equal("inu-toroku", index.Search("わんわん").Hits.Single().Code);
    }

    [Fact]
    public void Upsert_adds_a_new_procedure()
    {
        index.Upsert(new ProcedureSearchDocument(
            "okawa-kagu", "大川家具の購入補助", "おおかわかぐのこうにゅうほじょ", "大川市の家具を買うと補助があります。",
            ["家具"], "その他", "商工課", ["online"], []));

        Assert.Equal("okawa-kagu", index.Search("おおかわかぐ").Hits[0].Code);
    }

    [Fact]
    public void Remove_takes_the_procedure_out_of_results()
    {
        index.Remove("risai-shomei");

        Assert.DoesNotContain(index.Search("罹災証明書").Hits, hit => hit.Code == "risai-shomei");
        Assert.Equal(CatalogueFiles.NationalProcedures.Count - 1, index.Count);
    }

    [Fact]
    public void Rebuild_replaces_everything_and_keeps_the_last_duplicate()
    {
        var inu = CatalogueFiles.NationalProcedures.Single(procedure => procedure.Code == "inu-toroku");

        index.Rebuild([inu, inu with { Name = "犬の登録（新）" }]);

        Assert.Equal(1, index.Count);
        Assert.True(index.Search("住民票").IsEmptyResult);
        Assert.Single(index.Search("犬").Hits);
    }

    [Fact]
    public void Staff_added_synonyms_take_effect_without_reindexing()
    {
        Assert.True(index.Search("ひっこし").IsEmptyResult);

        index.UseSynonyms(CatalogueFiles.Synonyms.With([["ひっこし", "引っ越し"]]));

        var top = index.Search("ひっこし", 3).Hits.Select(hit => hit.Code).ToHashSet();
        Assert.Equal(new HashSet<string> { "tennyu", "tenkyo", "tenshutsu" }, top);
    }

    [Fact]
    public async Task Searches_during_rebuilds_always_see_a_complete_index()
    {
        var documents = CatalogueFiles.NationalProcedures;
        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 30; i++)
            {
                index.Rebuild(documents);
                index.Upsert(documents[0]);
            }
        }, TestContext.Current.CancellationToken);
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var searches = 0;
            do
            {
                Assert.Contains(index.Search("ごみ", 3).Hits, hit => hit.Code == "sodai-gomi");
                searches++;
            }
            while (!writer.IsCompleted);

            return searches;
        })).ToArray();

        await writer;
        var counts = await Task.WhenAll(readers);

        Assert.All(counts, count => Assert.True(count > 0));
    }

    [Fact]
    public void Indexes_are_kept_per_municipality()
    {
        using var indexes = new ProcedureSearchIndexes(CatalogueFiles.Synonyms);
        indexes.Rebuild(1, CatalogueFiles.NationalProcedures);
        indexes.Rebuild(2, CatalogueFiles.NationalProcedures.Where(procedure => procedure.Code != "inu-toroku"),
            staffSynonymGroups: [["わんこ", "犬"]]);

        Assert.Null(indexes.Find(3));
        Assert.Equal("inu-toroku", indexes.Find(1)!.Search("犬").Hits[0].Code);
        Assert.DoesNotContain(indexes.Find(2)!.Search("犬").Hits, hit => hit.Code == "inu-toroku");
        Assert.True(indexes.Find(1)!.Search("わんこ").IsEmptyResult);
        Assert.False(indexes.Find(2)!.Search("わんこ").IsEmptyResult);
    }

    public void Dispose() => index.Dispose();
}
