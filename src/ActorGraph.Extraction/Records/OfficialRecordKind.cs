namespace ActorGraph.Extraction.Records;

/// <summary>The three record series of the Office of the Historian that the import reads.</summary>
public enum OfficialRecordKind
{
    /// <summary>A foreign leader's visit to the United States (<c>visits/data/*.xml</c>).</summary>
    Visit,

    /// <summary>A foreign trip of a Secretary of State (<c>travels/secretary-travels/*.xml</c>).</summary>
    SecretaryTrip,

    /// <summary>A foreign trip of a President (<c>travels/president-travels/*.xml</c>).</summary>
    PresidentTrip,
}
