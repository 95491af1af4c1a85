using ActorGraph.Core.Annotation;
using ActorGraph.Core.Identity;

namespace ActorGraph.Extraction.Recognition;

/// <summary>One person of an article, gathered from all the forms the article uses for them.</summary>
internal sealed class PersonEntity(string name, string foldedName)
{
    public string Name { get; private set; } = name;

    public string FoldedName { get; private set; } = foldedName;

    // The folded name's words and surname are read for every other person of the article each time a name is
    // resolved, so they are split once per name rather than per read.
    private string[] _words = foldedName.Split(' ');

    public string Surname { get; private set; } = NameFolding.Surname(foldedName);

    /// <summary>The words of the folded name.</summary>
    public IReadOnlyList<string> Words => _words;

    public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    public string? Country { get; set; }

    public List<OfficeMention> Offices { get; } = [];

    public string? Evidence { get; set; }

    /// <summary>Holds an international body's office ("NATO Secretary-General"), so acts for no country.</summary>
    public bool ForOrganization { get; set; }

    /// <summary>The office-holders table's person this is, once linked (<see cref="OfficeHolderLinker"/>).</summary>
    public Core.ReferenceData.OfficeHolders.OfficeHolder? Holder { get; set; }

    /// <summary>The rules that found the person, in order, for <c>extract --explain</c>.</summary>
    public List<string> Rules { get; } = [];

    public int WordCount => _words.Length;

    /// <summary>Takes a fuller form of the name ("Antony Blinken" after "Blinken"), keeping the shorter one as an alias.</summary>
    public void Rename(string name, string folded)
    {
        Aliases.Add(Name);
        Name = name;
        FoldedName = folded;
        _words = folded.Split(' ');
        Surname = NameFolding.Surname(folded);
        Aliases.Remove(name);
    }

    public void AddOffice(OfficeMention office)
    {
        var existing = Offices.FindIndex(o => string.Equals(o.Title, office.Title, StringComparison.OrdinalIgnoreCase));
        if (existing >= 0)
        {
            if (Offices[existing].Country is null && office.Country is not null)
            {
                Offices[existing] = office;
            }
        }
        else if (!Offices.Exists(o => o.Country == office.Country && LongerFormOf(o.Title, office.Title)))
        {
            // "Politburo Member Yang" after "Politburo Member of the CPC Central Committee Yang Jiechi" is the office named
            // already; the long form after the short one replaces it.
            var shorter = Offices.FindIndex(o => o.Country == office.Country && LongerFormOf(office.Title, o.Title));
            if (shorter >= 0)
            {
                Offices[shorter] = office;
            }
            else
            {
                Offices.Add(office);
            }
        }

        Country ??= office.Country;
    }

    /// <summary>True when <paramref name="title"/> is <paramref name="shortTitle"/> with its body or remit: "Minister of Foreign Affairs" and "Minister".</summary>
    private static bool LongerFormOf(string title, string shortTitle) =>
        title.Length > shortTitle.Length + 4
        && title.StartsWith(shortTitle, StringComparison.OrdinalIgnoreCase)
        && (title.AsSpan(shortTitle.Length).StartsWith(" of ", StringComparison.Ordinal) || title.AsSpan(shortTitle.Length).StartsWith(" for ", StringComparison.Ordinal));

    /// <summary>Takes in another entity of the article that is the same person: its names, offices and country.</summary>
    public void Absorb(PersonEntity other)
    {
        if (other.WordCount > WordCount)
        {
            Rename(other.Name, other.FoldedName);
        }
        else
        {
            Aliases.Add(other.Name);
        }

        Aliases.UnionWith(other.Aliases);
        Aliases.Remove(Name);
        foreach (var office in other.Offices)
        {
            AddOffice(office);
        }

        Country ??= other.Country;
        ForOrganization |= other.ForOrganization;
        Evidence ??= other.Evidence;
        Rules.AddRange(other.Rules.Where(r => !Rules.Contains(r)));
    }

    /// <summary>Takes a country that context implies (a dateline, a visit): for the person and for offices that name none.</summary>
    public void AssumeCountry(string country)
    {
        Country ??= country;
        for (var i = 0; i < Offices.Count; i++)
        {
            Offices[i] = Offices[i] with { Country = Offices[i].Country ?? country };
        }
    }

    /// <summary>An office written without a country is held for the person's country, unless they act for a body.</summary>
    public PersonMention ToMention() =>
        new(
            Name,
            Aliases.Where(a => a != Name).Order(StringComparer.Ordinal).ToList(),
            Country,
            Offices.Select(o => o.Country is null && Country is not null && !ForOrganization ? o with { Country = Country } : o).ToList(),
            Evidence,
            Holder?.WikidataId);
}
