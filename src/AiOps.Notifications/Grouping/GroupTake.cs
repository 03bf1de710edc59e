using System.Globalization;
using System.Text;

namespace AiOps.Notifications.Grouping;

/// <summary>
/// What processing a grouped delivery means: send for the whole group, record it as sent with another, or
/// wait while another sends for it.
/// </summary>
/// <param name="SentWith">The delivery that already sent this one's group, when it did.</param>
/// <param name="Members">The members to list, when this delivery sends for the group.</param>
/// <param name="Limit">How many members to list before "and N more".</param>
/// <param name="WaitsFor">The delivery still sending this one's group, when its outcome is not known yet.</param>
/// <param name="ResumeAt">When that delivery's next attempt is due, if it is waiting for a retry.</param>
internal sealed record GroupTake(
    string? SentWith,
    IReadOnlyList<GroupMember> Members,
    int Limit = 0,
    string? WaitsFor = null,
    DateTimeOffset? ResumeAt = null)
{
    public static GroupTake None { get; } = new(null, []);

    /// <summary>Gets a value indicating whether this delivery sends for more than itself.</summary>
    public bool SendsForOthers => Members.Count > 1;

    /// <summary>Lists the members, one per line, up to the limit, then "… and N more".</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var member in Members.Take(Limit))
        {
            text.Append("- ").Append(member.Title);
            if (member.Component is { Length: > 0 } component)
            {
                text.Append(" (").Append(component).Append(')');
            }

            text.Append('\n');
        }

        if (Members.Count > Limit)
        {
            text.Append(CultureInfo.InvariantCulture, $"… and {Members.Count - Limit} more\n");
        }

        return text.ToString().TrimEnd('\n');
    }
}
