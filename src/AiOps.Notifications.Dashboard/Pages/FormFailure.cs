using Microsoft.AspNetCore.Http;

namespace AiOps.Notifications.Dashboard.Pages;

/// <summary>A form sent with a value that is not valid: its page shows the message by the form and keeps what
/// the operator typed.</summary>
/// <param name="Form">The form, as the page's sections name it, such as <c>silence</c>.</param>
/// <param name="FieldId">The HTML id of the field to correct, which the page's error summary links to.</param>
/// <param name="Message">What is wrong and how to fix it; shown HTML-encoded.</param>
/// <param name="Values">The form as it was sent.</param>
internal sealed record FormFailure(string Form, string FieldId, string Message, IFormCollection Values)
{
    /// <summary>Gets the value sent in a field, or an empty string.</summary>
    public string Value(string name) => Values[name].ToString();

    /// <summary>Gets <c>"true"</c> for the field to correct, else null so the attribute is left out.</summary>
    public string? Invalid(string fieldId) => fieldId == FieldId ? "true" : null;

    /// <summary>Gets the id of the message for the field to correct, else null so the attribute is left out.</summary>
    public string? DescribedBy(string fieldId) => fieldId == FieldId ? Form + "-error" : null;
}
