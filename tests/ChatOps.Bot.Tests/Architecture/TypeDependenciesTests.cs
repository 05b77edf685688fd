using ChatOps.Bot.Slack.Api;
using ChatOps.Bot.Slack.SocketMode;
using ChatOps.Bot.Tests.Architecture.Fixtures;

namespace ChatOps.Bot.Tests.Architecture;

/// <summary>The dependency reader sees every way a type can name another, so the architecture rules cannot pass for want of looking.</summary>
public sealed class TypeDependenciesTests
{
    private static readonly DependencyReading Fixtures = TypeDependencies.Of(typeof(BodyUser).Assembly);

    [Fact]
    public void A_static_field_read_only_in_a_method_body_is_a_use_found_in_the_body()
    {
        Assert.Equal([(UseKind.Body, "BodyUser.Read")], Sites<BodyUser, BodyTarget>());
    }

    [Fact]
    public void A_call_made_only_in_a_method_body_is_a_use_found_in_the_body()
    {
        Assert.Equal([(UseKind.Body, "CallUser.Length")], Sites<CallUser, CallTarget>());
    }

    [Fact]
    public void A_lambda_closure_uses_count_for_the_type_that_declares_the_lambda()
    {
        var site = Assert.Single(Sites<LambdaUser, LambdaTarget>());
        Assert.Equal(UseKind.Body, site.Kind);
        Assert.StartsWith("LambdaUser+<>c__DisplayClass", site.Site);
    }

    [Fact]
    public void An_async_state_machine_uses_count_for_the_type_that_declares_the_async_method()
    {
        var site = Assert.Single(Sites<AsyncUser, AsyncTarget>());
        Assert.Equal(UseKind.Body, site.Kind);
        Assert.Matches(@"^AsyncUser\+<RunAsync>d__\d+\.MoveNext$", site.Site);
    }

    [Fact]
    public void A_caught_exception_type_is_a_use()
    {
        Assert.Contains((UseKind.Catch, "CatchUser.Survives"), Sites<CatchUser, CatchTarget>());
    }

    [Fact]
    public void A_type_given_to_an_attribute_with_typeof_is_a_use()
    {
        Assert.Equal([(UseKind.Attribute, "TypeofUser")], Sites<TypeofUser, TypeofTarget>());
    }

    [Fact]
    public void A_type_nested_in_generic_arguments_and_arrays_is_a_use()
    {
        Assert.Contains((UseKind.Property, "GenericUser.Nested"), Sites<GenericUser, GenericTarget>());
    }

    [Fact]
    public void Every_metadata_token_in_the_bot_and_core_assemblies_resolves()
    {
        Assert.Empty(BotAreas.Dependencies.Unresolved);
        Assert.Empty(TypeDependencies.Of(BotAreas.Core).Unresolved);
    }

    [Fact]
    public void The_socket_mode_client_is_seen_to_use_the_slack_api_client_although_only_its_async_body_names_it()
    {
        // SocketModeClient resolves SlackApiClient from the container inside ExecuteAsync: no field, parameter or signature names it.
        var uses = BotAreas.Dependencies.Uses
            .Where(use => use.User == typeof(SocketModeClient) && use.Used == typeof(SlackApiClient))
            .ToList();

        Assert.NotEmpty(uses);
        Assert.All(uses, use => Assert.Equal(UseKind.Body, use.Kind));
        Assert.All(uses, use => Assert.Matches(@"^SocketModeClient\+<\w+>d__\d+\.MoveNext$", use.Site));
    }

    private static List<(UseKind Kind, string Site)> Sites<TUser, TUsed>() =>
        Fixtures.Uses
            .Where(use => use.User == typeof(TUser) && use.Used == typeof(TUsed))
            .Select(use => (use.Kind, use.Site))
            .OrderBy(site => site.Kind).ThenBy(site => site.Site, StringComparer.Ordinal)
            .ToList();
}
