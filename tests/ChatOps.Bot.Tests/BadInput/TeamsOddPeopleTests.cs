using System.Text.Json.Nodes;
using ChatOps.Bot.Tests.Teams.Host;

namespace ChatOps.Bot.Tests.BadInput;

/// <summary>
/// The person corpus (<see cref="OddPeople"/>) on Teams: a role target that names nobody is refused with a message
/// that says what a person looks like, and nothing the fake Teams services receive carries any of it: no
/// <c>&lt;at&gt;</c> mention without its entity, no markup, no invisible or control character.
/// </summary>
public sealed class TeamsOddPeopleTests(TeamsOddPeopleScene scene) : IClassFixture<TeamsOddPeopleScene>
{
    public static TheoryData<string> Cases => OddPeople.Names;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_role_target_that_names_nobody_is_refused_and_nothing_of_it_reaches_Teams(string name)
    {
        var odd = OddPeople.Named(name);
        var before = scene.Fake.Calls.Count;
        var role = OddPeople.Roles[OddPeople.All.ToList().IndexOf(odd) % OddPeople.Roles.Length];

        await scene.SayInIncidentAsync(TeamsIncidentTest.Alice, $"incident role {role} {odd.Typed}");

        var received = scene.Fake.Calls.Skip(before).Where(c => c.Path.StartsWith("/connector/", StringComparison.Ordinal)).ToList();
        var activities = received.Select(c => c.Json).OfType<JsonObject>().ToList();
        Assert.Contains(activities, a => ((string?)a["text"] ?? "").Contains("That is not a person", StringComparison.Ordinal));
        Assert.DoesNotContain(received, c => c.Method == "PUT");
        foreach (var activity in activities) TeamsInertText.Assert(activity, odd.Shows);
    }
}
