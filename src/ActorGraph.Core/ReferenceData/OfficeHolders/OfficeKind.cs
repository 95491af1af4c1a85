namespace ActorGraph.Core.ReferenceData.OfficeHolders;

/// <summary>
/// What an office is, whatever each country calls it: "Minister of Foreign Affairs", "Secretary of State" (US) and
/// "Foreign Secretary" (UK) are all <see cref="ForeignMinister"/>. Written in data and the graph as snake_case
/// (<see cref="OfficeKinds.Text"/>).
/// </summary>
public enum OfficeKind
{
    Other,
    HeadOfState,
    HeadOfGovernment,
    DeputyHeadOfGovernment,
    VicePresident,
    ForeignMinister,
    DefenceMinister,
    InteriorMinister,
    FinanceMinister,
    TradeMinister,
    JusticeMinister,
    NationalSecurityAdviser,
    Minister,
    DeputyMinister,
    Ambassador,
    PermanentRepresentative,
    InternationalOfficial,
}
