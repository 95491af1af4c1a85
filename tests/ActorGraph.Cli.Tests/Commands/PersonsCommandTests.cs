namespace ActorGraph.Cli.Tests.Commands;

public sealed class PersonsCommandTests
{
    [Fact]
    public async Task PersonsSplit_TakesTheArticleOffToANewPerson_AndRefusesWhatItCannotDo()
    {
        var folder = Directory.CreateTempSubdirectory("actorgraph-cli-tests-").FullName;
        var store = Path.Combine(folder, "graph.db");
        await File.WriteAllTextAsync(Path.Combine(folder, "first.txt"), "Okafor meets Vance\n\nForeign Minister Mei Okafor of Nigeria met Secretary of State Rosa Vance in Washington on 2 May 2024.", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "second.txt"), "Okafor in Oslo\n\nMei Okafor met Prime Minister Jonas Store in Oslo on 3 June 2024.", TestContext.Current.CancellationToken);
        var ingest = await CliProcess.RunAsync(TimeSpan.FromMinutes(2), "ingest", folder, "--store", store, "--checkpoints", Path.Combine(folder, "checkpoints"));
        Assert.Equal(0, ingest.ExitCode);

        var unknownArticle = await CliProcess.RunAsync(TimeSpan.FromMinutes(1), "persons", "split", "Mei Okafor", "--article", "article/none", "--store", store);
        var unknownCountry = await CliProcess.RunAsync(TimeSpan.FromMinutes(1), "persons", "split", "Mei Okafor", "--article", "article/none", "--country", "Atlantis", "--store", store);

        Assert.Equal((2, true), (unknownArticle.ExitCode, unknownArticle.Error.Contains("\"article/none\" does not mention", StringComparison.Ordinal)));
        Assert.Equal((2, true), (unknownCountry.ExitCode, unknownCountry.Error.Contains("\"Atlantis\" is not a country", StringComparison.Ordinal)));

        var oslo = await ArticleIdAsync(store, "Okafor in Oslo");
        var split = await CliProcess.RunAsync(TimeSpan.FromMinutes(1), "persons", "split", "Mei Okafor", "--article", oslo, "--country", "Ghana", "--store", store);

        Assert.Equal(0, split.ExitCode);
        Assert.Contains("split person/mei-okafor/gh off Mei Okafor (person/mei-okafor); 1 meeting reports now name person/mei-okafor/gh", split.Output, StringComparison.Ordinal);
        var again = await CliProcess.RunAsync(TimeSpan.FromMinutes(1), "persons", "split", "person/mei-okafor", "--article", oslo, "--store", store);
        Assert.Equal(2, again.ExitCode);
    }

    private static async Task<string> ArticleIdAsync(string store, string title)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store};Mode=ReadOnly");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles WHERE title = $title;";
        command.Parameters.AddWithValue("$title", title);
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
