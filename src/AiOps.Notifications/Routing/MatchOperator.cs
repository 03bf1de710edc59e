namespace AiOps.Notifications.Routing;

/// <summary>How a matcher compares a value.</summary>
public enum MatchOperator
{
    /// <summary><c>=</c>: equal.</summary>
    Equal = 0,

    /// <summary><c>!=</c>: not equal.</summary>
    NotEqual = 1,

    /// <summary><c>=~</c>: the whole value matches the regular expression.</summary>
    Regex = 2,

    /// <summary><c>!~</c>: the whole value does not match the regular expression.</summary>
    NotRegex = 3,
}
