using System.Text.Json;
using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;
using ActorGraph.Extraction.Benchmarks;
using Microsoft.Data.Sqlite;

namespace ActorGraph.Worker.Tests;

/// <summary>A temporary inbox and SQLite store for one test, with article feeds built from the sample articles.</summary>
public sealed class WorkerFolder : IDisposable
{
    public WorkerFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "actorgraph-worker-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Inbox);
    }

    public string Root { get; }

    public string Inbox => Path.Combine(Root, "inbox");

    public string Processed => Path.Combine(Inbox, "processed");

    public string Failed => Path.Combine(Inbox, "failed");

    public string Database => Path.Combine(Root, "graph.db");

    /// <summary>Realistic articles: headlines and paragraphs of the gold samples, recombined with a fixed seed.</summary>
    public static List<ArticleInfo> Articles(int count, int seed)
    {
        var samples = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.gold.json").Order(StringComparer.Ordinal)
            .Select(f => ArticleGraphJson.Deserialize(File.ReadAllText(f)).Article).ToList();
        return new SyntheticNewsFeed(samples, 2500).Articles(count, seed)
            .Select((a, i) => a with { Title = $"{a.Title} ({seed}-{i})", Text = $"{a.Text}\n\nDispatch {seed}-{i}." })
            .ToList();
    }

    /// <summary>Writes a JSON Lines feed beside the inbox (then moved in whole, as a real drop would be).</summary>
    public string WriteJsonLines(string name, IEnumerable<ArticleInfo> articles)
    {
        var staging = Path.Combine(Root, name);
        File.WriteAllLines(staging, articles.Select(a => JsonSerializer.Serialize(new { title = a.Title, text = a.Text, publishedAt = a.PublishedAt })));
        return staging;
    }

    public void Drop(string stagedFile) => File.Move(stagedFile, Path.Combine(Inbox, Path.GetFileName(stagedFile)));

    /// <summary>Written beside the inbox and moved in whole: the tests run the worker with no settle time, so a file
    /// written in place could be taken half-written, which is what the README tells users not to do.</summary>
    public void DropText(string name, string text) => DropBytes(name, System.Text.Encoding.UTF8.GetBytes(text));

    public void DropBytes(string name, byte[] bytes)
    {
        var staging = Path.Combine(Root, name);
        File.WriteAllBytes(staging, bytes);
        File.Move(staging, Path.Combine(Inbox, name));
    }

    public static string ArticleId(ArticleInfo article) => NodeIds.Article(article.Text);

    /// <summary>The article ids in the store, read straight from the file.</summary>
    public List<string> StoredArticleIds() => Query("SELECT id FROM articles;", r => r.GetString(0));

    public long Count(string table) => Query($"SELECT COUNT(*) FROM {table};", r => r.GetInt64(0))[0];

    public static string[] FilesIn(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray() : [];

    public string[] PendingInInbox() => FilesIn(Inbox).Where(f => !f.StartsWith('.')).ToArray();

    public string[] Claimed() =>
        Directory.Exists(Path.Combine(Inbox, ".work")) ? Directory.GetFiles(Path.Combine(Inbox, ".work"), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".lock", StringComparison.Ordinal)).ToArray() : [];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A killed process's file may linger a moment; the folder is under the system's temp.
        }
    }

    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> map)
    {
        using var connection = new SqliteConnection($"Data Source={Database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql; // fixed test SQL, no values
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }
}
