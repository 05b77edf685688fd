using ChatOps.Core.Runbooks;
using static ChatOps.Core.Tests.Runbooks.RunbookYaml;

namespace ChatOps.Core.Tests.Runbooks;

/// <summary>The status-page: section: components and public templates, and its file:line errors.</summary>
public class StatusPageRunbookTests
{
    [Fact]
    public void The_section_loads_with_the_seed_template_by_default()
    {
        var runbook = RunbookLoader.LoadOrThrow(Minimal + """
            status-page:
              title: Example status
              components:
                - { key: api, name: API, description: Public REST API, group: Platform, statuspage-id: 8kbf7d35c070 }
                - { key: webhooks, name: Webhooks }
            """, Source);

        Assert.Equal("Example status", runbook.StatusPage.Title);
        Assert.Equal(new StatusComponent("api", "API", "Public REST API", "Platform", "8kbf7d35c070"), runbook.StatusPage.Find("API"));
        Assert.Equal(new StatusComponent("webhooks", "Webhooks", "", null, null), runbook.StatusPage.Find("webhooks"));
        Assert.Equal(StatusPageTemplates.Default, runbook.StatusPage.Templates);
        Assert.False(RunbookLoader.LoadOrThrow(Minimal, Source).StatusPage.IsEnabled);
    }

    [Fact]
    public void A_duplicate_component_key_names_the_line_of_the_first()
    {
        var error = SingleError(Minimal + """
            status-page:
              title: Example status
              components:
                - { key: api, name: API }
                - { key: API, name: Other API }
            """);

        Assert.Equal((15, 14, "status-page.components[1].key"), (error.Line, error.Column, error.Field));
        Assert.Contains("duplicate component 'API' (first defined on line 14)", error.Message);
    }

    [Fact]
    public void A_public_template_may_not_name_internal_details()
    {
        var error = SingleError(Minimal + """
            status-page:
              title: Example status
              components: [ { key: api, name: API } ]
              templates:
                update: "{number}: {message}"
            """);

        Assert.Equal("status-page.templates.update", error.Field);
        Assert.Contains("unknown placeholder {number}", error.Message);
        Assert.Contains("internal details", error.Message);
    }

    [Theory]
    [InlineData("status-page:\n  title: Example status\n  components: []\n", "status-page.components", "list at least one component")]
    [InlineData("status-page:\n  components: [ { key: api, name: API } ]\n", "status-page.title", "required key 'title' is missing")]
    [InlineData("status-page:\n  title: T\n  components: [ { key: api } ]\n", "status-page.components[0].name", "required key 'name' is missing")]
    [InlineData("status-page:\n  title: T\n  components: [ { key: 'a b', name: A } ]\n", "status-page.components[0].key", "is not a valid key")]
    [InlineData("status-page:\n  title: T\n  componets: [ { key: a, name: A } ]\n", "status-page.componets", "did you mean 'components'?")]
    public void Each_mistake_is_named_with_its_field(string section, string field, string message)
    {
        var errors = Errors(Minimal + section);

        Assert.Contains(errors, e => e.Field == field && e.Message.Contains(message, StringComparison.Ordinal));
    }
}
