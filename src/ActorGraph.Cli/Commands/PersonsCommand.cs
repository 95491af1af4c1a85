using System.CommandLine;
using ActorGraph.Core.Storage;

namespace ActorGraph.Cli.Commands;

/// <summary>A person's corrections of person identity: two nodes the rules did not join are one person.</summary>
internal static class PersonsCommand
{
    public static Command Create() => new("persons", "Correct who is who: merge two people the rules kept apart.") { Merge() };

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
}
