using System.CommandLine;
using ActorGraph.Cli.Common;
using ActorGraph.Core;
using ActorGraph.Core.ReferenceData;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Commands;

/// <summary>A person's corrections of person identity: two nodes the rules did not join are one person, or one they joined is two.</summary>
internal static class PersonsCommand
{
    public static Command Create() => new("persons", "Correct who is who: merge two people the rules kept apart, or split one they joined.") { Merge(), Split() };

    private static Command Merge()
    {
        var kept = new Argument<string>("kept") { Description = "The person to keep: an id, or a name that resolves to one person." };
        var gone = new Argument<string>("gone") { Description = "The person who is the same as the kept one: an id or a name." };
        var command = new Command("merge", "Make two people one: the kept person takes the other's names, offices, mentions and meetings. Recorded: later articles naming either find the kept person.")
        {
            kept, gone,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CommonOptions.Store));
            var queries = services.GetRequiredService<IGraphQueries>();
            var keptPerson = await queries.ResolvePersonAsync(parse.GetRequiredValue(kept), cancellationToken);
            var gonePerson = await queries.ResolvePersonAsync(parse.GetRequiredValue(gone), cancellationToken);
            var reports = await services.GetRequiredService<IGraphStore>().MergePersonsAsync(keptPerson.Id, gonePerson.Id, cancellationToken);
            await Console.Out.WriteLineAsync($"merged {gonePerson.Name} ({gonePerson.Id}) into {keptPerson.Name} ({keptPerson.Id}); {reports} meeting reports now name {keptPerson.Id}");
            return 0;
        });
        return command;
    }

    private static Command Split()
    {
        var person = new Argument<string>("person") { Description = "The person to split: an id, or a name that resolves to one person." };
        var articles = new Option<string[]>("--article")
        {
            Description = "An article whose mention of the person is the other person (repeat for several; `meetings show` lists a meeting's articles).",
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        var name = new Option<string?>("--name") { Description = "The other person's name (default: the same name)." };
        var country = new Option<string?>("--country") { Description = "The other person's country, by code or name (default: the person's)." };
        var command = new Command("split", "Make one person two: the given articles' mentions, offices and meetings go to a new person. Recorded; give the new person a name or country " +
            "that tells the two apart, so later articles find the right one.")
        {
            person, articles, name, country,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CommonOptions.Store));
            var found = await services.GetRequiredService<IGraphQueries>().ResolvePersonAsync(parse.GetRequiredValue(person), cancellationToken);
            var countryCode = parse.GetValue(country) is { } given
                ? services.GetRequiredService<ReferenceCatalog>().FindCountryByAnyName(given)?.Code
                    ?? throw new GraphEditException($"{InputEcho.Quote(given)} is not a country code or name the catalog knows.")
                : null;
            var split = await services.GetRequiredService<IGraphStore>().SplitPersonAsync(found.Id, parse.GetValue(articles) ?? [], parse.GetValue(name), countryCode, cancellationToken);
            await Console.Out.WriteLineAsync($"split {split.NewPersonId} off {found.Name} ({split.PersonId}); {split.ReportsMoved} meeting reports now name {split.NewPersonId}");
            return 0;
        });
        return command;
    }
}
